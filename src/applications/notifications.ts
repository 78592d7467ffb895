import { format, type Locale } from '../platform/i18n/index.ts';
import { isLocale } from '../platform/i18n/locales.ts';
import type { OutboxMessage } from '../platform/outbox/outbox.ts';
import type { ApplicationAction } from './domain/workflow.ts';
import { mailMessages } from './messages/mail.ts';
import { actionLabels } from './messages/vocabulary.ts';

// E-mails of the applications capability, written in the reader's language. The applicant
// hears of every step of their case; the zone hears of each new application.

function asLocale(value: string): Locale {
  return isLocale(value) ? value : 'fr';
}

export function applicantMail(
  publicUrl: string,
  input: {
    to: string;
    locale: string;
    caseId: string;
    reference: string;
    action: ApplicationAction;
    details: string | null;
  },
): OutboxMessage {
  const locale = asLocale(input.locale);
  const m = mailMessages[locale];
  const step = actionLabels[locale][input.action];
  const link = `${publicUrl}/${locale}/my/applications/${input.caseId}`;
  return {
    topic: `applications.${input.action}`,
    to: input.to,
    locale,
    subject: format(locale, m.subject, { reference: input.reference, step }),
    text: [
      format(locale, m.body, { reference: input.reference, step }),
      input.details ? `\n${input.details}\n` : '',
      format(locale, m.link, { link }),
    ].join('\n'),
  };
}

export function zoneMail(
  publicUrl: string,
  input: { to: string; caseId: string; reference: string; applicantName: string; kind: string },
): OutboxMessage {
  const m = mailMessages.fr;
  return {
    topic: 'applications.new',
    to: input.to,
    locale: 'fr',
    subject: format('fr', m.zoneSubject, { reference: input.reference }),
    text: format('fr', m.zoneBody, {
      reference: input.reference,
      name: input.applicantName,
      link: `${publicUrl}/fr/applications/${input.caseId}`,
    }),
  };
}

/** Tells the zone's mailbox that the applicant answered, added a document or withdrew. */
export function zoneUpdateMail(
  service: {
    options: { publicUrl: string };
    reference: { snapshot(): { zones: ReadonlyMap<string, { email: string }> } };
  },
  input: {
    zoneId: string;
    caseId: string;
    reference: string;
    applicantName: string;
    action: ApplicationAction;
  },
): OutboxMessage | null {
  const zone = service.reference.snapshot().zones.get(input.zoneId);
  if (!zone?.email) return null;
  const m = mailMessages.fr;
  const step = actionLabels.fr[input.action];
  return {
    topic: `applications.zone.${input.action}`,
    to: zone.email,
    locale: 'fr',
    subject: format('fr', m.zoneUpdateSubject, { reference: input.reference, step }),
    text: format('fr', m.zoneUpdateBody, {
      reference: input.reference,
      name: input.applicantName,
      step,
      link: `${service.options.publicUrl}/fr/applications/${input.caseId}`,
    }),
  };
}
