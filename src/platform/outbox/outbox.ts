// The outbox's public API for capabilities: `enqueue(tx, message)` inside the transaction that
// makes the change the message announces. Nothing is sent until that transaction commits; the
// poller (delivery.ts) then sends it, retrying with backoff, at most once per row.
//
// A message that carries a link signing someone in (a `token=` parameter) must carry it sealed
// (sealing.ts): `enqueue` refuses it in clear, so no stored message holds a usable link.

import { sql } from 'drizzle-orm';
import { carriesUsableToken } from '../auth/tokens.ts';
import type { Executor } from '../db/database.ts';
import type { Locale } from '../i18n/index.ts';

/**
 * An e-mail, already written in its reader's language: templates are localized by the caller
 * (each capability's messages.ts), the outbox only carries them.
 */
export interface OutboxMessage {
  /** What it is about, shown to platform admins on the outbox page: 'auth.verify-email', 'requests.acknowledged'. */
  topic: string;
  /** One address. */
  to: string;
  /** The language the message is written in; sent as Content-Language. */
  locale: Locale;
  subject: string;
  /**
   * The plain-text body; always present (some readers only read text). A link with a token is
   * put in sealed (`sealer.seal(link, to)`), never in clear.
   */
  text: string;
  /** An optional HTML alternative; must say the same as `text`. */
  html?: string | undefined;
  /** Where answers go, e.g. a zone's role mailbox. */
  replyTo?: string | undefined;
  /** Small text files sent with it, such as an event's .ics (checked for tokens like the body). */
  attachments?: Array<{ filename: string; contentType: string; content: string }> | undefined;
}

/**
 * Writes a message to send after `tx` commits. Call it with the transaction handle of the
 * change the message announces (never the bare database): if the change rolls back, so does
 * the message. Returns the message id (also its Message-ID, so a receiver can tell repeats).
 */
export async function enqueue(tx: Executor, message: OutboxMessage): Promise<string> {
  return (await enqueueIf(tx, true, message))!;
}

/**
 * `enqueue` when `queue` is true; otherwise the same statement, writing nothing (null). For
 * answers that must not tell, by how long they take, whether a message was queued: a password
 * reset asked for an address that may have no account.
 */
export async function enqueueIf(
  tx: Executor,
  queue: boolean,
  message: OutboxMessage,
): Promise<string | null> {
  if (
    [
      message.subject,
      message.text,
      message.html ?? '',
      ...(message.attachments ?? []).map((a) => a.content),
    ].some(carriesUsableToken)
  ) {
    // A programming error, caught by any test that sends the message: seal the link.
    throw new Error(`outbox message ${message.topic}: a link with a token must be sealed (LinkSealer)`);
  }
  const result = await tx.execute<{ id: string }>(sql`
    insert into outbox_messages (topic, recipient, locale, subject, text_body, html_body, reply_to, attachments)
    select ${message.topic}::text, ${message.to}::text, ${message.locale}::text, ${message.subject}::text,
           ${message.text}::text, ${message.html ?? null}::text, ${message.replyTo ?? null}::text,
           ${message.attachments ? JSON.stringify(message.attachments) : null}::jsonb
     where ${queue}::boolean
    returning id`);
  return result.rows[0]?.id ?? null;
}
