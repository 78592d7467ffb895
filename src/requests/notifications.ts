import type { CaseRecord } from '../platform/cases/case-log.ts';
import { format, formatDate, type Locale } from '../platform/i18n/index.ts';
import type { OutboxMessage } from '../platform/outbox/index.ts';
import type { ReferenceSnapshot } from '../reference/domain/types.ts';
import { nameOf } from '../reference/names.ts';
import { appointmentText } from './domain/appointment.ts';
import type { RequestType } from './domain/vocabulary.ts';
import { PUBLIC_ACTIONS, type RequestAction } from './domain/workflow.ts';
import { vocabularyMessages } from './messages/index.ts';
import { mailMessages } from './messages/mail.ts';
import type { RequestRow } from './store.ts';

// The e-mails of a request's life, written in the requester's language. They are queued with
// the outbox inside the transaction of the change they announce.

export interface MailCase {
  caseId: string;
  reference: string;
  requestType: RequestType;
  kind: string;
  language: Locale;
  requesterEmail: string;
  organisationName: string;
  postcode: string;
  zoneId: string;
  respondBy: string | null;
}

/** What the e-mails need to know about a case. */
export function mailCase(
  row: RequestRow,
  record: Pick<CaseRecord, 'reference' | 'zoneId' | 'respondBy'>,
): MailCase {
  return {
    caseId: row.caseId,
    reference: record.reference,
    requestType: row.requestType as RequestType,
    kind: row.kind,
    language: row.language as Locale,
    requesterEmail: row.requesterEmail,
    organisationName: row.organisationName,
    postcode: row.postcode,
    zoneId: record.zoneId,
    respondBy: record.respondBy,
  };
}

/** Actions the requester is written to about: what they can see, after the submission itself. */
export const ANNOUNCED: ReadonlySet<RequestAction> = new Set(
  [...PUBLIC_ACTIONS].filter((action) => action !== 'submit'),
);

export function what(c: Pick<MailCase, 'language' | 'requestType' | 'kind'>): string {
  const v = vocabularyMessages[c.language];
  return c.requestType === 'support-request'
    ? v.kinds[c.kind as keyof typeof v.kinds]
    : v.offers[c.kind as keyof typeof v.offers];
}

export function zoneOf(snapshot: ReferenceSnapshot, zoneId: string, locale: Locale) {
  const zone = snapshot.zones.get(zoneId);
  return { name: nameOf(zone, zoneId, locale), email: zone?.email };
}

export function statusUrl(publicUrl: string, c: Pick<MailCase, 'language' | 'reference'>): string {
  return `${publicUrl}/${c.language}/professionals/status?reference=${encodeURIComponent(c.reference)}`;
}

function requesterMail(
  snapshot: ReferenceSnapshot,
  publicUrl: string,
  c: MailCase,
  event: 'submitted' | RequestAction,
  values: Record<string, string>,
): OutboxMessage {
  const m = mailMessages[c.language];
  const zone = zoneOf(snapshot, c.zoneId, c.language);
  const template = m[event as keyof typeof m] as { subject: string; body: string };
  const all = {
    reference: c.reference,
    zone: zone.name,
    what: what(c),
    due: c.respondBy ? formatDate(c.language, c.respondBy) : '',
    ...values,
  };
  // The address was never verified: whoever submitted may have typed someone else's. So nothing
  // they typed (their name, their organisation, their description) is written to it; only our
  // fixed text, the reference and the status link (and, later, what staff write).
  const text = [
    m.greeting,
    format(c.language, template.body, all),
    format(c.language, m.follow, { url: statusUrl(publicUrl, c), reference: c.reference }),
    format(c.language, m.signature, { zone: zone.name }),
  ].join('\n\n');
  return {
    topic: `requests.${event}`,
    to: c.requesterEmail,
    locale: c.language,
    subject: format(c.language, template.subject, all),
    text,
    replyTo: zone.email,
  };
}

/** The zone's notice of a new case, and the requester's acknowledgement unless `acknowledge` is false. */
export function submittedMails(
  snapshot: ReferenceSnapshot,
  publicUrl: string,
  c: MailCase,
  { acknowledge }: { acknowledge: boolean },
): OutboxMessage[] {
  const zone = zoneMail(snapshot, publicUrl, c, 'new');
  return acknowledge ? [requesterMail(snapshot, publicUrl, c, 'submitted', {}), zone] : [zone];
}

/** What to send when staff take `action` (after it, with the case's new zone). */
export function actionMails(
  snapshot: ReferenceSnapshot,
  publicUrl: string,
  c: MailCase,
  action: RequestAction,
  payload: Record<string, unknown>,
): OutboxMessage[] {
  if (!ANNOUNCED.has(action)) return [];
  const values: Record<string, string> = {
    clinician: String(payload.clinicianName ?? ''),
    when: appointmentText(c.language, payload) ?? '',
    reason: String(payload.reason ?? ''),
    text: String(payload.text ?? ''),
  };
  const mails = [requesterMail(snapshot, publicUrl, c, action, values)];
  if (action === 'reassign') mails.push(zoneMail(snapshot, publicUrl, c, 'reassigned'));
  return mails;
}

function zoneMail(
  snapshot: ReferenceSnapshot,
  publicUrl: string,
  c: MailCase,
  event: 'new' | 'reassigned',
): OutboxMessage {
  const m = mailMessages[c.language].zone;
  const zone = zoneOf(snapshot, c.zoneId, c.language);
  const values = {
    reference: c.reference,
    what: what(c),
    zone: zone.name,
    organisation: c.organisationName,
    postcode: c.postcode,
    due: c.respondBy ? formatDate(c.language, c.respondBy) : '',
    url: `${publicUrl}/${c.language}/inbox/cases/${c.caseId}`,
  };
  return {
    topic: `requests.zone-${event}`,
    to: zone.email ?? '',
    locale: c.language,
    subject: format(c.language, event === 'new' ? m.subject : m.reassignedSubject, values),
    text: format(c.language, m.body, values),
    replyTo: c.requesterEmail,
  };
}
