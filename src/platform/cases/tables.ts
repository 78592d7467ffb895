import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Platform tables: mechanisms every capability shares. Capabilities keep their own data in
// their own tables and point at these by id.

/**
 * One row per case (a GP request, an organisation offer, an application…): a projection of its
 * action log, kept in the same transaction as each append so inboxes can filter and sort in SQL.
 * The truth is `case_actions`; every column here can be recomputed by folding them.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    caseType: text('case_type').notNull(),
    /** What people quote on the phone and in e-mails, e.g. GP-7K3M-Q9XD. */
    reference: text('reference').notNull().unique(),
    zoneId: text('zone_id').notNull(),
    networkIds: text('network_ids').array().notNull(),
    status: text('status').notNull(),
    version: integer('version').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    /** The date by which the first contact is due (the network's target when the case opened). */
    respondBy: date('respond_by'),
  },
  (table) => [
    index('cases_inbox_idx').on(table.caseType, table.zoneId, table.status),
    index('cases_networks_idx').using('gin', table.networkIds),
  ],
);

/** The append-only log: one row per action, in order. Never updated, never deleted. */
export const caseActions = pgTable(
  'case_actions',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorKind: text('actor_kind').notNull(), // 'staff' | 'requester' | 'clinician' | 'system'
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    actorZoneId: text('actor_zone_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.seq] })],
);
