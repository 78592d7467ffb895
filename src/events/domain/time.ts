// Events are typed and shown in Brussels time and stored as instants.

import { BRUSSELS, type IsoDate } from '../../platform/identifiers/belgian-date.ts';

/** Brussels' offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: BRUSSELS,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
  return Math.round((local - at.getTime()) / 60_000);
}

/** The instant of a day and a clock time ("HH:MM") in Brussels. */
export function brusselsInstant(day: IsoDate, time: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, date, hour, minute);
  // The offset at the guessed instant, then once more at the corrected one (DST changes).
  const first = asUtc - offsetMinutes(new Date(asUtc)) * 60_000;
  return new Date(asUtc - offsetMinutes(new Date(first)) * 60_000);
}

/** "HH:MM" of an instant in Brussels. */
export function brusselsTime(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: BRUSSELS,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
