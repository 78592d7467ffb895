// Password hashing and password rules.
//
// Hashing: scrypt from node:crypto with a random 16-byte salt per password and OWASP's
// scrypt parameters for 32 MiB of memory (N=2^15, r=8, p=3). The parameters are stored with
// each hash, so raising them later only means rehashing at the next sign-in (needsRehash).
// Comparison is constant-time.
//
// Rules (NIST SP 800-63B-4 §3.1.1.2, NCSC password guidance): length, not composition. At least
// 15 characters (a passphrase such as three random words), up to 256, any characters including
// spaces and emoji, normalised (NFKC) before hashing; refused when it is a well-known password,
// one character repeated, or contains the person's e-mail address. No forced periodic changes.

import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

function scrypt(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(
      password,
      salt,
      KEY_LENGTH,
      { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** The same string for the same password typed on any keyboard (é as one or two code points). */
function normalise(password: string): string {
  return password.normalize('NFKC');
}

/** `scrypt$N$r$p$salt$hash` (base64url), self-describing so parameters can change later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(normalise(password), salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

function parse(stored: string) {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((value) => Number.isInteger(value) && value > 0)) return null;
  return { params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await scrypt(normalise(password), parsed.salt, parsed.params);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return (
    !parsed || parsed.params.N !== PARAMS.N || parsed.params.r !== PARAMS.r || parsed.params.p !== PARAMS.p
  );
}

/**
 * A hash of a random password, checked when the e-mail address is unknown, so that signing in
 * with an unknown address takes as long as with a known one.
 */
export const DUMMY_HASH = hashPassword(randomBytes(24).toString('base64url'));

// Well-known passwords of 15 characters or more (from public breach frequency lists); the
// length rule already refuses the short ones.
const COMMON = new Set([
  '123456789012345',
  '1234567890123456',
  '12345678901234567890',
  'passwordpassword',
  'password1234567',
  'password12345678',
  'qwertyuiopasdfgh',
  'qwertyuiopasdfghjkl',
  'qwertyuiopasdfghjklzxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
  'azertyuiopqsdfgh',
  '1q2w3e4r5t6y7u8i',
  'abcdefghijklmnop',
  'abcdefghijklmnopqrstuvwxyz',
  'iloveyouiloveyou',
  'motdepassemotdepasse',
  'wachtwoordwachtwoord',
  'correcthorsebatterystaple',
  'correct horse battery staple',
  'passerellepasserelle',
]);

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'repeated' | 'contains-email';

/** Why a new password is refused, or null when it is fine. */
export function passwordProblem(password: string, context: { email?: string }): PasswordProblem | null {
  const normalised = normalise(password);
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  const lower = normalised.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/\s+/g, ''))) return 'common';
  if (new Set(lower).size <= 2) return 'repeated';
  const email = context.email?.trim().toLowerCase();
  const local = email?.split('@')[0] ?? '';
  if (email && (lower.includes(email) || (local.length >= 4 && lower.replace(/\s/g, '') === local))) {
    return 'contains-email';
  }
  return null;
}
