import type { Locale } from '../../platform/i18n/index.ts';
import { formatBelgianDate, formatBelgianDayAt, isIsoDate } from '../../platform/identifiers/belgian-date.ts';

// A scheduled appointment as people read it, in their language: "jeudi 17 décembre 2026 à
// 12:30 – Cabinet Laeken". The action keeps the date, time and place apart; they are written
// out when shown or sent, never stored as one language-neutral "2026-12-17 12:30" line.

export function appointmentText(locale: Locale, payload: Record<string, unknown>): string | null {
  const { date, time, place } = payload;
  // Entries written before the parts were kept apart carry only their `when` line.
  if (!isIsoDate(date)) return typeof payload.when === 'string' && payload.when ? payload.when : null;
  const moment =
    typeof time === 'string' && time
      ? formatBelgianDayAt(locale, date, time)
      : formatBelgianDate(locale, date);
  return typeof place === 'string' && place ? `${moment} – ${place}` : moment;
}
