// Puts the signed-in person on every request (`request.user`, null when signed out) and keeps
// the session cookie: a random id, signed, httpOnly, SameSite=Lax, and under https Secure with
// the `__Host-` prefix (http/cookies.ts). Capabilities read `request.user` and pass it to their
// services; nothing else here is theirs to use.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { registerCacheControl } from '../http/cache-control.ts';
import { SESSION_COOKIE, sessionCookieOf } from '../http/cookies.ts';
import { bindCsrfToSession, csrfTokenFor } from '../http/csrf.ts';
import type { CurrentUser } from './roles.ts';
import type { Sessions } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. Decorated by the auth preHandler on every request. */
    user: CurrentUser | null;
  }
}

export { SESSION_COOKIE, sessionCookieOf };

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
  maxAgeSeconds: number;
}

export function setSessionCookie(reply: FastifyReply, token: string, options: SessionCookieOptions): void {
  const policy = reply.server.cookiePolicy;
  reply.setCookie(policy.name(SESSION_COOKIE), token, { ...policy.options, maxAge: options.maxAgeSeconds });
}

export function clearSessionCookie(reply: FastifyReply): void {
  const policy = reply.server.cookiePolicy;
  reply.clearCookie(policy.name(SESSION_COOKIE), policy.options);
}

const SKIP = /^\/(assets\/|healthz|readyz)/;

export function registerAuth(app: FastifyInstance, sessions: Sessions): void {
  app.decorateRequest('user', null);
  registerCacheControl(app);
  app.addHook('preHandler', async (request, reply) => {
    if (SKIP.test(request.url)) return;
    const raw = sessionCookieOf(request);
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    const resolved =
      unsigned.valid && unsigned.value
        ? await sessions.resolve(unsigned.value)
        : ({ status: 'none' } as const);
    if (resolved.status !== 'active') {
      if (resolved.status === 'ended') endedSession.add(request);
      clearSessionCookie(reply);
      return;
    }
    request.user = resolved.user;
    sessionOf.set(request, resolved.idHash);
    bindCsrfToSession(request);
    // Every page a signed-in person sees has a sign-out button, which is a form.
    if (!request.url.startsWith('/api/')) csrfTokenFor(request, reply);
  });
}
