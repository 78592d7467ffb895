import type { Locale } from '../platform/i18n/index.ts';
import type { Names } from './domain/types.ts';

/**
 * The name of a network, zone or place looked up by id, in the reader's language; the id itself
 * when the reference does not know it (any more). Every name has its four languages: the loader
 * fills German where the data gives none (withGermanPlaceNames, domain/belgium.ts).
 */
export function nameOf(found: { names: Names } | undefined, id: string, locale: Locale): string {
  return found ? found.names[locale] : id;
}
