import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../auth/roles.ts';
import { LOCALES, type Locale } from '../i18n/index.ts';
import { type PageContext, WORK_AREAS, type WorkArea } from '../views/context.ts';
import { csrfTokenFor, existingCsrfToken } from './csrf.ts';

/**
 * Pages live under a locale prefix (/fr/find, /nl/find, /en/find). Registering one route per
 * locale keeps an unknown prefix (/de/find) a plain 404 instead of a validation error.
 */
export function localizedPaths(path: string): Array<{ locale: Locale; path: string }> {
  return LOCALES.map((locale) => ({ locale, path: `/${locale}${path === '/' ? '' : path}` }));
}

/**
 * What a page needs from its request: pass `reply` when the page has a POST form (it makes the
 * CSRF token). A signed-in person's pages always have one, for the header's sign-out button.
 */
export function pageContext(request: FastifyRequest, reply?: FastifyReply): PageContext {
  const csrfToken = reply ? csrfTokenFor(request, reply) : existingCsrfToken(request);
  const user = request.user;
  return {
    locale: request.locale,
    languages: request.offeredLocales,
    url: request.url,
    ...(csrfToken ? { csrfToken } : {}),
    user: user
      ? {
          displayName: user.displayName,
          administers: user.grants.some((g) => g.role === 'platform-admin' || g.role === 'network-admin'),
          workAreas: workAreasOf(user.grants.map((grant) => grant.role)),
        }
      : null,
  };
}

/** The roles that open each work area in the header (the pages themselves check the policy). */
const OPENED_BY: Record<WorkArea, readonly Role[]> = {
  inbox: ['coordinator', 'network-admin'],
  applications: ['coordinator', 'network-admin'],
  committees: ['committee-member', 'network-admin'],
  profile: ['clinician'],
  sessions: ['clinician'],
  'first-line-hours': ['clinician'],
  arrangements: ['clinician'],
  budget: ['coordinator', 'network-admin'],
  statements: ['coordinator', 'network-admin'],
  'network-sessions': ['coordinator', 'network-admin'],
  reporting: ['coordinator', 'network-admin'],
  proposals: ['clinician'],
  'my-requests': ['gp', 'organisation'],
};

export function workAreasOf(roles: readonly Role[]): WorkArea[] {
  return WORK_AREAS.filter((area) => OPENED_BY[area].some((role) => roles.includes(role)));
}

/** A single query value: repeated parameters (?a=1&a=2) keep the first, absent ones are ''. */
export function queryValue(query: unknown, name: string): string {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}
