import type { FastifyRequest } from 'fastify';
import { sessionJustEnded } from './plugin.ts';

const NEXT_MAX_LENGTH = 2000;
/**
 * A page of this site in one of its languages, in visible ASCII without a backslash: a browser
 * reads `\` as `/` (`/\evil.example` leaves the site), and a Location header can carry nothing
 * else (a non-ASCII `next` made the redirect after sign-in a 500). One class, one quantifier:
 * linear time.
 */
const SITE_PAGE = /^\/(?:fr|nl|en)(?:[/?][!-[\]-~]*)?$/;

/** Where to go after signing in: only a page of this site (no open redirect). */
export function safeNext(value: string): string | null {
  return value.length <= NEXT_MAX_LENGTH && SITE_PAGE.test(value) ? value : null;
}

/** The sign-in page that brings the person back here afterwards. */
export function signInUrl(request: FastifyRequest): string {
  const params = new URLSearchParams();
  const next = request.method === 'GET' ? safeNext(request.url) : null;
  if (next) params.set('next', next);
  if (sessionJustEnded(request)) params.set('notice', 'expired');
  const query = params.toString();
  return `/${request.locale}/sign-in${query ? `?${query}` : ''}`;
}
