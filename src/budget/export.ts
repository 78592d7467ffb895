// The budget page's downloads: the same figures as the page, as a CSV for Belgian Excel (UTF-8
// with a byte-order mark, ';' between cells, a decimal comma, CRLF lines) and as an XLSX
// workbook (amounts as numbers in euros, so a spreadsheet can add them up).

import type { Locale } from '../platform/i18n/index.ts';
import { newWorkbook } from '../platform/workbook.ts';
import { type BurnDownPoint, monthName } from './chart.tsx';
import type { Figures } from './domain/index.ts';
import { budgetPageMessages } from './page-messages.ts';
import type { BudgetView } from './service.ts';

export interface BudgetTableRow {
  label: string;
  kind: string;
  figures: Figures;
  leftCents: number;
}

/** One row for the whole budget, then one per envelope, labelled in the reader's language. */
export function budgetRows(locale: Locale, view: BudgetView): BudgetTableRow[] {
  const m = budgetPageMessages[locale];
  const { figures } = view;
  return [
    { label: m.whole, kind: '', figures, leftCents: figures.remainingCents },
    ...figures.envelopes.map((envelope) => ({
      label: envelope.envelope.label,
      kind: m.kinds[envelope.envelope.kind],
      figures: envelope,
      leftCents: envelope.allocationCents - envelope.consumedCents - envelope.committedCents,
    })),
  ];
}

function header(locale: Locale): string[] {
  const m = budgetPageMessages[locale];
  return [
    m.envelope,
    m.chart.kind,
    m.figures.allocated,
    m.figures.committed,
    m.figures.consumed,
    m.figures.forecast,
    m.figures.left,
  ];
}

const amounts = (row: BudgetTableRow) => [
  row.figures.allocationCents,
  row.figures.committedCents,
  row.figures.consumedCents,
  row.figures.forecastCents,
  row.leftCents,
];

/** Quotes what needs quoting, and defuses text a spreadsheet would run as a formula. */
function cell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

export function budgetCsv(locale: Locale, view: BudgetView, points: readonly BurnDownPoint[]): string {
  const m = budgetPageMessages[locale];
  const lines = [header(locale).map(cell).join(';')];
  for (const row of budgetRows(locale, view)) {
    lines.push([cell(row.label), cell(row.kind), ...amounts(row).map(euros)].join(';'));
  }
  lines.push('');
  lines.push([m.chart.month, m.chart.kind, m.chart.consumedInMonth, m.chart.left].map(cell).join(';'));
  for (const point of points.slice(1)) {
    lines.push(
      [
        cell(monthName(locale, view.plan.year, point.month)),
        cell(point.projected ? m.chart.projected : m.chart.actual),
        euros(point.consumedInMonthCents),
        euros(point.leftCents),
      ].join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const EURO_FORMAT = '#,##0.00 "€"';

export async function budgetXlsx(
  locale: Locale,
  view: BudgetView,
  points: readonly BurnDownPoint[],
): Promise<Buffer> {
  const m = budgetPageMessages[locale];
  const workbook = await newWorkbook();
  const figures = workbook.addWorksheet(m.envelopes);
  figures.addRow(header(locale)).font = { bold: true };
  for (const row of budgetRows(locale, view)) {
    figures.addRow([row.label, row.kind, ...amounts(row).map((cents) => cents / 100)]);
  }
  for (const column of [3, 4, 5, 6, 7]) figures.getColumn(column).numFmt = EURO_FORMAT;
  figures.getColumn(1).width = 32;
  const months = workbook.addWorksheet(m.chart.month);
  months.addRow([m.chart.month, m.chart.kind, m.chart.consumedInMonth, m.chart.left]).font = { bold: true };
  for (const point of points.slice(1)) {
    months.addRow([
      monthName(locale, view.plan.year, point.month),
      point.projected ? m.chart.projected : m.chart.actual,
      point.consumedInMonthCents / 100,
      point.leftCents / 100,
    ]);
  }
  for (const column of [3, 4]) months.getColumn(column).numFmt = EURO_FORMAT;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
