// The dashboard's waits: the requests a scope received each month (in Brussels time) and how
// long their requesters waited, in working days (domain/waits.ts). The requests capability reads
// its own tables; reporting only groups and measures what it answers.

import { formatNumber, type Locale } from '../platform/i18n/index.ts';
import { brusselsDate } from '../platform/working-days.ts';
import type { RequestWaits, RequestWaitsQuery } from '../requests/waits.ts';
import { addMonthsTo, type Month, monthOf, monthsBetween } from './domain/months.ts';
import { percent } from './domain/rates.ts';
import { type Waits, waitsOf } from './domain/waits.ts';
import { reportingMessages } from './messages.ts';

/** What reporting needs of the requests capability. */
export interface RequestWaitsSource {
  requestWaits(query: RequestWaitsQuery): Promise<RequestWaits>;
}

export interface DashboardWaits {
  targetWorkingDays: number;
  months: Array<{ month: Month; waits: Waits }>;
  /** All the months together. */
  whole: Waits;
}

const DAY_MS = 24 * 3_600_000;

/** The waits of the requests received from `first` to `last`, judged as of `now`. */
export async function readDashboardWaits(
  source: RequestWaitsSource,
  scope: { networkId: string; zoneIds?: string[] },
  first: Month,
  last: Month,
  now: Date,
): Promise<DashboardWaits> {
  // A day more on each side than the UTC months, then each request kept by its Brussels month.
  const from = new Date(Date.parse(`${first}-01T00:00:00Z`) - DAY_MS);
  const to = new Date(Date.parse(`${addMonthsTo(last, 1)}-01T00:00:00Z`) + DAY_MS);
  const answer = await source.requestWaits({ ...scope, from, to });
  const months = monthsBetween(first, last);
  const byMonth = new Map(months.map((month) => [month, [] as typeof answer.requests]));
  for (const request of answer.requests) byMonth.get(monthOf(brusselsDate(request.openedAt)))?.push(request);
  const times = (list: typeof answer.requests) =>
    list.map((r) => ({
      receivedAt: r.openedAt,
      firstContactAt: r.firstContactAt,
      scheduledAt: r.scheduledAt,
    }));
  const target = answer.targetWorkingDays;
  return {
    targetWorkingDays: target,
    months: months.map((month) => ({ month, waits: waitsOf(times(byMonth.get(month)!), target, now) })),
    whole: waitsOf(times([...byMonth.values()].flat()), target, now),
  };
}

export type WaitsRow = [string, number, number | null, number | null, number | null];

/** The waits as a table of raw figures: the page formats them, the XLSX keeps them as numbers. */
export function waitsTable(locale: Locale, waits: DashboardWaits, monthName: (month: Month) => string) {
  const m = reportingMessages[locale].waits;
  const row = (label: string, w: Waits): WaitsRow => [
    label,
    w.received,
    percent(w.withinTarget, w.judged),
    w.medianToFirstContact,
    w.medianToScheduled,
  ];
  return {
    caption: m.caption,
    head: [m.month, m.received, m.withinTarget, m.toFirstContact, m.toScheduled],
    rows: [...waits.months.map((w) => row(monthName(w.month), w.waits)), row(m.wholePeriod, waits.whole)],
  };
}

// French sets % off with a narrow no-break space, German with a no-break space (DIN 5008);
// Dutch and English write it against the number.
const PERCENT_SIGN: Record<Locale, string> = { fr: '\u202f%', nl: '%', en: '%', de: '\u00a0%' };

/** A share to one decimal with its percent sign, as the reader's language writes it. */
export function percentText(locale: Locale, share: number): string {
  return `${formatNumber(locale, share, 1)}${PERCENT_SIGN[locale]}`;
}

/** A row as the page prints it: a share with its percent sign, medians to one decimal at most. */
export function waitsCells(locale: Locale, row: WaitsRow): string[] {
  const none = reportingMessages[locale].waits.none;
  const [label, received, share, toContact, toScheduled] = row;
  const median = (value: number | null) =>
    value === null ? none : formatNumber(locale, value, Number.isInteger(value) ? 0 : 1);
  return [
    label,
    formatNumber(locale, received),
    share === null ? none : percentText(locale, share),
    median(toContact),
    median(toScheduled),
  ];
}
