import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// A plan is never updated in place: each change is a new version (domain/versions.ts), and the
// plan is the replay of its versions. Versions are few (a network changes its plan a few times a
// month), so replaying on read costs nothing next to reading the care counters.

export const budgetPlanVersions = pgTable(
  'budget_plan_versions',
  {
    networkId: text('network_id').notNull(),
    year: integer('year').notNull(),
    /** 1, 2, 3… per network and year; the key stops two writers making the same version. */
    number: integer('number').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Who made it: an e-mail address, or 'api' for the API token's holder. */
    by: text('by').notNull(),
    /** The change (domain/versions.ts, PlanChange). */
    change: jsonb('change').notNull(),
  },
  (table) => [primaryKey({ columns: [table.networkId, table.year, table.number] })],
);

/** Alerts raised, so that each threshold of each envelope is raised once a year. */
export const budgetAlerts = pgTable(
  'budget_alerts',
  {
    networkId: text('network_id').notNull(),
    year: integer('year').notNull(),
    envelopeId: text('envelope_id').notNull(),
    kind: text('kind').notNull(), // 'consumption' | 'forecast'
    threshold: integer('threshold').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.networkId, table.year, table.envelopeId, table.kind, table.threshold] }),
  ],
);

/**
 * Time a clinician spent supporting a GP or an organisation on their case (advice, joint
 * consultation, knowledge session, case advice): consumed from the network's first-line support
 * envelope at its first-line hourly rate. Hours are whole quarter hours, stored as a count of them.
 */
export const firstLineHours = pgTable(
  'first_line_hours',
  {
    id: uuid('id').primaryKey(),
    networkId: text('network_id').notNull(),
    /** The directory clinician (from the signed-in account's link, never from the form). */
    clinicianId: text('clinician_id').notNull(),
    /** The request case the time was spent on (platform cases table); null for an event's hours. */
    caseId: uuid('case_id'),
    /** The GP event (knowledge session, CPM meeting) the time was spent on; null for a case's hours. */
    eventId: uuid('event_id'),
    day: date('day').notNull(),
    quarterHours: integer('quarter_hours').notNull(),
    kind: text('kind').notNull(), // 'advice' | 'joint-consultation' | 'knowledge-session' | 'case-advice'
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
    /** The last correction (the clinician's, with a reason; every one is in the audit log too). */
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    correctionReason: text('correction_reason'),
  },
  (table) => [
    index('first_line_hours_network_day_idx').on(table.networkId, table.day),
    index('first_line_hours_clinician_idx').on(table.clinicianId, table.day),
    // Time is spent either on a case or on an event, never both or neither.
    check('first_line_hours_one_subject', sql`(${table.caseId} is null) <> (${table.eventId} is null)`),
  ],
);
