// Calendar dates as `YYYY-MM-DD` strings (Europe/Brussels calendar days). All arithmetic goes
// through Date.UTC so that no time zone or daylight-saving change can shift a day.
// Because the format is fixed-width, two valid dates compare correctly as plain strings.

// The calendar itself (what a date is, how many days a month has) is the platform's, shared
// with every form that reads a typed date.
import { daysInMonth, type IsoDate, isIsoDate } from '../../platform/identifiers/belgian-date.ts';

export { daysInMonth, type IsoDate, isIsoDate };

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** Splits a date; throws a RangeError on anything that is not an existing calendar date. */
export function parseIsoDate(value: IsoDate): CalendarDate {
  if (!isIsoDate(value)) throw new RangeError(`Not a YYYY-MM-DD calendar date: ${JSON.stringify(value)}`);
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return toIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/**
 * Moves a date by whole months, keeping the day of the month but clamping it to the target
 * month's last day: 2024-02-29 minus 12 months is 2023-02-28, 2024-03-31 minus 1 month is 2024-02-29.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return toIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * Age in completed years on a date: the birthday itself counts. Someone born on 29 February
 * has their birthday on 1 March in non-leap years (the (month, day) pair is compared).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(date);
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** Inclusive range test; `until` null means open-ended. */
export function isWithin(date: IsoDate, from: IsoDate, until: IsoDate | null): boolean {
  return date >= from && (until === null || date <= until);
}
