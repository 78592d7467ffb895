// The names and attributes of every cookie Passerelle sets. Under https (PUBLIC_URL), names carry
// the `__Host-` prefix: a browser then keeps the cookie only if it is Secure, has Path=/ and no
// Domain, so a sibling subdomain can neither set nor replace it (cookie tossing, fixing someone's
// session or CSRF secret). Code that sets or reads a cookie names it through `cookiePolicy`.

import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** The session cookie's name before any prefix. */
export const SESSION_COOKIE = 'passerelle_session';

export interface CookiePolicy {
  readonly secure: boolean;
  /** The name to set and read: `__Host-<base>` under https, `<base>` otherwise. */
  name(base: string): string;
  /** The attributes of every cookie of ours (what a `__Host-` cookie requires, and more). */
  readonly options: {
    readonly path: '/';
    readonly httpOnly: true;
    readonly sameSite: 'lax';
    readonly secure: boolean;
    readonly signed: true;
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    cookiePolicy: CookiePolicy;
  }
}

export function cookiePolicy(secure: boolean): CookiePolicy {
  return {
    secure,
    name: (base) => (secure ? `__Host-${base}` : base),
    options: { path: '/', httpOnly: true, sameSite: 'lax', secure, signed: true },
  };
}

/** The session cookie as the request carries it (signed), under its only accepted name. */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  return request.cookies[request.server.cookiePolicy.name(SESSION_COOKIE)];
}

/** The CSRF binding of a request without a session (@fastify/csrf refuses an empty one). */
export const NO_SESSION = 'no-session';

/**
 * What a CSRF token is bound to: the session cookie the request carries (its hash), or
 * NO_SESSION when signed out. A token made on a page of one session is refused with any other.
 */
export function csrfBinding(request: FastifyRequest): string {
  const raw = sessionCookieOf(request);
  return raw ? createHash('sha256').update(raw).digest('base64url') : NO_SESSION;
}
