import { parse } from 'csv-parse/sync';
import { format, type Locale } from './i18n/index.ts';

export interface CsvRow {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export class CsvError extends Error {}

/**
 * Reads a CSV the way networks save their spreadsheets: UTF-8 with or without a BOM, comma or
 * semicolon separated (Belgian Excel uses ';' in French, Dutch and German alike), a header row, blank lines ignored.
 */
export function readCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    throw new CsvError(`The file is not valid CSV: ${(error as Error).message}`);
  }
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord || headerRecord.every((cell) => cell === ''))
    throw new CsvError('The file is empty: expected a header row.');
  const header = headerRecord.map((cell) => cell.trim().toLowerCase());
  const rows: CsvRow[] = [];
  dataRecords.forEach((record, index) => {
    if (record.every((cell) => cell === '')) return;
    const values: Record<string, string> = {};
    header.forEach((name, column) => {
      values[name] = record[column] ?? '';
    });
    rows.push({ row: index + 2, values });
  });
  return { header, rows };
}

/** Names the required columns a file lacks, so the whole file can be refused before any row. */
export function missingColumns(table: CsvTable, required: readonly string[]): string[] {
  return required.filter((name) => !table.header.includes(name));
}

/**
 * One problem in an imported file: the spreadsheet row it is on (0 for the file as a whole),
 * the column, and a code with values that each capability's messages turn into a sentence.
 */
export interface RowError {
  row: number;
  column?: string;
  code: string;
  values?: Record<string, string | number>;
}

/** Sentences for import problems: each importer adds its own codes to these. */
export const importMessages = {
  fr: {
    where: 'ligne {row}, colonne {column} : ',
    whereRow: 'ligne {row} : ',
    whereFile: 'fichier\u202f: ',
    'missing-columns': 'colonnes manquantes\u202f: {columns}.',
    'no-rows': 'le fichier ne contient aucune ligne de données.',
    'not-csv': 'ce fichier n’est pas un CSV lisible.',
    required: 'valeur obligatoire.',
  },
  nl: {
    where: 'rij {row}, kolom {column}: ',
    whereRow: 'rij {row}: ',
    whereFile: 'bestand: ',
    'missing-columns': 'ontbrekende kolommen: {columns}.',
    'no-rows': 'het bestand bevat geen gegevensrijen.',
    'not-csv': 'dit bestand is geen leesbare CSV.',
    required: 'verplichte waarde.',
  },
  en: {
    where: 'row {row}, column {column}: ',
    whereRow: 'row {row}: ',
    whereFile: 'file: ',
    'missing-columns': 'missing columns: {columns}.',
    'no-rows': 'the file has no data rows.',
    'not-csv': 'this file is not readable CSV.',
    required: 'a value is required.',
  },
  de: {
    where: 'Zeile {row}, Spalte {column}: ',
    whereRow: 'Zeile {row}: ',
    whereFile: 'Datei: ',
    'missing-columns': 'fehlende Spalten: {columns}.',
    'no-rows': 'die Datei enthält keine Datenzeilen.',
    'not-csv': 'diese Datei ist keine lesbare CSV-Datei.',
    required: 'Pflichtangabe.',
  },
} as const;

/** Renders import problems one per line, in the reader's language, each with its row and column. */
export function describeRowErrors(
  locale: Locale,
  errors: RowError[],
  messages: Record<string, string>,
): string[] {
  const common = importMessages[locale] as Record<string, string>;
  return errors.map((error) => {
    const where =
      error.row > 0 && error.column
        ? format(locale, common.where!, { row: error.row, column: error.column })
        : error.row > 0
          ? format(locale, common.whereRow!, { row: error.row })
          : error.column
            ? `${error.column}: `
            : common.whereFile!;
    const pattern = messages[error.code] ?? common[error.code] ?? error.code;
    return where + format(locale, pattern, error.values);
  });
}

/** Quotes what needs quoting, and defuses cells a spreadsheet would run as a formula (=, +, -, @). */
function csvCell(value: string | number | null, separator: ';' | ','): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as a CSV file that opens cleanly in a spreadsheet: UTF-8 with a byte-order mark (Excel
 * then reads accents right), CRLF lines, ';' by default (Belgian Excel).
 */
export function writeCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  separator: ';' | ',' = ';',
): string {
  return `\uFEFF${rows.map((row) => row.map((value) => csvCell(value, separator)).join(separator)).join('\r\n')}\r\n`;
}
