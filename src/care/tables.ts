import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Sessions as recorded, with the decision each has now. A session is never deleted and its
// decision never changes silently: every recording, cancellation and re-decision appends an
// event (care_session_events, which the database itself keeps append-only). The columns of
// care_sessions are the current state those events lead to, kept for fast statements.
// The patient is only a key: HMAC-SHA256 of the NISS with the platform secret; no NISS here.

export const careSessions = pgTable(
  'care_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Recording order: sessions of one day are decided in this order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    patientKey: text('patient_key').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    networkId: text('network_id').notNull(),
    locationId: uuid('location_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** Needed to decide the session again (age on each date); the NISS itself is never kept. */
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    bim: boolean('bim').notNull(),
    function: text('function').notNull(),
    mode: text('mode').notNull(),
    networkType: text('network_type').notNull(), // 'youth' | 'adult'
    functionalAssessment: boolean('functional_assessment').notNull(),
    reimbursable: boolean('reimbursable').notNull(),
    reason: text('reason'),
    sessionNumber: integer('session_number'),
    cap: integer('cap'),
    copayCents: integer('copay_cents'),
    firstSessionFree: boolean('first_session_free').notNull(),
    convention: text('convention'),
    feeCents: integer('fee_cents'),
    cancelled: boolean('cancelled').notNull().default(false),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // A patient's path over a window: every recording reads it under the patient's lock.
    index('care_sessions_patient_date_idx').on(table.patientKey, table.date, table.seq),
    // Monthly statements read one month of sessions.
    index('care_sessions_date_idx').on(table.date),
    // A clinician's own list of sessions (self-service).
    index('care_sessions_clinician_date_idx').on(table.clinicianId, table.date),
    // care_sessions_statement_idx (network, clinician, function, mode) INCLUDE (date and the
    // outcome columns) is created by hand in migration 0003, as drizzle cannot write INCLUDE:
    // statements over long periods read it alone, already in statement order.
  ],
);

export const careSessionEvents = pgTable(
  'care_session_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => careSessions.id),
    kind: text('kind').notNull(), // 'recorded' | 'cancelled' | 'redecided'
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The session whose recording or cancellation caused this re-decision. */
    causeSessionId: uuid('cause_session_id'),
    /** Why a session was cancelled, as the clinician wrote it. */
    note: text('note'),
    /** The decision from this event on (recorded, redecided). */
    decision: jsonb('decision'),
  },
  (table) => [index('care_session_events_session_idx').on(table.sessionId, table.id)],
);

/**
 * Clinicians as they were named when they last recorded a session: statements name thousands of
 * clinicians at once and must not ask the directory one by one.
 */
export const careClinicians = pgTable('care_clinicians', {
  id: uuid('id').primaryKey(),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  inami: text('inami'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
