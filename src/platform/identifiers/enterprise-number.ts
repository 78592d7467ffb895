// Belgian enterprise number (KBO/BCE): 10 digits, the first 0 or 1, the last two a check on the
// first eight: 97 − (first eight mod 97). Written 0123.456.749 or BE 0123456749. The old form
// (before 2005, the VAT number) has 9 digits: the same number without its leading 0, its
// check on the first seven, which the leading 0 does not change. Numbers starting with 1 came
// when the 0 range ran out and have no old form.

/** What people type is at most this long (BE, 10 digits, dots and spaces); longer is refused unread. */
const MAX_TYPED = 20;

/** The 10 digits, or what was typed without separators when it is no enterprise number. */
export function compactEnterpriseNumber(input: string): string {
  let value = input
    .trim()
    .toUpperCase()
    .replace(/[\s.\-/]/g, '');
  if (value.startsWith('BE')) value = value.slice(2);
  if (value.length === 9 && /^\d{9}$/.test(value)) value = `0${value}`;
  return value;
}

export function isEnterpriseNumber(input: string): boolean {
  if (input.length > MAX_TYPED) return false;
  const value = compactEnterpriseNumber(input);
  if (value.length !== 10 || !/^[01]\d{9}$/.test(value)) return false;
  const base = Number(value.slice(0, 8));
  return 97 - (base % 97) === Number(value.slice(8));
}

/** 0123.456.749: the form the Crossroads Bank for Enterprises prints. */
export function formatEnterpriseNumber(input: string): string {
  const value = compactEnterpriseNumber(input);
  return `${value.slice(0, 4)}.${value.slice(4, 7)}.${value.slice(7)}`;
}
