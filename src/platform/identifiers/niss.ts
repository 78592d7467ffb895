// Belgian national number (NISS / INSZ): YYMMDD, a 3-digit serial, 2 check digits.
// Check digits = 97 − (first 9 digits mod 97); for people born in 2000 or later the 9 digits are
// prefixed with "2" first, so whichever variant matches also tells the century. Bis numbers
// (people not in the National Register) add 20 or 40 to the month and use the same check.
// The NISS is validated here and never stored (DESIGN.md §3). It lives in the platform because
// care records it and every free-text field refuses it (free-text-niss.ts).

/** A calendar date written YYYY-MM-DD (the same shape as care's IsoDate). */
type IsoDate = string;

export type NissResult =
  | { readonly ok: true; readonly niss: string; readonly birthDate: IsoDate | null }
  | { readonly ok: false; readonly error: 'format' | 'checksum' };

const SEPARATORS = /[\s.-]/g;

export function checkDigits(firstNine: string, bornFrom2000: boolean): string {
  // At most 2 999 999 999: exact in a double, no BigInt needed.
  const base = Number(bornFrom2000 ? `2${firstNine}` : firstNine);
  return String(97 - (base % 97)).padStart(2, '0');
}

export function validateNiss(input: string): NissResult {
  const digits = input.replace(SEPARATORS, '');
  if (!/^\d{11}$/.test(digits)) return { ok: false, error: 'format' };

  const firstNine = digits.slice(0, 9);
  const check = digits.slice(9);
  // 2·10⁹ is not a multiple of 97, so at most one century can match.
  const century =
    checkDigits(firstNine, false) === check ? 1900 : checkDigits(firstNine, true) === check ? 2000 : null;
  if (century === null) return { ok: false, error: 'checksum' };

  const year = century + Number(digits.slice(0, 2));
  const encodedMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const month =
    encodedMonth >= 40 ? encodedMonth - 40 : encodedMonth >= 20 ? encodedMonth - 20 : encodedMonth;
  if (month > 12) return { ok: false, error: 'format' };
  // Month or day 00: the birth date is (partly) unknown, which the register allows.
  if (month === 0 || day === 0) return { ok: true, niss: digits, birthDate: null };
  if (day > daysInMonth(year, month)) return { ok: false, error: 'format' };
  return { ok: true, niss: digits, birthDate: toIsoDate(year, month, day) };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
