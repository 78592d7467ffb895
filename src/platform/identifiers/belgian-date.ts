// Dates the Belgian way. People type 17/12/2026, 17.12.2026 or 17-12-2026 (and some ISO
// 2026-12-17); everything is kept as an ISO calendar date (YYYY-MM-DD, a day in Brussels) and
// shown in the person's language with its weekday: "jeudi 17 décembre 2026 à 12:30",
// "donderdag 17 december 2026 om 12:30", "Thursday 17 December 2026 at 12:30".

import { INTL_TAG, type Locale } from '../i18n/locales.ts';

/** A calendar date, `YYYY-MM-DD`: fixed width, so two dates compare correctly as strings. */
export type IsoDate = string;

export const BRUSSELS = 'Europe/Brussels';

/** Longer than any way of writing a date (" 17 / 12 / 2026 "): refused before any pattern runs. */
const MAX_TYPED = 24;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

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
 */
export function parseBelgianDate(input: string): IsoDate | null {
  if (input.length > MAX_TYPED) return null;
  const text = input.replace(/\s/g, '');
  const iso = TYPED_ISO.exec(text);
  const dmy = iso ? null : DAY_MONTH_YEAR.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return isRealDay(year, month, day) ? isoOf(year, month, day) : null;
}

/** The ISO date of a moment, in Brussels (a session at 00:30 on the 18th is on the 18th). */
export function brusselsDay(at: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BRUSSELS }).format(at);
}

/** How each language joins a date and its time. */
const AT: Record<Locale, string> = { fr: 'à', nl: 'om', en: 'at' };

function partsOf(locale: Locale, at: Date, withTime: boolean): Record<string, string> {
  const formatter = new Intl.DateTimeFormat(INTL_TAG[locale], {
    timeZone: BRUSSELS,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  });
  return Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, part.value]));
}

// Built from the parts rather than Intl's own pattern, which puts a comma after the English
// weekday and differs between ICU versions: the Belgian way is the same in every language.
function dateText(locale: Locale, parts: Record<string, string>): string {
  // French writes the first of the month as an ordinal: "mardi 1er décembre".
  const day = locale === 'fr' && parts.day === '1' ? '1er' : parts.day;
  return `${parts.weekday} ${day} ${parts.month} ${parts.year}`;
}

/** "jeudi 17 décembre 2026": a calendar date (ISO) or the Brussels day of a moment. */
export function formatBelgianDate(locale: Locale, value: IsoDate | Date): string {
  // Noon UTC is the same calendar day in Brussels whatever the season.
  const at = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return dateText(locale, partsOf(locale, at, false));
}

/** "jeudi 17 décembre 2026 à 12:30": a moment, in Brussels time. */
export function formatBelgianDateTime(locale: Locale, at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('Not a date');
  const parts = partsOf(locale, at, true);
  return `${dateText(locale, parts)} ${AT[locale]} ${parts.hour}:${parts.minute}`;
}

/** "jeudi 17 décembre 2026 à 12:30" from a calendar date and a clock time typed as HH:MM. */
export function formatBelgianDayAt(locale: Locale, day: IsoDate, time: string): string {
  return `${formatBelgianDate(locale, day)} ${AT[locale]} ${time}`;
}
