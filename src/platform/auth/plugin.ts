// Puts the signed-in person on every request (`request.user`, null when signed out) and keeps
// the session cookie: a random id, signed, httpOnly, SameSite=Lax, Secure when PUBLIC_URL is
// https. Capabilities read `request.user` and pass it to their services; nothing else here is
// theirs to use.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { registerCacheControl } from '../http/cache-control.ts';
import { csrfTokenFor } from '../http/csrf.ts';
import type { CurrentUser } from './roles.ts';
import type { Sessions } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. Decorated by the auth preHandler on every request. */
    user: CurrentUser | null;
  }
}

export const SESSION_COOKIE = 'passerelle_session';

const sessionOf = new WeakMap<FastifyRequest, string>();
const endedSession = new WeakSet<FastifyRequest>();

/** The current session's stored id (its hash), for "keep this session" on a password change. */
export function currentSessionHash(request: FastifyRequest): string | undefined {
  return sessionOf.get(request);
}

/** True when the request came with a session that had just timed out (the sign-in page says so). */
export function sessionJustEnded(request: FastifyRequest): boolean {
  return endedSession.has(request);
}

export interface SessionCookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

export function setSessionCookie(reply: FastifyReply, token: string, options: SessionCookieOptions): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    signed: true,
    maxAge: options.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure, signed: true });
}

const SKIP = /^\/(assets\/|healthz|readyz)/;

export function registerAuth(app: FastifyInstance, sessions: Sessions, options: SessionCookieOptions): void {
  app.decorateRequest('user', null);
  registerCacheControl(app);
  app.addHook('preHandler', async (request, reply) => {
    if (SKIP.test(request.url)) return;
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    const resolved =
      unsigned.valid && unsigned.value
        ? await sessions.resolve(unsigned.value)
        : ({ status: 'none' } as const);
    if (resolved.status !== 'active') {
      if (resolved.status === 'ended') endedSession.add(request);
      clearSessionCookie(reply, options.secure);
      return;
    }
    request.user = resolved.user;
    sessionOf.set(request, resolved.idHash);
    // Every page a signed-in person sees has a sign-out button, which is a form.
    if (!request.url.startsWith('/api/')) csrfTokenFor(request, reply);
  });
}
