// Dates the Belgian way. People type 17/12/2026, 17.12.2026 or 17-12-2026 (and some ISO
// 2026-12-17), or the month in words ("17 décembre 2026", "17. Dezember 2026"); everything is
// kept as an ISO calendar date (YYYY-MM-DD, a day in Brussels) and shown in the person's language
// with its weekday: "jeudi 17 décembre 2026 à 12:30", "donderdag 17 december 2026 om 12:30",
// "Thursday 17 December 2026 at 12:30", "Donnerstag, 17. Dezember 2026 um 12:30".

import { INTL_TAG, LOCALES, type Locale } from '../i18n/locales.ts';

/** A calendar date, `YYYY-MM-DD`: fixed width, so two dates compare correctly as strings. */
export type IsoDate = string;

export const BRUSSELS = 'Europe/Brussels';

/** Longer than any way of writing a date (" 17 / 12 / 2026 ", "30. September 2026"): refused before any pattern runs. */
const MAX_TYPED = 24;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
/** "17décembre2026", "1erdécembre2026", "17.Dezember2026", "17dec.2026" once the spaces are gone. */
const DAY_WORD_YEAR = /^(\d{1,2})(?:er)?\.?(\p{L}+)\.?(\d{4})$/u;

/** "Décembre", "déc." → "decembre", "dec": month words compare without case, accents or dot. */
function bareWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/\./g, '').toLowerCase();
}

/**
 * Month words → month number, in every language Passerelle speaks, long and short, as Intl
 * writes them (so German has "Dezember" and "Dez", French "décembre" and "déc."). A date is
 * read the same whatever the page's language: someone may type in theirs on another's page.
 * A word that would name two different months is left out rather than guessed.
 */
const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const found = new Map<string, Set<number>>();
  for (const locale of LOCALES)
    for (const month of ['long', 'short'] as const) {
      const formatter = new Intl.DateTimeFormat(INTL_TAG[locale], { month, timeZone: 'UTC' });
      for (let index = 0; index < 12; index++) {
        const word = bareWord(formatter.format(new Date(Date.UTC(2026, index, 15))));
        found.set(word, (found.get(word) ?? new Set()).add(index + 1));
      }
    }
  return new Map(
    [...found].filter(([, months]) => months.size === 1).map(([word, months]) => [word, [...months][0]!]),
  );
})();

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a well-formed, existing calendar date (2023-02-29 is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const match = ISO_DATE.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * What someone typed as a date → the ISO date, or null when it is not a date or not a real day
 * (31/04/2026, 29/02/2027). Day first: 03/12/2026 is the 3rd of December. Spaces are ignored.
 * The month may be a word in any of the four languages: "17 décembre 2026", "17. Dezember 2026".
 */
export function parseBelgianDate(input: string): IsoDate | null {
  if (input.length > MAX_TYPED) return null;
  const text = input.replace(/\s/g, '');
  const iso = TYPED_ISO.exec(text);
  const dmy = iso ? null : DAY_MONTH_YEAR.exec(text);
  const worded = iso || dmy ? null : DAY_WORD_YEAR.exec(text);
  const wordMonth = worded ? MONTH_WORDS.get(bareWord(worded[2]!)) : undefined;
  const parts = iso
    ? [iso[1], iso[2], iso[3]]
    : dmy
      ? [dmy[3], dmy[2], dmy[1]]
      : worded && wordMonth
        ? [worded[3], wordMonth, worded[1]]
        : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return isRealDay(year, month, day) ? isoOf(year, month, day) : null;
}

/** The ISO date of a moment, in Brussels (a session at 00:30 on the 18th is on the 18th). */
export function brusselsDay(at: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BRUSSELS }).format(at);
}

/**
 * The first instant of a day in Brussels (22:00 or 23:00 UTC the day before, with the season):
 * where a filter "from 17/12/2026" starts. Clocks change at 02:00 or 03:00, never at midnight.
 */
export function startOfBrusselsDay(day: IsoDate): Date {
  const midnightUtc = utcMidnight(day, 0);
  for (const hours of [2, 1]) {
    const candidate = new Date(midnightUtc - hours * 3_600_000);
    if (brusselsDay(candidate) === day) return candidate;
  }
  // Before time zones (Brussels kept its own mean time until 1892) neither offset fits: a filter
  // typed as 01/01/0001 still gets an answer, an hour early, rather than an error.
  return new Date(midnightUtc - 3_600_000);
}

/** The day after, as an ISO date (31/12 → 01/01 of the next year). */
export function nextDay(day: IsoDate): IsoDate {
  const next = new Date(utcMidnight(day, 1));
  return isoOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

// setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
function utcMidnight(day: IsoDate, plusDays: number): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(0).setUTCFullYear(year, month - 1, date + plusDays);
}

/** How each language joins a date and its time. */
const AT: Record<Locale, string> = { fr: 'à', nl: 'om', en: 'at', de: 'um' };

/**
 * The moment to write: a calendar date (ISO, taken at noon UTC, which is the same calendar day in
 * Brussels whatever the season), a timestamp as stored (`2026-12-17T11:30:00.000Z`) or a Date.
 */
function momentOf(value: IsoDate | string | Date): Date {
  const at =
    typeof value !== 'string'
      ? value
      : ISO_DATE.test(value)
        ? new Date(`${value}T12:00:00Z`)
        : new Date(value);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return at;
}

function partsOf(locale: Locale, at: Date, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const formatter = new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone: BRUSSELS, ...options });
  return Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, part.value]));
}

const LONG: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const SHORT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
};

