// The dashboard's XLSX: one sheet per table, the same figures as the page (numbers kept as
// numbers). The yearly report writes its sheets the same way (yearly-report.ts).

import type ExcelJS from 'exceljs';
import { writeCsv } from '../platform/csv.ts';
import type { Locale } from '../platform/i18n/index.ts';
import { newWorkbook } from '../platform/workbook.ts';
import type { Dashboard } from './dashboard.ts';
import { dashboardTables } from './dashboard-page.tsx';
import { figureTables } from './figure-tables.ts';
import { monthAndYear } from './month-names.ts';
import { waitsTable } from './request-waits.ts';

export interface SheetTable {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

/** Adds one sheet per table; sheet names are at most 31 characters, none of : \ / ? * [ ], and unique. */
export function addSheets(book: ExcelJS.Workbook, tables: readonly SheetTable[]): void {
  const taken = new Set<string>();
  for (const table of tables) {
    const base = table.caption.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
    taken.add(name.toLowerCase());
    const sheet = book.addWorksheet(name);
    sheet.addRow([...table.head]).font = { bold: true };
    for (const row of table.rows) sheet.addRow([...row]);
    sheet.columns.forEach((column) => {
      column.width = 24;
    });
  }
}

/** Every table of the dashboard, in the page's order: the workbook's sheets, and one CSV each. */
export function dashboardSheetTables(locale: Locale, dashboard: Dashboard): SheetTable[] {
  const monthName = (month: Parameters<typeof monthAndYear>[1]) => monthAndYear(locale, month);
  const tables = dashboardTables(locale, dashboard);
  const waits = dashboard.waits ? [waitsTable(locale, dashboard.waits, monthName)] : [];
  const more = figureTables(locale, dashboard.figures, {
    month: monthName,
    period: monthName(dashboard.month),
  });
  return [
    tables.trend,
    ...tables.parts,
    ...waits,
    more.communes,
    ...[more.groups, more.stages, more.clinicians, more.listing].filter((t) => t !== null),
  ];
}

export async function dashboardWorkbook(locale: Locale, dashboard: Dashboard): Promise<Buffer> {
  const book = await newWorkbook();
  addSheets(book, dashboardSheetTables(locale, dashboard));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One table as a CSV for Belgian Excel (';', UTF-8 with its mark): its header, then its rows. */
export function sheetTableCsv(table: SheetTable): string {
  return writeCsv([table.head, ...table.rows]);
}
