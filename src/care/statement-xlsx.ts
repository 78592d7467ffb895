// A statement as an XLSX workbook: exactly the rows and columns of the billing CSV (built by the
// same function, so the two never differ), with counts and amounts as numbers a sheet can add.

import { parse } from 'csv-parse/sync';
import type { Locale } from '../platform/i18n/index.ts';
import { newWorkbook } from '../platform/workbook.ts';
import type { Statement } from './statement.ts';
import { statementCsv } from './statement-csv.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;
/** Sessions, the first figure column of statementCsv. */
const FIRST_FIGURE = 8;

export async function statementXlsx(
  statement: Statement,
  options: { month: string; locale: Locale },
): Promise<Buffer> {
  const csv = statementCsv(statement, { ...options, separator: ',' });
  const records: string[][] = parse(csv.replace(/^\uFEFF/, ''), { delimiter: ',' });
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(options.month);
  records.forEach((record, index) => {
    // The header and the first columns (month, ids, names, INAMI number, function, mode) stay
    // text; the counts and amounts after them are numbers.
    const cells = record.map((cell, column) =>
      index > 0 && column >= FIRST_FIGURE && NUMBER.test(cell) ? Number(cell) : cell,
    );
    const row = sheet.addRow(cells);
    if (index === 0) row.font = { bold: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
