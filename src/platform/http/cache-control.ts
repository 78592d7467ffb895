// Answers that carry case or personal data are never kept by a browser's cache, a shared
// computer's history or a proxy. One rule, so that a new page or route cannot forget it:
// `Cache-Control: no-store` on
// - every answer to a signed-in person (their pages show cases, people, their own account);
// - every /api/ answer except public reference data (the directory, routing, the API's docs):
//   machines fetch sessions, statements and requests there, with a token or a cookie;
// - every answer to a form post (it shows what was typed back, e.g. the status of a request).
// Public pages (home, finder, forms before they are sent) and assets stay cacheable.

import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Public reference data: the same for everyone, no case in it. */
const PUBLIC_API = /^\/api\/(v1\/(clinicians|routing)|docs)(\/|\?|$)/;

function mustNotBeStored(request: FastifyRequest): boolean {
  if (request.user) return true;
  if (request.method !== 'GET' && request.method !== 'HEAD') return true;
  return request.url.startsWith('/api/') && !PUBLIC_API.test(request.url);
}

/** Registered with the session hook (request.user is known when the answer leaves). */
export function registerCacheControl(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (mustNotBeStored(request)) reply.header('cache-control', 'no-store');
    return payload;
  });
}
