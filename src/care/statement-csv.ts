// A statement as a CSV file that opens cleanly in a spreadsheet: UTF-8 with a byte-order mark
// (so Excel reads accents right), CRLF lines, one row per clinician, function and mode, then the
// totals. With ';' (Belgian Excel) amounts use a decimal comma; with ',' a decimal point.

import type { Locale } from '../platform/i18n/index.ts';
import { billingMessages } from './billing-messages.ts';
import type { CareFunction, SessionMode } from './domain/index.ts';
import { REASON_CODES } from './domain/index.ts';
import { careMessages } from './messages.ts';
import type { Counts, Statement } from './statement.ts';

export type CsvSeparator = ';' | ',';

/** Quotes what needs quoting, and defuses cells a spreadsheet would run as a formula. */
function cell(value: string | number | null, separator: CsvSeparator): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function euros(cents: number | null, separator: CsvSeparator): string | null {
  if (cents === null) return null;
  const text = (cents / 100).toFixed(2);
  return separator === ';' ? text.replace('.', ',') : text;
}

export function statementCsv(
  statement: Statement,
  options: { month: string; locale: Locale; separator: CsvSeparator },
): string {
  const { locale, separator, month } = options;
  const m = billingMessages[locale];
  const c = m.columns;
  const header = [
    c.month,
    c.network,
    c.networkName,
    c.clinician,
    c.clinicianName,
    c.inami,
    c.function,
    c.mode,
    c.sessions,
    c.reimbursed,
    c.notReimbursed,
    ...REASON_CODES.map((code) => `${c.notReimbursed}: ${careMessages[locale].labels.reasons[code]}`),
    c.cancelled,
    c.copay,
    c.fee,
    c.unknownFees,
  ];
  const counts = (totals: Counts) => [
    totals.sessions,
    totals.reimbursed,
    totals.notReimbursed,
    ...REASON_CODES.map((code) => totals.reasons[code]),
    totals.cancelled,
    euros(totals.copayCents, separator),
    euros(totals.feeCents, separator),
    totals.unknownFeeSessions,
  ];
  const rows: (string | number | null)[][] = [header];
  const totals: (string | number | null)[][] = [];
  for (const network of statement.networks) {
    const networkName = network.names ? network.names[locale] : null;
    for (const clinician of network.clinicians) {
      for (const line of clinician.lines) {
        rows.push([
          month,
          network.id,
          networkName,
          clinician.id,
          clinician.name,
          clinician.inami,
          careMessages[locale].labels.functions[line.function as CareFunction] ?? line.function,
          careMessages[locale].labels.modes[line.mode as SessionMode] ?? line.mode,
          ...counts(line),
        ]);
      }
    }
    totals.push([
      month,
      network.id,
      networkName,
      null,
      m.networkTotal,
      null,
      null,
      null,
      ...counts(network.totals),
    ]);
  }
  totals.push([
    month,
    statement.networkId,
    null,
    null,
    m.grandTotal,
    null,
    null,
    null,
    ...counts(statement.totals),
  ]);
  return `\uFEFF${[...rows, ...totals].map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n')}\r\n`;
}
