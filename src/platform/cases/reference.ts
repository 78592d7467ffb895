import { randomInt } from 'node:crypto';

// References people read out on the phone: no 0/O, 1/I/L or U, grouped by four.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const REFERENCE = /^[A-Z]{2,4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/** A random reference such as GP-7K3M-Q9XD (30^8 ≈ 6.6 × 10^11 per prefix). */
export function newReference(prefix: string): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${prefix}-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** What someone typed, tidied: upper case, spaces and dashes where they belong. */
export function normaliseReference(input: string): string {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (compact.length < 10 || compact.length > 12) return input.trim().toUpperCase();
  const prefix = compact.slice(0, -8);
  const body = compact.slice(-8);
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

export function isReference(value: string): boolean {
  return REFERENCE.test(value);
}
