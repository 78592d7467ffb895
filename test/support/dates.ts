// Dates relative to the day the tests run, for inputs the product refuses in the past (an
// appointment, a meeting): a fixed date would start failing once it has gone by.

import { brusselsDate } from '../../src/platform/working-days.ts';

/**
 * The day `days` from today, as ISO (2026-12-03) or typed the Belgian way (3/12/2026). Today is
 * Brussels' day, as the product reads it: from 23:00 UTC (22:00 in summer) that is already
 * tomorrow in UTC terms, and a test counting in UTC days then asked for the wrong day (the audit
 * log's "from tomorrow" listed the test's own entries, in CI at 23:50 UTC).
 */
export function dayFromToday(days: number, style: 'iso' | 'belgian' = 'iso'): string {
  const [y, m, d] = brusselsDate(new Date()).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d + days));
  const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  return style === 'iso'
    ? `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`
    : `${date}/${month}/${year}`;
}
