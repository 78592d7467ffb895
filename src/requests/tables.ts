import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../platform/cases/tables.ts';

/**
 * What a GP or an organisation asked, one row per case (the case's life is in the platform's
 * case tables). The columns an inbox filters on are typed; the whole answer is `details`.
 */
export const requests = pgTable(
  'requests',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    requestType: text('request_type').notNull(), // 'support-request' | 'partner-offer'
    /** The GP's kind of support, or the organisation's kind of offer. */
    kind: text('kind').notNull(),
    ageGroups: text('age_groups').array().notNull(),
    /** The language the requester is written to in (one of CORRESPONDENCE_LANGUAGES). */
    language: text('language').notNull(),
    requesterName: text('requester_name').notNull(),
    /** Lower-cased: the status page matches it with the reference. */
    requesterEmail: text('requester_email').notNull(),
    /** The practice or the organisation, as the inbox lists it. */
    organisationName: text('organisation_name').notNull(),
    postcode: text('postcode').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index('requests_type_kind_idx').on(table.requestType, table.kind)],
);

/**
 * A form being filled in, kept on the server so that nothing typed is lost between pages, with
 * or without JavaScript. The id is random (128 bits) and travels in a signed cookie.
 */
export const requestDrafts = pgTable('request_drafts', {
  id: text('id').primaryKey(),
  form: text('form').notNull(), // 'support' | 'partner'
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Per-network settings of the request inbox (a network admin changes them; not code). */
export const requestSettings = pgTable('request_settings', {
  networkId: text('network_id').primaryKey(),
  /** Target for the first contact with a requester, in working days. */
  firstContactDays: integer('first_contact_days').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
