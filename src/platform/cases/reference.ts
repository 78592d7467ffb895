import { randomInt } from 'node:crypto';

// References people read out on the phone: no 0/O, 1/I/L or U, grouped by four.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const REFERENCE = /^[A-Z]{2,4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/** A random reference such as GP-7K3M-Q9XD (30^8 ≈ 6.6 × 10^11 per prefix). */
export function newReference(prefix: string): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${prefix}-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** What someone typed, tidied: case, spaces and the look-alike letters people confuse. */
export function normaliseReference(input: string): string {
  const compact = input.toUpperCase().replace(/[\s.]/g, '').replace(/[–—_]/g, '-');
  const [prefix = '', ...rest] = compact.split('-');
  const body = rest.join('').replace(/O/g, '0').replace(/[IL]/g, '1').replace(/U/g, 'V');
  if (body.length !== 8) return compact;
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

export function isReference(value: string): boolean {
  return REFERENCE.test(value);
}
