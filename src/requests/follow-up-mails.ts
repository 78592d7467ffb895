// The e-mails of the follow-up: the clinician a coordinator proposes or chooses (in the
// clinician's language), and the zone's mailbox when a clinician answers a call or a proposal.
// Queued in the transaction of the action they announce, like every request e-mail.

import { format, isLocale, type Locale } from '../platform/i18n/index.ts';
import type { OutboxMessage } from '../platform/outbox/index.ts';
import type { ReferenceSnapshot } from '../reference/domain/types.ts';
import type { ClinicianAction } from './domain/workflow.ts';
import { followUpMessages } from './messages/follow-up.ts';
import { vocabularyMessages } from './messages/index.ts';
import { type MailCase, what, zoneOf } from './notifications.ts';

/** The clinician's language for e-mails: the first of theirs Passerelle writes in, else French. */
export function clinicianLocale(languages: readonly string[]): Locale {
  return (languages.find((code) => isLocale(code)) as Locale | undefined) ?? 'fr';
}

/**
 * To a clinician: proposed by a coordinator on a case, chosen among those who answered a call, or
 * reached by a call published in their zone.
 */
export function clinicianMail(
  snapshot: ReferenceSnapshot,
  publicUrl: string,
  c: MailCase,
  clinician: { email: string; locale: Locale },
  event: 'proposed' | 'chosen' | 'called',
): OutboxMessage {
  const locale = clinician.locale;
  const m = followUpMessages[locale].mail;
  const zone = zoneOf(snapshot, c.zoneId, locale);
  const values = {
    reference: c.reference,
    what: what({ ...c, language: locale }),
    zone: zone.name,
    organisation: c.organisationName,
    postcode: c.postcode,
    url: `${publicUrl}/${locale}/my/proposals`,
  };
  return {
    topic: `requests.clinician-${event}`,
    to: clinician.email,
    locale,
    subject: format(locale, MAIL[event].subject(m), values),
    text: [format(locale, MAIL[event].body(m), values), format(locale, m.signature, values)].join('\n\n'),
    replyTo: zone.email,
  };
}

type MailMessages = (typeof followUpMessages)[Locale]['mail'];
const MAIL: Record<
  'proposed' | 'chosen' | 'called',
  { subject: (m: MailMessages) => string; body: (m: MailMessages) => string }
> = {
  proposed: { subject: (m) => m.proposedSubject, body: (m) => m.proposedBody },
  chosen: { subject: (m) => m.chosenSubject, body: (m) => m.chosenBody },
  called: { subject: (m) => m.calledSubject, body: (m) => m.calledBody },
};

/** To the zone's mailbox: a clinician answered the call, or accepted or declined the proposal. */
export function zoneAnswerMail(
  snapshot: ReferenceSnapshot,
  publicUrl: string,
  c: MailCase,
  event: ClinicianAction,
  who: string,
  text: string,
): OutboxMessage {
  const locale = c.language;
  const m = followUpMessages[locale].mail;
  const zone = zoneOf(snapshot, c.zoneId, locale);
  const subject = {
    'answer-call': m.answeredSubject,
    'clinician-accept': m.acceptedSubject,
    'clinician-decline': m.declinedSubject,
  }[event];
  const values = { who, reference: c.reference };
  return {
    topic: `requests.zone-${event}`,
    to: zone.email ?? '',
    locale,
    subject: format(locale, subject, values),
    text: format(locale, m.zoneBody, {
      event: vocabularyMessages[locale].actions[event],
      text,
      url: `${publicUrl}/${locale}/inbox/cases/${c.caseId}`,
    }),
  };
}
