import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isLocale, LOCALE_PREFIX, LOCALES, type Locale, negotiateLocale } from '../i18n/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language of the answer: the URL prefix for pages, ?lang or Accept-Language for the API. */
    locale: Locale;
    /** The languages this instance proposes (its networks'), for the language switch. */
    offeredLocales: readonly Locale[];
  }
}

export function localeOf(request: Pick<FastifyRequest, 'url' | 'headers' | 'query'>): Locale {
  const prefix = LOCALE_PREFIX.exec(request.url)?.[1];
  if (isLocale(prefix)) return prefix;
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLocale(lang)) return lang;
  return negotiateLocale(request.headers['accept-language']);
}

export function registerLocale(app: FastifyInstance, offered: () => readonly Locale[] = () => LOCALES): void {
  app.decorateRequest('locale', 'fr');
  // Read only by pages and the `/` redirect, so asked when read, not on every request (the finder
  // API is the hot path).
  app.decorateRequest('offeredLocales', {
    getter: () => offered(),
  });
  app.addHook('onRequest', async (request) => {
    request.locale = localeOf(request);
  });
  // `/` sends people to their language's home page.
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    reply.header('vary', 'Accept-Language');
    return reply.redirect(
      `/${negotiateLocale(request.headers['accept-language'], request.offeredLocales)}`,
      302,
    );
  });
}
