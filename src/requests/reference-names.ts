import type { Locale } from '../platform/i18n/index.ts';
import type { Names } from '../reference/domain/types.ts';

/**
 * A zone's or network's name in the reader's language. The reference data names them in French,
 * Dutch and English; a German reader gets the German name where one is recorded, else the French
 * one: the German-speaking Community's zones lie in Wallonia, and Brussels places keep their
 * official forms in German texts.
 */
export function nameIn(names: Names, locale: Locale): string {
  if (locale !== 'de') return names[locale];
  return (names as Partial<Record<Locale, string>>).de || names.fr;
}

/** The name of a zone or network looked up by id; the id itself when it is unknown. */
export function nameOf(found: { names: Names } | undefined, id: string, locale: Locale): string {
  return found ? nameIn(found.names, locale) : id;
}
