// How an event is described in a line: its kind, when, where (pages, e-mails and exports).

import type { Locale } from '../platform/i18n/index.ts';
import { formatBelgianDateTime } from '../platform/identifiers/belgian-date.ts';
import type { EventKind } from './domain/event.ts';
import { brusselsTime } from './domain/time.ts';
import { eventsMessages } from './messages.ts';
import type { EventRow } from './store.ts';

export const eventKindLabel = (locale: Locale, kind: string): string =>
  eventsMessages[locale].kinds[kind as EventKind] ?? kind;

/** "jeudi 17 décembre 2026 à 12:30–14:00" */
export function whenOf(locale: Locale, event: Pick<EventRow, 'startsAt' | 'endsAt'>): string {
  return `${formatBelgianDateTime(locale, event.startsAt)}–${brusselsTime(event.endsAt)}`;
}

/** Where the event takes place, in one line: the venue, the online link, or both. */
/** Where a meeting takes place: its venue and its online link, either or both (events, arrangements). */
export function whereOf(event: Pick<EventRow, 'venue' | 'onlineUrl'>): string {
  return [event.venue, event.onlineUrl].filter(Boolean).join(' – ');
}
