// Reports count calendar months, written YYYY-MM as in the statistics API; the counters store
// the first day of each month.

export type Month = `${number}-${number}`;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): value is Month {
  return value.length === 7 && MONTH.test(value) && value >= '2000-01' && value <= '2999-12';
}

/** The first day of a month, as the counters store it. */
export function monthStart(month: Month): string {
  return `${month}-01`;
}

/** The month of a date (YYYY-MM-DD). */
export function monthOf(date: string): Month {
  return date.slice(0, 7) as Month;
}

export function addMonthsTo(month: Month, count: number): Month {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}` as Month;
}

/** Every month from `from` to `to`, both included (empty when `to` is before `from`). */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let at = from; at <= to; at = addMonthsTo(at, 1)) months.push(at);
  return months;
}

/** The quarter a month belongs to, e.g. 2026-Q2. */
export function quarterOf(month: Month): string {
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 4)}-Q${Math.ceil(m / 3)}`;
}
