import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../platform/cases/tables.ts';

/**
 * Standing arrangements: a GP practice's case-advice request for a fixed weekly time becomes a
 * recurring slot with the clinician assigned to the request. The GP's link token is never stored:
 * only its SHA-256 (the token is rebuilt from the id under a key derived from the cookie secret).
 */
export const arrangements = pgTable(
  'arrangements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The GP's case-advice request it was made from (platform cases table). */
    requestCaseId: uuid('request_case_id')
      .notNull()
      .references(() => cases.id),
    zoneId: text('zone_id').notNull(),
    /** The directory clinician assigned to the request when it was made. */
    clinicianId: text('clinician_id').notNull(),
    clinicianName: text('clinician_name').notNull(),
    practice: text('practice').notNull(),
    gpName: text('gp_name').notNull(),
    gpEmail: text('gp_email').notNull(),
    /** The GP's correspondence language: their e-mail and their page's default. */
    language: text('language').notNull(),
    weekday: text('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    firstDay: date('first_day').notNull(),
    lastDay: date('last_day').notNull(),
    everyWeeks: integer('every_weeks').notNull().default(1),
    venue: text('venue'),
    onlineUrl: text('online_url'),
    status: text('status').notNull().default('active'),
    gpTokenHash: text('gp_token_hash').notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** 'clinician' or 'gp'. */
    endedBy: text('ended_by'),
    endReason: text('end_reason'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('arrangements_gp_token_idx').on(table.gpTokenHash),
    index('arrangements_clinician_idx').on(table.clinicianId),
    // A request becomes one active arrangement (an ended one may be replaced).
    uniqueIndex('arrangements_request_idx').on(table.requestCaseId).where(sql`${table.status} = 'active'`),
  ],
);

/**
 * What happened to one of an arrangement's dates: skipped (by whom), or its hours logged (the
 * first-line hours entry, recorded on the request's case).
 */
export const arrangementDays = pgTable(
  'arrangement_days',
  {
    arrangementId: uuid('arrangement_id')
      .notNull()
      .references(() => arrangements.id),
    day: date('day').notNull(),
    skippedAt: timestamp('skipped_at', { withTimezone: true }),
    skippedBy: text('skipped_by'),
    /**
     * Set when the clinician starts logging the slot's hours, before the entry is recorded: two
     * submissions at once claim the slot one at a time, so its hours are recorded once.
     */
    hoursClaimedAt: timestamp('hours_claimed_at', { withTimezone: true }),
    hoursEntryId: uuid('hours_entry_id'),
  },
  (table) => [primaryKey({ columns: [table.arrangementId, table.day] })],
);
