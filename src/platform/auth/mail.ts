// The e-mails accounts send, written in the recipient's language and queued in the outbox
// inside the caller's transaction.

import type { Executor } from '../db/database.ts';
import { format, isLocale, type Locale } from '../i18n/index.ts';
import { enqueueIf, type LinkSealer, type SealedLink } from '../outbox/index.ts';
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

/**
 * Writes the message and queues it; with `queue: false` it is written the same way and not
 * queued, by the same statement (see enqueueIf): for answers that must not tell by their timing
 * whether someone was written to.
 */
export async function queueAuthMail(
  tx: Executor,
  kind: MailKind,
  to: Recipient,
  values: Record<string, string | number>,
  { queue = true }: { queue?: boolean } = {},
): Promise<void> {
  const locale: Locale = isLocale(to.locale) ? to.locale : 'fr';
  const m = authMessages[locale].mail;
  const text = [
    format(locale, m.greeting, { name: to.displayName }),
    format(locale, m[kind].body, values),
    m.signature,
  ].join('\n\n');
  await enqueueIf(tx, queue, {
    topic: `auth.${kind}`,
    to: to.email,
    locale,
    subject: m[kind].subject,
    text,
  });
}
