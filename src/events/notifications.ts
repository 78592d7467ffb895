// The e-mails of a registration (confirmed, waiting, moved up, reminder), each in the person's
// language with the cancel link sealed (platform/outbox/sealing.ts), and the appointment as an
// .ics file for confirmed places.
//
// The .ics is made by ical-generator, pinned to major 10: it is the last major that supports
// Node 20 (`engines: 20 || 22 || >=24`); 11 needs Node 22 or later, and Passerelle runs on 20.19+.

import ical from 'ical-generator';
import { format, type Locale } from '../platform/i18n/index.ts';
import { formatBelgianDateTime } from '../platform/identifiers/belgian-date.ts';
import type { OutboxMessage, SealedLink } from '../platform/outbox/index.ts';
import { eventMailMessages } from './mail-messages.ts';
import { eventsMessages } from './messages.ts';
import type { EventRow, RegistrationRow } from './store.ts';
import { whereOf } from './wording.ts';

export type RegistrationMailKind = 'registered' | 'waitlisted' | 'promoted' | 'reminder' | 'cancelled';

const SUBJECTS = {
  registered: 'registeredSubject',
  waitlisted: 'waitlistedSubject',
  promoted: 'promotedSubject',
  reminder: 'reminderSubject',
  cancelled: 'cancelledSubject',
} as const;

/** The appointment as an iCalendar file (UTC times; calendars show them in local time). */
export function eventCalendar(
  event: EventRow,
  registration: Pick<RegistrationRow, 'reference'>,
  publicUrl: string,
  locale: Locale,
): string {
  const calendar = ical({
    prodId: { company: 'Passerelle', product: 'events', language: locale.toUpperCase() },
  });
  calendar.createEvent({
    id: `${event.id}-${registration.reference}@passerelle`,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.title,
    description:
      event.description ||
      eventsMessages[locale].kinds[event.kind as keyof (typeof eventsMessages)['fr']['kinds']],
    location: whereOf(event) || null,
    url: `${publicUrl}/${locale}/events/${event.id}`,
  });
  return calendar.toString();
}

export function registrationMail(
  kind: RegistrationMailKind,
  event: EventRow,
  registration: RegistrationRow,
  /** The sealed cancel link; null when there is nothing left to cancel (the event is cancelled). */
  cancelLink: SealedLink | null,
  publicUrl: string,
): OutboxMessage {
  const locale = registration.language as Locale;
  const m = eventMailMessages[locale];
  const text = [
    format(locale, m.hello, { name: registration.name }),
    '',
    m[kind],
    '',
    `${event.title}`,
    format(locale, m.details, {
      when: formatBelgianDateTime(locale, event.startsAt),
      where: whereOf(event),
      reference: registration.reference,
    }),
    `${publicUrl}/${locale}/events/${event.id}`,
    ...(cancelLink ? ['', m.cancel, cancelLink] : []),
    '',
    m.signature,
  ].join('\n');
  const withPlace = kind !== 'waitlisted' && kind !== 'cancelled';
  return {
    topic: `events.${kind}`,
    to: registration.email,
    locale,
    subject: format(locale, m[SUBJECTS[kind]], { title: event.title }),
    text,
    ...(withPlace
      ? {
          attachments: [
            {
              filename: 'event.ics',
              contentType: 'text/calendar; charset=utf-8',
              content: eventCalendar(event, registration, publicUrl, locale),
            },
          ],
        }
      : {}),
  };
}
