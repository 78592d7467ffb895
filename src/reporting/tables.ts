import { boolean, customType, date, integer, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';

// Reporting reads counters, never the sessions themselves. The database keeps them: triggers on
// care_sessions append what each recording, cancellation or re-decision adds and takes to
// reporting_pending_cells, in the writer's own transaction, so no code path can change a session
// without its counters following. Folding those changes into the counters (distinct patients are
// the costly part) is left to reporting_fold_pending(), which readers call before reading and a
// poller every ten seconds (migration 0035): recording no longer pays for it session by session.
//
// Requests read only the three counter tables below the cells, which hold no patient: their
// size follows the networks' variety (months, functions, age bands, communes…), not the number
// of sessions or patients. Distinct patients are counted when changes are folded, not when
// figures are read.
//
// The counters keep a stripe column from when recordings updated them concurrently (migration
// 0029 spread rows over 32 stripes); since the fold became their only writer, one fold at a time,
// every row is on stripe 0 (migration 0040). Readers still sum over it.

/**
 * One row per patient and cell: what each patient contributes, so that a change can tell which
 * patient counters it moves. Only the fold reads and writes it, patient by patient (its key starts
 * with the patient), one fold at a time.
 */
export const reportingSessionCells = pgTable(
  'reporting_session_cells',
  {
    networkId: text('network_id').notNull(),
    /** The first day of the session's month. */
    month: date('month', { mode: 'string' }).notNull(),
    patientKey: text('patient_key').notNull(),
    /** The location's coordinator zone; '' when none is known. */
    zoneId: text('zone_id').notNull(),
    function: text('function').notNull(),
    mode: text('mode').notNull(),
    /** 'reimbursed', or the reason code the session was not reimbursed for ('not-reimbursed' without one). */
    outcome: text('outcome').notNull(),
    /** The patient's age band on the session's date (domain/age-bands.ts). */
    ageBand: text('age_band').notNull(),
    bim: boolean('bim').notNull(),
    /** The patient's postcode of residence; '' when not given. */
    residencePostcode: text('residence_postcode').notNull(),
    /** The NIS code of that postcode's commune when the session was recorded; '' when unknown. */
    commune: text('commune').notNull().default(''),
    sessions: integer('sessions').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'reporting_session_cells_pk',
      columns: [
        table.networkId,
        table.patientKey,
        table.month,
        table.zoneId,
        table.function,
        table.mode,
        table.outcome,
        table.ageBand,
        table.bim,
        table.residencePostcode,
        table.commune,
      ],
    }),
  ],
);

/**
 * A whole cell as one value: the row type of reporting_session_cells, which PostgreSQL defines
 * with that table. The queue below holds cells in it, so that they go in and out as rows of the
 * cells, whatever the order of their columns. Only SQL reads it (reporting_fold_pending()).
 */
const sessionCell = customType<{ data: string }>({ dataType: () => 'reporting_session_cells' });

/**
 * What recordings, cancellations and re-decisions add to (sessions 1) and take from (-1) the cells,
 * not folded yet: a queue with no key, emptied by reporting_fold_pending().
 */
export const reportingPendingCells = pgTable('reporting_pending_cells', {
  cell: sessionCell('cell').notNull(),
});

/** Sessions not cancelled, by network, zone, month, function, mode, outcome, age band, BIM and commune. */
export const reportingSessionCounts = pgTable(
  'reporting_session_counts',
  {
    networkId: text('network_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    zoneId: text('zone_id').notNull(),
    function: text('function').notNull(),
    mode: text('mode').notNull(),
    outcome: text('outcome').notNull(),
    ageBand: text('age_band').notNull(),
    bim: boolean('bim').notNull(),
    commune: text('commune').notNull(),
    stripe: smallint('stripe').notNull(),
    sessions: integer('sessions').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'reporting_session_counts_pk',
      columns: [
        table.networkId,
        table.month,
        table.zoneId,
        table.function,
        table.mode,
        table.outcome,
        table.ageBand,
        table.bim,
        table.commune,
        table.stripe,
      ],
    }),
  ],
);

/**
 * The groupings distinct patients are counted by (domain/grains.ts names the same): a patient
 * counts once per grain and value, whatever their sessions. Without `by_zone`, across the network.
 */
export const reportingGrains = pgTable('reporting_grains', {
  grain: text('grain').primaryKey(),
  byZone: boolean('by_zone').notNull(),
  byFunction: boolean('by_function').notNull(),
  byMode: boolean('by_mode').notNull(),
  byOutcome: boolean('by_outcome').notNull(),
  byAgeBand: boolean('by_age_band').notNull(),
  byBim: boolean('by_bim').notNull(),
  byCommune: boolean('by_commune').notNull(),
});

/**
 * Patients by grain, value and month, split by the month they were last seen before it in the same
 * grain and value (`previous`; -infinity when never). One patient seen in months m1 < m2 < … adds 1
 * to (m1, -infinity), (m2, m1), …; so the patients of any months [a, b] are the rows of months
 * a to b whose `previous` is before a, and the new patients of month m those whose `previous` is
 * more than twelve months before m. Columns a grain does not group by hold '' (false for bim).
 */
export const reportingPatientCounts = pgTable(
  'reporting_patient_counts',
  {
    networkId: text('network_id').notNull(),
    grain: text('grain').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    previous: date('previous', { mode: 'string' }).notNull(),
    zoneId: text('zone_id').notNull(),
    function: text('function').notNull(),
    mode: text('mode').notNull(),
    outcome: text('outcome').notNull(),
    ageBand: text('age_band').notNull(),
    bim: boolean('bim').notNull(),
    commune: text('commune').notNull(),
    stripe: smallint('stripe').notNull(),
    patients: integer('patients').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'reporting_patient_counts_pk',
      columns: [
        table.networkId,
        table.grain,
        table.month,
        table.previous,
        table.zoneId,
        table.function,
        table.mode,
        table.outcome,
        table.ageBand,
        table.bim,
        table.commune,
        table.stripe,
      ],
    }),
  ],
);

/**
 * The public page's quarters: each patient of a network's quarter in one class, the youngest age
 * band they were seen in that quarter and whether any of their sessions had BIM, with their sessions.
 */
export const reportingQuarterBands = pgTable(
  'reporting_quarter_bands',
  {
    networkId: text('network_id').notNull(),
    /** The first day of the quarter. */
    quarter: date('quarter', { mode: 'string' }).notNull(),
    ageBand: text('age_band').notNull(),
    bim: boolean('bim').notNull(),
    stripe: smallint('stripe').notNull(),
    patients: integer('patients').notNull(),
    sessions: integer('sessions').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'reporting_quarter_bands_pk',
      columns: [table.networkId, table.quarter, table.ageBand, table.bim, table.stripe],
    }),
  ],
);
