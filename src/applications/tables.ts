import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../platform/cases/tables.ts';

/**
 * What a clinician or a service applied with, one row per case (the case's life is in the
 * platform's case tables). Columns the back office filters on are typed; the answers are `details`.
 */
export const applications = pgTable(
  'applications',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(), // 'clinician' | 'service'
    /** The account that applied: it owns the case and sees it in its space. */
    accountId: uuid('account_id').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantEmail: text('applicant_email').notNull(),
    /** The language the applicant is written to in (fr, nl, en). */
    locale: text('locale').notNull(),
    sessionsPerWeek: integer('sessions_per_week').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    /** Set when approved: the networks that approved, and when (budget "used this year"). */
    approvedNetworkIds: text('approved_network_ids').array(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The directory profile made at signature. */
    clinicianId: uuid('clinician_id'),
  },
  (table) => [index('applications_account_idx').on(table.accountId)],
);

/** A questionnaire being filled in, kept per account so progress survives between visits. */
export const applicationDrafts = pgTable(
  'application_drafts',
  {
    accountId: uuid('account_id').notNull(),
    form: text('form').notNull(), // 'clinician' | 'service'
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.form] })],
);

/**
 * Uploaded documents. The bytes are under DATA_DIR/files with `storedName` (random); the name
 * the sender gave is kept only to label the download. A document belongs to a draft (no case
 * yet) and then to the case it was submitted with or added to.
 */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    documentKind: text('document_kind').notNull(), // 'diploma' | 'visa' | 'other'
    storedName: text('stored_name').notNull().unique(),
    originalName: text('original_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('application_files_case_idx').on(table.caseId)],
);
