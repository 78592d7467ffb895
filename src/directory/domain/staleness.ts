// How old a profile may get. The networks ask clinicians to confirm their profile regularly:
// after 90 days without an update the clinician gets a reminder; after 180 days the finder
// tells the public the profile is possibly out of date (it stays listed).

export const REMINDER_AFTER_DAYS = 90;
export const POSSIBLY_OUT_OF_DATE_AFTER_DAYS = 180;

const DAY_MS = 24 * 3600 * 1000;

/** The instant `days` days before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Profiles confirmed before this ISO instant are possibly out of date. */
export function staleBefore(now: Date): string {
  return daysBefore(now, POSSIBLY_OUT_OF_DATE_AFTER_DAYS).toISOString();
}

/** Both are ISO instants in UTC (`…Z`), which compare as strings. */
export function isPossiblyOutOfDate(updatedAt: string, cutoff: string): boolean {
  return updatedAt < cutoff;
}
