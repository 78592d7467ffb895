// The languages Passerelle speaks. French is the source language: every dictionary is typed
// against the French one, so a key missing in Dutch or English is a compile error.
// German serves the German-speaking Community's mixed network (Ostbelgien).
export const LOCALES = ['fr', 'nl', 'en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A path that starts with a locale prefix (/fr, /nl, /en, /de), the locale captured. */
export const LOCALE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})(?=/|\\?|$)`);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Each locale's BCP 47 tag for Intl formatting: Belgian conventions in every language. */
export const INTL_TAG: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE', de: 'de-BE' };

/**
 * Picks the best supported locale from an Accept-Language header, honouring q-values.
 * Unknown or malformed headers fall back to French, the source language. `among` narrows the
 * choice to the languages the instance offers (a Brussels instance does not send a German
 * browser to German pages it does not propose).
 */
export function negotiateLocale(header: string | undefined, among: readonly Locale[] = LOCALES): Locale {
  const fallback = among.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (among[0] ?? DEFAULT_LOCALE);
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return {
        base: tag.toLowerCase().split('-')[0] ?? '',
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const offered = (base: string): base is Locale => isLocale(base) && among.includes(base);
  return ranked.map((entry) => entry.base).find(offered) ?? fallback;
}
