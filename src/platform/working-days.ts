// Working days in Belgium: Monday to Friday except the ten legal public holidays
// (New Year, Easter Monday, Labour Day, Ascension, Whit Monday, National Day, Assumption,
// All Saints, Armistice, Christmas). Dates are YYYY-MM-DD strings, arithmetic in UTC so that
// no daylight-saving change can shift a day.

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const next = utc(date);
  next.setUTCDate(next.getUTCDate() + days);
  return iso(next);
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, ReadonlySet<string>>();

export function belgianPublicHolidays(year: number): ReadonlySet<string> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    const fixed = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'].map((d) => `${year}-${d}`);
    holidays = new Set([...fixed, addDays(easter, 1), addDays(easter, 39), addDays(easter, 50)]);
    holidayCache.set(year, holidays);
  }
  return holidays;
}

export function isWorkingDay(date: string): boolean {
  const weekday = utc(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !belgianPublicHolidays(Number(date.slice(0, 4))).has(date);
}

/** The working day `count` working days after `date` (count ≥ 0; 0 is `date` itself). */
export function addWorkingDays(date: string, count: number): string {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/** Today's date in Brussels, for an instant. */
export function brusselsDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(at);
}
