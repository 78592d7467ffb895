// A new patient of a network in a month: a patient with a session (not cancelled) in that
// network that month and none in the twelve calendar months before it. Months, not days, because
// the counters count patients by month: a patient seen in January 2025 is not new when seen again
// in January 2026, and is new again in February 2026 if not seen in between.
// Reporting reads it from the counters with the same rule (store.ts); a test compares them.

import { addMonthsTo, type Month } from './months.ts';

export const NEW_PATIENT_LOOKBACK_MONTHS = 12;

/**
 * The number of new patients per month, from the months each patient was seen in (in one
 * network). Months before the first one asked for still count as history.
 */
export function newPatientsByMonth(
  monthsSeen: ReadonlyMap<string, readonly Month[]>,
  months: readonly Month[],
): Map<Month, number> {
  const asked = new Set(months);
  const counts = new Map<Month, number>(months.map((month) => [month, 0]));
  for (const seen of monthsSeen.values()) {
    const sorted = [...new Set(seen)].sort();
    sorted.forEach((month, i) => {
      if (!asked.has(month)) return;
      const previous = sorted[i - 1];
      const horizon = addMonthsTo(month, -NEW_PATIENT_LOOKBACK_MONTHS);
      if (previous === undefined || previous < horizon) counts.set(month, (counts.get(month) ?? 0) + 1);
    });
  }
  return counts;
}
