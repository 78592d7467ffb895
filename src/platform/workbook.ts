// exceljs brings some 400 modules with it (jszip, archiver, unzipper, fast-csv…). It is loaded on
// the first spreadsheet asked for, not by every process at start-up (the server, the command line
// and each test file), where it was about a tenth of the time spent importing the app.
import type ExcelJS from 'exceljs';

let library: Promise<typeof ExcelJS> | undefined;

/** A new, empty workbook. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  library ??= import('exceljs').then((module) => module.default);
  return new (await library).Workbook();
}