// Built from the parts rather than Intl's own pattern, which puts a comma after the English
// weekday and differs between ICU versions: the Belgian way is the same in every language.
function dateText(locale: Locale, parts: Record<string, string>): string {
  // German writes the day as an ordinal after a comma: "Donnerstag, 17. Dezember 2026".
  if (locale === 'de') return `${parts.weekday}, ${parts.day}. ${parts.month} ${parts.year}`;
  // French writes the first of the month as an ordinal: "mardi 1er décembre".
  const day = locale === 'fr' && parts.day === '1' ? '1er' : parts.day;
  return `${parts.weekday} ${day} ${parts.month} ${parts.year}`;
}

/** "17/12/2026", "17.12.2026" in German: the separator between day, month and year. */
function numericDate(locale: Locale, day: string, month: string, year: string): string {
  const separator = locale === 'de' ? '.' : '/';
  return `${day}${separator}${month}${separator}${year}`;
}

/** "jeu. 17/12/2026"; German with its dots and a comma after the weekday: "Do., 17.12.2026". */
function shortDateText(locale: Locale, parts: Record<string, string>): string {
  const weekday = locale === 'de' ? `${parts.weekday},` : parts.weekday;
  return `${weekday} ${numericDate(locale, parts.day!, parts.month!, parts.year!)}`;
}

/**
 * "jeudi 17 décembre 2026": a calendar date (ISO) or the Brussels day of a moment. This is how
 * every page and e-mail writes a date (platform/i18n exports it as `formatDate`).
 */
export function formatBelgianDate(locale: Locale, value: IsoDate | string | Date): string {
  return dateText(locale, partsOf(locale, momentOf(value), LONG));
}

/** "jeudi 17 décembre 2026 à 12:30": a moment, in Brussels time (`formatDateTime` in platform/i18n). */
export function formatBelgianDateTime(locale: Locale, value: string | Date): string {
  const parts = partsOf(locale, momentOf(value), { ...LONG, ...CLOCK });
  return `${dateText(locale, parts)} ${AT[locale]} ${parts.hour}:${parts.minute}`;
}

/** "jeudi 17 décembre 2026 à 12:30" from a calendar date and a clock time typed as HH:MM. */
export function formatBelgianDayAt(locale: Locale, day: IsoDate, time: string): string {
  return `${formatBelgianDate(locale, day)} ${AT[locale]} ${time}`;
}

/**
 * "jeu. 17/12/2026" (nl "do 17/12/2026", en "Thu 17/12/2026", de "Do., 17.12.2026"): the same day, for dense staff tables
 * (audit log, outbox, work lists) where a column of full weekdays and month names would push
 * the row onto three lines at 375 px. Still day first, still with the weekday; pages and e-mails
 * for the public use `formatBelgianDate`.
 */
export function formatBelgianShortDate(locale: Locale, value: IsoDate | string | Date): string {
  return shortDateText(locale, partsOf(locale, momentOf(value), SHORT));
}

/** "jeu. 17/12/2026 12:30": a moment in a dense staff table, in Brussels time. */
export function formatBelgianShortDateTime(locale: Locale, value: string | Date): string {
  const parts = partsOf(locale, momentOf(value), { ...SHORT, ...CLOCK });
  return `${shortDateText(locale, parts)} ${parts.hour}:${parts.minute}`;
}

/** A calendar month, `YYYY-MM`, as the statistics API and the counters write it. */
export type IsoMonth = string;

/** Longer than any way of writing a month (" 12 / 2026 ", "September 2026"). */
const MAX_TYPED_MONTH = 20;
const MONTH_YEAR = /^(\d{1,2})[./-](\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const WORD_YEAR = /^(\p{L}+)\.?(\d{4})$/u;

/**
 * What someone typed as a month → `YYYY-MM`, or null. Month first, as Belgians write it
 * (12/2026, 12.2026, 12-2026), or in words in any of the four languages ("Dezember 2026");
 * the ISO form (2026-12) of links and the API is read too.
 */
export function parseBelgianMonth(input: string): IsoMonth | null {
  if (input.length > MAX_TYPED_MONTH) return null;
  const text = input.replace(/\s/g, '');
  const iso = YEAR_MONTH.exec(text);
  const belgian = iso ? null : MONTH_YEAR.exec(text);
  const worded = iso || belgian ? null : WORD_YEAR.exec(text);
  const wordMonth = worded ? MONTH_WORDS.get(bareWord(worded[1]!)) : undefined;
  const parts = iso
    ? [iso[1], iso[2]]
    : belgian
      ? [belgian[2], belgian[1]]
      : worded && wordMonth
        ? [worded[2], wordMonth]
        : null;
  if (!parts) return null;
  const [year, month] = parts.map(Number) as [number, number];
  if (year < 1 || month < 1 || month > 12) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** "12/2026": a month as a form field shows it, the way it is typed. */
export function writeBelgianMonth(month: IsoMonth): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** "décembre 2026" (nl "december 2026", en "December 2026", de "Dezember 2026"): a month in a title or a sentence. */
export function formatBelgianMonth(locale: Locale, month: IsoMonth): string {
  const parts = partsOf(locale, momentOf(`${month}-15`), { month: 'long', year: 'numeric' });
  return `${parts.month} ${parts.year}`;
}

/**
 * A calendar date as a form shows it for typing: "17/12/2026", in German "17.12.2026" (the form
 * reads either back, `parseBelgianDate`).
 */
export function dateAsTyped(locale: Locale, day: IsoDate): string {
  const [year, month, date] = day.split('-') as [string, string, string];
  return numericDate(locale, date, month, year);
}
