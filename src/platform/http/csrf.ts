import type { FastifyReply, FastifyRequest } from 'fastify';
import { csrfBinding, NO_SESSION } from './cookies.ts';

// @fastify/csrf-protection makes a new secret (and cookie) on each generateCsrf() call while
// the browser has none yet: two calls in one request would leave the first token unusable. One
// token per request, shared by the page's forms and the header's sign-out button.
const tokens = new WeakMap<FastifyRequest, string>();

// Tokens are bound to the session (cookies.ts: csrfBinding), checked against the session cookie
// the next request carries. A page made for a live session binds to it; any other page (signed
// out, or the session just ended and its cookie cleared) binds to none.
const bindings = new WeakMap<FastifyRequest, string>();

/** The session hook calls it once the request's session is found alive. */
export function bindCsrfToSession(request: FastifyRequest): void {
  bindings.set(request, csrfBinding(request));
}

export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  let token = tokens.get(request);
  if (!token) {
    token = reply.generateCsrf({ userInfo: bindings.get(request) ?? NO_SESSION });
    tokens.set(request, token);
  }
  return token;
}

/** The token already made for this request, if any (the layout's sign-out form). */
export function existingCsrfToken(request: FastifyRequest): string | undefined {
  return tokens.get(request);
}
