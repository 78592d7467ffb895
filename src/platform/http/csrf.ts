import type { FastifyReply, FastifyRequest } from 'fastify';

// @fastify/csrf-protection makes a new secret (and cookie) on each generateCsrf() call while
// the browser has none yet: two calls in one request would leave the first token unusable. One
// token per request, shared by the page's forms and the header's sign-out button.
const tokens = new WeakMap<FastifyRequest, string>();

export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  let token = tokens.get(request);
  if (!token) {
    token = reply.generateCsrf();
    tokens.set(request, token);
  }
  return token;
}

/** The token already made for this request, if any (the layout's sign-out form). */
export function existingCsrfToken(request: FastifyRequest): string | undefined {
  return tokens.get(request);
}
