// The e-mails accounts send, written in the recipient's language and queued in the outbox
// inside the caller's transaction.

import type { Executor } from '../db/database.ts';
import { format, isLocale, type Locale } from '../i18n/index.ts';
import { enqueue, type LinkSealer, type SealedLink } from '../outbox/index.ts';
import { authMessages } from './messages.ts';

type MailKind = 'verify' | 'existing' | 'reset' | 'locked' | 'changed' | 'invitation';

export interface Recipient {
  email: string;
  displayName: string;
  locale: string;
}

/** Links in e-mails: absolute, on PUBLIC_URL, in the recipient's language. */
export function linkTo(publicUrl: string, locale: Locale, path: string, token?: string): string {
  return `${publicUrl}/${locale}${path}${token ? `?token=${token}` : ''}`;
}

/**
 * A link that signs its holder in (confirmation, reset, invitation), sealed for its recipient:
 * the outbox stores it unreadable and opens it only to send it (outbox/sealing.ts).
 */
export function secretLinkTo(
  sealer: LinkSealer,
  publicUrl: string,
  to: Recipient,
  path: string,
  token: string,
): SealedLink {
  const locale: Locale = isLocale(to.locale) ? to.locale : 'fr';
  return sealer.seal(linkTo(publicUrl, locale, path, token), to.email);
}

export function queueAuthMail(
  tx: Executor,
  kind: MailKind,
  to: Recipient,
  values: Record<string, string | number>,
): Promise<string> {
  const locale: Locale = isLocale(to.locale) ? to.locale : 'fr';
  const m = authMessages[locale].mail;
  const text = [
    format(locale, m.greeting, { name: to.displayName }),
    format(locale, m[kind].body, values),
    m.signature,
  ].join('\n\n');
  return enqueue(tx, {
    topic: `auth.${kind}`,
    to: to.email,
    locale,
    subject: m[kind].subject,
    text,
  });
}
