import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The transactional outbox: a message to send is a row written in the same transaction as the
 * change it announces, so a rolled-back change sends nothing and a committed one is never
 * forgotten. The poller (outbox/delivery.ts) sends rows after commit. All times are the
 * database's clock, so instances with skewed clocks agree on what is due.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the message is about, for people reading the outbox page: 'auth.verify-email'. */
    topic: text('topic').notNull(),
    recipient: text('recipient').notNull(),
    /** The language the caller wrote it in (fr, nl, en): sent as Content-Language. */
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    replyTo: text('reply_to'),
    /** Files sent with it (an event's .ics): small text files only, never a sign-in link. */
    attachments:
      jsonb('attachments').$type<Array<{ filename: string; contentType: string; content: string }>>(),
    /** pending → sending → sent; or back to pending (retry), failed (gave up), uncertain (see delivery.ts). */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('outbox_messages_due_idx').on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`),
    index('outbox_messages_created_idx').on(table.createdAt),
  ],
);
