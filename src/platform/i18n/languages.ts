import type { Locale } from './locales.ts';

// Languages people speak with a clinician or a coordinator (ISO 639-1), named in each UI
// language. Brussels needs far more than its three official languages: the networks look for
// clinicians who speak the languages of the people they do not reach yet (seed 001).
export const LANGUAGE_NAMES = {
  fr: { fr: 'français', nl: 'Frans', en: 'French', de: 'Französisch' },
  nl: { fr: 'néerlandais', nl: 'Nederlands', en: 'Dutch', de: 'Niederländisch' },
  en: { fr: 'anglais', nl: 'Engels', en: 'English', de: 'Englisch' },
  de: { fr: 'allemand', nl: 'Duits', en: 'German', de: 'Deutsch' },
  ar: { fr: 'arabe', nl: 'Arabisch', en: 'Arabic', de: 'Arabisch' },
  tr: { fr: 'turc', nl: 'Turks', en: 'Turkish', de: 'Türkisch' },
  es: { fr: 'espagnol', nl: 'Spaans', en: 'Spanish', de: 'Spanisch' },
  it: { fr: 'italien', nl: 'Italiaans', en: 'Italian', de: 'Italienisch' },
  pt: { fr: 'portugais', nl: 'Portugees', en: 'Portuguese', de: 'Portugiesisch' },
  pl: { fr: 'polonais', nl: 'Pools', en: 'Polish', de: 'Polnisch' },
  ro: { fr: 'roumain', nl: 'Roemeens', en: 'Romanian', de: 'Rumänisch' },
  ru: { fr: 'russe', nl: 'Russisch', en: 'Russian', de: 'Russisch' },
  uk: { fr: 'ukrainien', nl: 'Oekraïens', en: 'Ukrainian', de: 'Ukrainisch' },
  fa: { fr: 'persan', nl: 'Perzisch', en: 'Persian', de: 'Persisch' },
  ps: { fr: 'pachto', nl: 'Pasjtoe', en: 'Pashto', de: 'Paschtu' },
  so: { fr: 'somali', nl: 'Somalisch', en: 'Somali', de: 'Somali' },
  ln: { fr: 'lingala', nl: 'Lingala', en: 'Lingala', de: 'Lingala' },
  sw: { fr: 'swahili', nl: 'Swahili', en: 'Swahili', de: 'Swahili' },
  el: { fr: 'grec', nl: 'Grieks', en: 'Greek', de: 'Griechisch' },
  bg: { fr: 'bulgare', nl: 'Bulgaars', en: 'Bulgarian', de: 'Bulgarisch' },
  sq: { fr: 'albanais', nl: 'Albanees', en: 'Albanian', de: 'Albanisch' },
  zh: { fr: 'chinois', nl: 'Chinees', en: 'Chinese', de: 'Chinesisch' },
} as const satisfies Record<string, Record<Locale, string>>;

export type LanguageCode = keyof typeof LANGUAGE_NAMES;
export const LANGUAGE_CODES = Object.keys(LANGUAGE_NAMES) as LanguageCode[];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_NAMES, value);
}

export function languageName(code: string, locale: Locale): string {
  return isLanguageCode(code) ? LANGUAGE_NAMES[code][locale] : code;
}

/** Language choices for a form, the reader's own language and the other official ones first. */
export function languageOptions(locale: Locale): Array<{ value: LanguageCode; label: string }> {
  const first: LanguageCode[] = ['fr', 'nl', 'en', 'de'];
  const rest = LANGUAGE_CODES.filter((code) => !first.includes(code)).sort((a, b) =>
    LANGUAGE_NAMES[a][locale].localeCompare(LANGUAGE_NAMES[b][locale], locale),
  );
  return [...first, ...rest].map((code) => ({ value: code, label: LANGUAGE_NAMES[code][locale] }));
}
