// The statement that stores recorded sessions: each session with its decision, its 'recorded'
// event and the recording's audit entry. One statement, as each statement a recording adds holds
// a connection longer (bench:care); and one statement for every recording of a shared
// transaction (patient-batches.ts), as each statement on care_sessions also runs its two
// statement-level triggers, which queue the session for the statements and for reporting.

import { AUDIT_COLUMNS, type AuditEntry, auditValues } from '../platform/audit/audit.ts';
import type { SessionDecision } from './domain/index.ts';
import type { SqlStatement } from './sql.ts';
import { type CareSessionRow, decisionColumns } from './store.ts';

/** A session as recorded, before its decision. */
export type NewSession = Omit<
  CareSessionRow,
  | 'seq'
  | 'cancelled'
  | 'recordedAt'
  | 'zoneId'
  | 'residenceCommune'
  | 'serviceId'
  | keyof ReturnType<typeof decisionColumns>
>;

/** One recording to store: the session, its decision, the audit entry of the act. */
export interface Recording {
  row: NewSession;
  decision: SessionDecision;
  audited: AuditEntry;
}

const SESSION_INSERT_COLUMNS =
  'id, patient_key, clinician_id, network_id, location_id, date, birth_date, bim, function, mode, ' +
  'network_type, functional_assessment, reimbursable, reason, session_number, cap, copay_cents, ' +
  'first_session_free, convention, fee_cents, residence_postcode';

/**
 * The statement for these recordings, in their order. Rows of VALUES take their columns' types,
 * so that its parameters may also be written in as literals (platform/db/prepared-reads.ts,
 * withLiterals). A shared transaction writes it once for all its recordings (sql.ts, combined).
 */
export function recordingsInsert(recordings: readonly Recording[]): SqlStatement {
  const values: unknown[] = [];
  const param = (value: unknown, cast = '') => {
    values.push(value);
    return `$${values.length}${cast}`;
  };
  const sessions: string[] = [];
  const events: string[] = [];
  const entries: string[] = [];
  for (const { row, decision, audited } of recordings) {
    const decided = decisionColumns(decision);
    const id = param(row.id);
    const columns = [
      id,
      param(row.patientKey),
      param(row.clinicianId),
      param(row.networkId),
      param(row.locationId),
      param(row.date),
      param(row.birthDate),
      param(row.bim),
      param(row.function),
      param(row.mode),
      param(row.networkType),
      param(row.functionalAssessment),
      param(decided.reimbursable),
      param(decided.reason),
      param(decided.sessionNumber),
      param(decided.cap),
      param(decided.copayCents),
      param(decided.firstSessionFree),
      param(decided.convention),
      param(decided.feeCents),
      param(row.residencePostcode),
    ];
    sessions.push(`(${columns.join(', ')})`);
    events.push(`(${id}, 'recorded', ${param(JSON.stringify(decided), '::jsonb')})`);
    const audit = auditValues(audited);
    entries.push(
      `(${audit.map((value, i) => param(value, i === audit.length - 1 ? '::jsonb' : '')).join(', ')})`,
    );
  }
  return {
    // Prepared by name when alone (a recording that re-decides later sessions sends it so).
    ...(recordings.length === 1 ? { name: 'care-insert-session' } : {}),
    text: `with inserted as (
        insert into care_sessions (${SESSION_INSERT_COLUMNS}) values ${sessions.join(', ')}),
      recorded as (
        insert into care_session_events (session_id, kind, decision) values ${events.join(', ')})
      insert into audit_log (${AUDIT_COLUMNS}) values ${entries.join(', ')}`,
    values,
  };
}
