// Dates relative to the day the tests run, for inputs the product refuses in the past (an
// appointment, a meeting): a fixed date would start failing once it has gone by.

/** The day `days` from today (UTC), as ISO (2026-12-03) or typed the Belgian way (3/12/2026). */
export function dayFromToday(days: number, style: 'iso' | 'belgian' = 'iso'): string {
  const day = new Date(Date.now() + days * 86_400_000);
  const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  return style === 'iso'
    ? `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`
    : `${date}/${month}/${year}`;
}
