// Random secrets that travel in cookies and e-mailed links. Only their SHA-256 is stored: the
// database alone opens no session and resets no password. SHA-256 (not scrypt) is enough here
// because the secrets are 256 random bits, not something a person chose.

import { createHash, randomBytes } from 'node:crypto';

export interface NewToken {
  /** What the person receives (cookie value, link parameter). */
  token: string;
  /** What the database keeps. */
  hash: string;
}

export function newToken(): NewToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Shape check before any database work: 32 random bytes in base64url are 43 characters. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

// A parameter that carries a secret, whatever its value looks like.
const SECRET_PARAMETER = /([?&;](?:token|_csrf)=)[^&#\s"']*/gi;
// A value shaped like one of our tokens: 43 base64url characters standing alone, or right after
// a percent-escape (a link inside another parameter: `next=%2Ffr%2Freset-password%3Ftoken%3D…`).
// Each start position looks at most 46 characters ahead: linear in the length of the text.
const TOKEN_SHAPED = /(^|[^A-Za-z0-9_-]|%[0-9A-Fa-f]{2})[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** The text with every token (and every `token=` value) replaced, for logs and error messages. */
export function redactTokens(text: string): string {
  return text.replace(SECRET_PARAMETER, '$1[redacted]').replace(TOKEN_SHAPED, '$1[redacted]');
}

/** Whether a text holds an e-mailed link's token in clear (a `token=` parameter shaped like ours). */
export function carriesUsableToken(text: string): boolean {
  return /[?&;]token=[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/.test(text);
}

/** E-mailed links and how long each stays valid. */
export const TOKEN_LIFETIMES_MS = {
  'verify-email': 24 * 60 * 60_000,
  'reset-password': 60 * 60_000,
  invitation: 7 * 24 * 60 * 60_000,
} as const;
export type TokenPurpose = keyof typeof TOKEN_LIFETIMES_MS;

/** E-mail addresses are compared trimmed and lower-cased: one account per address. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
