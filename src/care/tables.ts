import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
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
    /** Where the patient lives, as a postcode only (optional): reporting counts reach by commune. */
    residencePostcode: text('residence_postcode'),
    /**
     * The coordinator zone of the session's location for its network, set by the database when
     * the session is inserted (migration 0019+: reporting counters), null when none is known.
     */
    zoneId: text('zone_id'),
    /**
     * The Statbel NIS code of the commune of `residencePostcode`, set by the database when the
     * session is inserted (reporting migration 0023), so that reporting counts it in the commune
     * it was recorded in whatever the reference data says later; null when unknown.
     */
    residenceCommune: text('residence_commune'),
    /**
     * The conventioned service whose contingent the session draws on, set by the database when
     * the session is inserted (migration 0030, service-sessions): the signed, listed service of
     * the session's network that employs the clinician on the session's date; null for a
     * clinician's own convention. Like the zone, never rewritten afterwards.
     */
    serviceId: uuid('service_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // A patient's path over a window: every recording reads it under the patient's lock.
    index('care_sessions_patient_date_idx').on(table.patientKey, table.date, table.seq),
    // A clinician's own list of sessions (self-service).
    index('care_sessions_clinician_date_idx').on(table.clinicianId, table.date),
    // Statements never read this table: they read care_statement_counts (below). Every index
    // here is paid for by each recording and re-decision.
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

// Statements read counters, not sessions. Every change to care_sessions appends what it adds to
// or takes from a statement to care_statement_changes (a trigger does it in the same
// transaction: see migration 0017), and a fold (statement-rows.ts) regularly moves those
// changes into care_statement_counts, per calendar month and per calendar year. A statement sums
// the counters of its months or years with the changes not folded yet, in one snapshot: it is
// exact whenever it is read, and a year's statement reads a few rows per clinician instead of a
// year of sessions. Recording only ever inserts a change row, so recordings never wait on each
// other for a counter; only the fold updates counters, one fold at a time.

/**
 * What statements count, by network, clinician, function, mode, outcome ('cancelled',
 * 'reimbursed', or the reason code a session was not reimbursed for) and zone. Copays and fees are those
 * of the sessions not cancelled; unknown fees, the reimbursed ones whose fee no source gives.
 */
const counted = () => ({
  networkId: text('network_id').notNull(),
  clinicianId: uuid('clinician_id').notNull(),
  function: text('function').notNull(),
  mode: text('mode').notNull(),
  outcome: text('outcome').notNull(),
  sessions: integer('sessions').notNull(),
  copayCents: bigint('copay_cents', { mode: 'number' }).notNull(),
  feeCents: bigint('fee_cents', { mode: 'number' }).notNull(),
  unknownFees: integer('unknown_fees').notNull(),
  /**
   * The session's coordinator zone (care_sessions.zone_id), '' when none is known: budgets read
   * each zone envelope's consumption from the counters (migration 0024, services-and-zone-counters). Last, as the column was
   * added after the others and the trigger's row function gives the table's column order.
   */
  zoneId: text('zone_id').notNull().default(''),
  /**
   * The conventioned service the sessions draw on (care_sessions.service_id), '' for a
   * clinician's own convention: budgets read each service's consumption from the counters
   * (migration 0030, service-sessions). Last, for the same reason as the zone.
   */
  serviceId: text('service_id').notNull().default(''),
});

/**
 * The grains of a network's counters: every clinician together (clinician NO_CLINICIAN), by zone
 * and service (migrations 0033 and 0038). A year of a network's burn-down reads a few hundred of
 * them where its clinicians' month counters are some 200,000 rows at a million sessions
 * (bench:care); a budget reads its year from them with only its contingents' holders one by one
 * (network-statement-rows.ts). Statements never read them: they ask for 'month' or 'year'.
 */
export const NETWORK_GRAINS = { month: 'network-month', year: 'network-year' } as const;
export const NO_CLINICIAN = '00000000-0000-0000-0000-000000000000';

export const careStatementCounts = pgTable(
  'care_statement_counts',
  {
    grain: text('grain').notNull(), // 'month' | 'year' | a network's (NETWORK_GRAINS)
    /** The first day of the month or year counted. */
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    ...counted(),
  },
  (table) => [
    primaryKey({
      name: 'care_statement_counts_pk',
      columns: [
        table.grain,
        table.periodStart,
        table.networkId,
        table.clinicianId,
        table.function,
        table.mode,
        table.outcome,
        table.zoneId,
        table.serviceId,
      ],
    }),
  ],
);

/** Changes to the counters not folded into care_statement_counts yet: +1 or −1 session each. */
export const careStatementChanges = pgTable('care_statement_changes', {
  date: date('date', { mode: 'string' }).notNull(),
  ...counted(),
});

/**
 * How many session previews and recordings each clinician made in the current clock hour: each
 * one reads a patient's path across every clinician, so a clinician may make only so many an
 * hour (SESSION_PREVIEWS_PER_HOUR). One row per clinician, counted and reset by one statement
 * (store.ts, takeHourlyUse), so every instance shares the same count.
 */
export const careClinicianUse = pgTable('care_clinician_use', {
  clinicianId: uuid('clinician_id').primaryKey(),
  hour: timestamp('hour', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
});

/**
 * Sessions of a group that the convention makes free and anonymous (community interventions,
 * F1: domain/anonymous.ts), one per participant, with no patient key, birth date or NISS. They
 * have no cap and no copay, so no patient path reads them and no later decision depends on them;
 * statements count them apart, as groups held (`groupKey`) and participants (rows).
 */
export const careAnonymousSessions = pgTable(
  'care_anonymous_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /**
     * What this participant's session was recorded from (an event registration): recording the
     * same source again returns the session already recorded instead of a second one.
     */
    sourceKey: text('source_key').notNull(),
    /** The group it was part of (an event): statements count distinct groups by it. */
    groupKey: text('group_key').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    networkId: text('network_id').notNull(),
    locationId: uuid('location_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    function: text('function').notNull(),
    mode: text('mode').notNull(),
    convention: text('convention').notNull(),
    copayCents: integer('copay_cents').notNull(),
    feeCents: integer('fee_cents'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('care_anonymous_sessions_source_idx').on(table.sourceKey),
    index('care_anonymous_sessions_network_date_idx').on(table.networkId, table.date),
  ],
);
