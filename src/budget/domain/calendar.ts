// Calendar days for budgets: `YYYY-MM-DD` in the Europe/Brussels calendar, as everywhere else.

import { addDays } from '../../care/domain/dates.ts';
import { brusselsDay, type IsoDate, isIsoDate } from '../../platform/identifiers/belgian-date.ts';

export { addDays, brusselsDay, type IsoDate, isIsoDate };

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate) =>
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
