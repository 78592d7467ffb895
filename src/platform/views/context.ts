import type { Locale } from '../i18n/index.ts';

/** What every page needs to know about the request it answers. */
export interface PageContext {
  locale: Locale;
  /** The request URL (path and query) with its locale prefix: the language switch swaps the prefix. */
  url: string;
  /** The CSRF token to put in POST forms. */
  csrfToken?: string;
  /** Who is signed in, for the header (null or absent: nobody). */
  user?: {
    displayName: string;
    administers: boolean;
    /** The work their roles open, each a main navigation entry. */
    workAreas?: readonly WorkArea[];
  } | null;
}

/** Pages reached through a role: request and application inboxes, committees, a clinician's own. */
export const WORK_AREAS = [
  'inbox',
  'applications',
  'committees',
  'profile',
  'sessions',
  'first-line-hours',
  'arrangements',
  'budget',
  'statements',
  'network-sessions',
  'reporting',
  'proposals',
  'my-requests',
] as const;
export type WorkArea = (typeof WORK_AREAS)[number];

const LOCALE_PREFIX = /^\/(fr|nl|en)(?=\/|\?|$)/;

/**
 * The same page in another language: swap the /fr, /nl or /en prefix and keep the rest.
 * Pages outside the localized tree (/api/docs) take the language as `?lang=`.
 */
export function urlInLocale(url: string, locale: Locale): string {
  if (LOCALE_PREFIX.test(url)) return url.replace(LOCALE_PREFIX, `/${locale}`);
  const [path = '/', query = ''] = url.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('lang', locale);
  return `${path}?${params.toString()}`;
}

/** Builds a query string from a record, dropping empty values, in a stable order. */
export function queryString(values: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
