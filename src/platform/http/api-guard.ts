// Cross-site request forgery, refused once for every route (new routes are covered by default).
//
// API (`/api/`):
// - A state-changing request (POST, PUT, PATCH, DELETE) that carries a cookie must be JSON (415
//   otherwise). A page on another origin can only send a form, multipart or text/plain body
//   without a CORS preflight, and this server never grants one: JSON is what a forged request
//   cannot send, even from a browser too old to send Origin or Sec-Fetch-Site.
// - A state-changing request that says it comes from another origin is refused (403), cookie or
//   not: Sec-Fetch-Site must be `same-origin` or `none`; an Origin must be PUBLIC_URL's origin.
//   A sibling origin (forum.example.be next to passerelle.example.be) is `same-site`, refused:
//   SameSite=Lax cookies travel with its requests, so only the origin tells them apart.
// - Requests with neither header (curl, scripts, machines, app.inject) are allowed. With a
//   cookie too: every browser that leaves both headers out is more than five years old, and for
//   those JSON-only plus the SameSite=Lax session cookie already stop a forged request; a script
//   that holds a person's cookie is that person.
//
// Pages: their forms carry CSRF tokens; as a second lock, a state-changing request whose
// Sec-Fetch-Site says another site sent it is refused too. Origin is not used there: pages are
// served with Referrer-Policy no-referrer, under which browsers send `Origin: null` on their
// own form posts, and a PUBLIC_URL that differs from the address in use (development, tests)
// must not break the no-JavaScript flows.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { platformMessages } from '../messages.ts';
import { isApiRequest } from './errors.ts';
import { ProblemError } from './problem.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Sec-Fetch-Site values a browser sends for the site's own requests (or one a person typed). */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);
/** `application/json`, with or without parameters (charset); nothing else, no `+json` variants. */
const JSON_TYPE = /^application\/json\s*(?:;|$)/i;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value.trim().toLowerCase() : undefined;
}

/** Whether the request's own headers say that another origin sent it. */
export function comesFromElsewhere(request: FastifyRequest, ownOrigin: string | null): boolean {
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined && !OWN_FETCH_SITES.has(site)) return true;
  if (ownOrigin === null) return false;
  const origin = header(request, 'origin');
  if (origin === undefined) return false;
  // `null`: the site's own page under no-referrer when Sec-Fetch-Site vouches for it, else unknown.
  if (origin === 'null') return site === undefined;
  return origin !== ownOrigin;
}

function carriesCookie(request: FastifyRequest): boolean {
  return (request.headers.cookie ?? '').trim() !== '';
}

export function registerApiGuard(app: FastifyInstance, publicUrl: string): void {
  const ownOrigin = new URL(publicUrl).origin.toLowerCase();
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    const m = platformMessages[request.locale];
    if (!isApiRequest(request)) {
      if (comesFromElsewhere(request, null))
        throw new ProblemError(403, 'cross-origin', m.problems['cross-origin']);
      return;
    }
    if (comesFromElsewhere(request, ownOrigin))
      throw new ProblemError(403, 'cross-origin', m.problems['cross-origin']);
    if (carriesCookie(request) && !JSON_TYPE.test(request.headers['content-type'] ?? '')) {
      throw new ProblemError(415, 'unsupported-media-type', m.jsonOnly);
    }
  });
}
