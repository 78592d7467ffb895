// An arrangement's dates as an iCalendar file (one VEVENT per remaining date, so a skipped date
// simply disappears and no calendar has to understand RRULE with EXDATE across a DST change),
// and the GP's e-mails with their sealed links.

import ical from 'ical-generator';
import { whereOf } from '../events/wording.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { formatBelgianDate, type IsoDate } from '../platform/identifiers/belgian-date.ts';
import type { OutboxMessage, SealedLink } from '../platform/outbox/index.ts';
import type { Slot, Weekday } from './domain/schedule.ts';
import { arrangementSlots } from './domain/schedule.ts';
import { arrangementMessages } from './messages.ts';
import type { ArrangementRow } from './store.ts';

/** The arrangement's dates (skipped ones left out) as an .ics file. */
export function arrangementCalendar(row: ArrangementRow, slots: readonly Slot[], locale: Locale): string {
  const calendar = ical({
    prodId: { company: 'Passerelle', product: 'arrangements', language: locale.toUpperCase() },
  });
  const m = arrangementMessages[locale];
  for (const slot of slots) {
    calendar.createEvent({
      id: `${row.id}-${slot.day}@passerelle`,
      start: slot.startsAt,
      end: slot.endsAt,
      summary: `${row.practice} – ${row.clinicianName}`,
      location: whereOf(row) || null,
      description: m.panel.heading,
    });
  }
  return calendar.toString();
}

export function arrangementMail(
  kind: 'created' | 'skipped' | 'ended',
  row: ArrangementRow,
  links: { page: SealedLink; calendar: SealedLink; day?: IsoDate | undefined },
): OutboxMessage {
  const locale = row.language as Locale;
  const m = arrangementMessages[locale];
  const values = {
    clinician: row.clinicianName,
    name: row.gpName,
    weekday: m.weekdays[row.weekday as Weekday],
    start: row.startTime,
    end: row.endTime,
    first: formatBelgianDate(locale, row.firstDay),
    last: formatBelgianDate(locale, row.lastDay),
    day: links.day ? formatBelgianDate(locale, links.day) : '',
    reason: row.endReason ?? '',
    where: whereOf(row),
  };
  const text = [
    format(locale, m.mail.hello, values),
    '',
    format(locale, m.mail[kind], values),
    ...(kind === 'ended' ? [] : [format(locale, m.mail.where, values), '', m.mail.calendar, links.calendar]),
    ...(kind === 'ended' ? [] : ['', m.mail.page, links.page]),
    '',
    m.mail.signature,
  ].join('\n');
  const slots = kind === 'ended' ? [] : arrangementSlots({ ...row, weekday: row.weekday as Weekday });
  return {
    topic: `arrangements.${kind}`,
    to: row.gpEmail,
    locale,
    subject: format(locale, m.mail[`${kind}Subject`], values),
    text,
    ...(kind === 'created'
      ? {
          attachments: [
            {
              filename: 'arrangement.ics',
              contentType: 'text/calendar; charset=utf-8',
              content: arrangementCalendar(row, slots, locale),
            },
          ],
        }
      : {}),
  };
}

/**
 * The clinician's e-mail when the GP skips a date or ends the arrangement: in the clinician's
 * language, to the address of their directory profile, with the link to their arrangements.
 */
export function clinicianArrangementMail(
  kind: 'skipped' | 'ended',
  row: ArrangementRow,
  to: { email: string; locale: Locale; page: string; day?: IsoDate | undefined },
): OutboxMessage {
  const m = arrangementMessages[to.locale];
  const values = {
    clinician: row.clinicianName,
    name: row.gpName,
    practice: row.practice,
    weekday: m.weekdays[row.weekday as Weekday],
    start: row.startTime,
    end: row.endTime,
    day: to.day ? formatBelgianDate(to.locale, to.day) : '',
    reason: row.endReason ?? '',
  };
  const subject = kind === 'skipped' ? m.mail.clinicianSkippedSubject : m.mail.clinicianEndedSubject;
  const body = kind === 'skipped' ? m.mail.clinicianSkipped : m.mail.clinicianEnded;
  return {
    topic: `arrangements.clinician-${kind}`,
    to: to.email,
    locale: to.locale,
    subject: format(to.locale, subject, values),
    text: [
      format(to.locale, m.mail.clinicianHello, values),
      '',
      format(to.locale, body, values),
      '',
      m.mail.clinicianPage,
      to.page,
      '',
      m.mail.signature,
    ].join('\n'),
  };
}
