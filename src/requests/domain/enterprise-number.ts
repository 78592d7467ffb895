// Belgian enterprise number (KBO/BCE): 10 digits, the first 0 or 1, the last two a check on the
// first eight: 97 − (first eight mod 97). Written 0123.456.749 or BE 0123456749; the old
// nine-digit form gets a leading 0.

export function compactEnterpriseNumber(input: string): string {
  let value = input
    .trim()
    .toUpperCase()
    .replace(/[\s.\-/]/g, '');
  if (value.startsWith('BE')) value = value.slice(2);
  if (/^\d{9}$/.test(value)) value = `0${value}`;
  return value;
}

export function isEnterpriseNumber(input: string): boolean {
  const value = compactEnterpriseNumber(input);
  if (!/^[01]\d{9}$/.test(value)) return false;
  const base = Number(value.slice(0, 8));
  return 97 - (base % 97) === Number(value.slice(8));
}

/** 0123.456.749: the form the Crossroads Bank for Enterprises prints. */
export function formatEnterpriseNumber(input: string): string {
  const value = compactEnterpriseNumber(input);
  return `${value.slice(0, 4)}.${value.slice(4, 7)}.${value.slice(7)}`;
}
