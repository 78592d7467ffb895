// A network's or zone's name for one reader. The reference names them in French, Dutch and
// English; German readers get a German name where the reference gives one, else the French one,
// French being the other language of Wallonia, where they live (Ostbelgien).

import type { Locale } from '../platform/i18n/index.ts';

/** Names as the reference gives them: German is optional, so older snapshots still read. */
export interface LocalNames {
  fr: string;
  nl: string;
  en: string;
  de?: string;
}

/** The name in `locale`, French standing in for a German name the reference does not give. */
export function localName(names: LocalNames, locale: Locale): string {
  return names[locale] ?? names.fr;
}

/** The name of a network or zone the reference may not know (any more): its id then. */
export function named(found: { names: LocalNames } | undefined, id: string, locale: Locale): string {
  return found ? localName(found.names, locale) : id;
}
