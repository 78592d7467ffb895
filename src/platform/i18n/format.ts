import { IntlMessageFormat } from 'intl-messageformat';
import { INTL_TAG, type Locale } from './locales.ts';

// Dates have one writer, the Belgian one: weekday, day, month in words, year, in the person's
// language and in Brussels time ("jeudi 17 décembre 2026 à 12:30"). Pages and e-mails import it
// from here under its short names; CSV and JSON keep ISO dates, which are for machines.
export {
  formatBelgianDate as formatDate,
  formatBelgianDateTime as formatDateTime,
  formatBelgianDayAt as formatDateAt,
  formatBelgianShortDate as formatShortDate,
  formatBelgianShortDateTime as formatShortDateTime,
} from '../identifiers/belgian-date.ts';

/** Dictionaries are plain nested objects of ICU message strings. */
export type Dictionary = { readonly [key: string]: string | Dictionary };

/** The shape of a dictionary with every leaf widened to `string`, so translations type-check against French. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

export type Translations<T> = { readonly fr: T } & { readonly [L in Exclude<Locale, 'fr'>]: Translation<T> };

type Values = Record<string, string | number | Date | boolean | null | undefined>;

const cache = new Map<string, IntlMessageFormat>();

/**
 * Formats an ICU message (plurals, selects, numbers) in the given locale.
 * Compiled messages are cached: the same pattern is parsed once per locale.
 */
export function format(locale: Locale, pattern: string, values?: Values): string {
  if (!values && !pattern.includes('{')) return pattern;
  const key = `${locale}\u0000${pattern}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = new IntlMessageFormat(pattern, INTL_TAG[locale]);
    cache.set(key, compiled);
  }
  return String(compiled.format(values as Record<string, string | number>));
}

/**
 * Money is integer cents everywhere; this is the only place that turns it into text.
 * fr-BE separates thousands with a narrow no-break space (U+202F) but puts a wide one (U+00A0)
 * before €; French typography wants the narrow one there too, as the messages write it.
 */
export function formatEuros(locale: Locale, cents: number): string {
  const whole = cents % 100 === 0;
  const text = numberFormat(locale, 'currency', whole ? 0 : 2).format(cents / 100);
  return locale === 'fr' ? text.replace(/\u00a0€/u, '\u202f€') : text;
}

export function formatNumber(locale: Locale, value: number, fractionDigits = 0): string {
  return numberFormat(locale, 'decimal', fractionDigits).format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Number formats are built once per locale, style and digits and reused: building one reads the
 * locale's data and costs more than formatting (a recording's answer formats several amounts).
 */
function numberFormat(
  locale: Locale,
  style: 'currency' | 'decimal',
  fractionDigits: number,
): Intl.NumberFormat {
  const key = `${locale} ${style} ${fractionDigits}`;
  let found = numberFormats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(INTL_TAG[locale], {
      ...(style === 'currency' ? { style, currency: 'EUR' } : {}),
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: style === 'currency' ? 2 : fractionDigits,
    });
    numberFormats.set(key, found);
  }
  return found;
}
