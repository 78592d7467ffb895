// Months as the reporting pages write them, in the reader's language: "novembre 2026" in a table,
// "janv. 26" under a chart's point.

import { INTL_TAG, type Locale } from '../platform/i18n/index.ts';
import type { Month } from './domain/months.ts';

// One formatter per locale: a page names some fifty months, and building a formatter costs more
// than using one.
const MONTH_AND_YEAR = Object.fromEntries(
  Object.entries(INTL_TAG).map(([locale, tag]) => [
    locale,
    new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

const SHORT_MONTH = Object.fromEntries(
  Object.entries(INTL_TAG).map(([locale, tag]) => [
    locale,
    new Intl.DateTimeFormat(tag, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

export function monthAndYear(locale: Locale, month: Month): string {
  return MONTH_AND_YEAR[locale].format(new Date(`${month}-01T00:00:00Z`));
}

/** "janv. 26", "jan 26", "Jan 26": a month under a chart's point. */
export function shortMonth(locale: Locale, month: Month): string {
  return SHORT_MONTH[locale].format(new Date(`${month}-01T00:00:00Z`));
}
