/**
 * Builds a national number independently of the code under test: YYMMDD + serial + check digits,
 * where the check is 97 − (9 digits mod 97), with "2" prefixed for births from 2000.
 */
export function makeNiss(
  birthDate: string,
  serial: number,
  options: { bis?: 0 | 20 | 40; century?: 1900 | 2000 } = {},
): string {
  const [year = '', month = '', day = ''] = birthDate.split('-');
  const bis = options.bis ?? 0;
  const encodedMonth = String(Number(month) + (Number(month) === 0 && bis === 0 ? 0 : bis)).padStart(2, '0');
  const nine = `${year.slice(2)}${encodedMonth}${day}${String(serial).padStart(3, '0')}`;
  const from2000 = (options.century ?? (Number(year) >= 2000 ? 2000 : 1900)) === 2000;
  const check = 97n - (BigInt(from2000 ? `2${nine}` : nine) % 97n);
  return `${nine}${String(check).padStart(2, '0')}`;
}
