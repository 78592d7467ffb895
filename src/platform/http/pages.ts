import type { FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '../i18n/index.ts';
import type { PageContext } from '../views/context.ts';

/**
 * Pages live under a locale prefix (/fr/find, /nl/find, /en/find). Registering one route per
 * locale keeps an unknown prefix (/de/find) a plain 404 instead of a validation error.
 */
export function localizedPaths(path: string): Array<{ locale: Locale; path: string }> {
  return LOCALES.map((locale) => ({ locale, path: `/${locale}${path === '/' ? '' : path}` }));
}

/** What a page needs from its request; the CSRF token only when the page has a POST form. */
export function pageContext(request: FastifyRequest, reply?: FastifyReply): PageContext {
  return {
    locale: request.locale,
    url: request.url,
    ...(reply ? { csrfToken: reply.generateCsrf() } : {}),
  };
}

/** A single query value: repeated parameters (?a=1&a=2) keep the first, absent ones are ''. */
export function queryValue(query: unknown, name: string): string {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}
