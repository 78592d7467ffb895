import type { FastifyRequest } from 'fastify';
import { sessionJustEnded } from './plugin.ts';

/** Where to go after signing in: only a page of this site (no open redirect). */
export function safeNext(value: string): string | null {
  return /^\/(fr|nl|en)(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(value) && !value.startsWith('//') ? value : null;
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
