import { boolean, date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

// Reporting reads counters, never the sessions themselves. The database keeps them: a trigger on
// care_sessions (see the reporting migration) adds and takes sessions here in the transaction
// that records, cancels or re-decides them, so no code path can change a session without its
// counters following.
//
// One row per patient and cell: counting a cell's sessions sums rows, counting its patients
// counts rows, and "new patients" compare a patient's months. Every change to one patient's
// sessions already runs under that patient's lock (care/sql.ts), so two recordings never wait on
// each other for a row here. Cancelled sessions are not counted.

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
    sessions: integer('sessions').notNull(),
  },
  (table) => [
    // Network and month first: every report reads a network's months.
    primaryKey({
      name: 'reporting_session_cells_pk',
      columns: [
        table.networkId,
        table.month,
        table.patientKey,
        table.zoneId,
        table.function,
        table.mode,
        table.outcome,
        table.ageBand,
        table.bim,
        table.residencePostcode,
      ],
    }),
  ],
);
