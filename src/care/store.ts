// The care tables as recording, cancelling and reading sessions use them. These queries are
// written as SQL text, prepared once per connection, rather than built by drizzle on each call:
// on the recording path drizzle's query building took a fifth of the server's CPU (profiled
// under bench:care's load), and recording is the one write every clinician makes many times a
// day. The tables themselves are still declared in tables.ts, and the column list below is read
// from that declaration, so the two cannot drift apart.

import { getTableColumns } from 'drizzle-orm';
import { type BoundRead, PreparedRead } from '../platform/db/prepared-reads.ts';
import {
  ageOn,
  type CareFunction,
  type ConventionId,
  type IsoDate,
  type NetworkType,
  type ReasonCode,
  type RecordedSession,
  type SessionDecision,
  type SessionMode,
} from './domain/index.ts';
import type { SessionView } from './outcomes.ts';
import type { SqlClient } from './sql.ts';
import { careSessions } from './tables.ts';

export type CareSessionRow = typeof careSessions.$inferSelect;

/** Every column of care_sessions, named as CareSessionRow names them. */
const SESSION_COLUMNS = Object.entries(getTableColumns(careSessions))
  .map(([field, column]) => `"${column.name}" as "${field}"`)
  .join(', ');

/** The decision columns a SessionDecision is stored in. */
export function decisionColumns(decision: SessionDecision) {
  return {
    reimbursable: decision.reimbursable,
    reason: decision.reason,
    sessionNumber: decision.sessionNumber,
    cap: decision.cap,
    copayCents: decision.copayCents,
    firstSessionFree: decision.firstSessionFree,
    convention: decision.convention,
    feeCents: decision.feeCents,
  };
}

/** Turns a row back into the session and decision the domain knows. */
export function toRecordedSession(row: CareSessionRow, windowMonths: number): RecordedSession {
  const proposed = {
    date: row.date,
    birthDate: row.birthDate,
    bim: row.bim,
    function: row.function as CareFunction,
    mode: row.mode as SessionMode,
    networkType: row.networkType as NetworkType,
    functionalAssessment: row.functionalAssessment,
  };
  const decision: SessionDecision = {
    reimbursable: row.reimbursable,
    reason: row.reason as ReasonCode | null,
    sessionNumber: row.sessionNumber,
    cap: row.cap,
    copayCents: row.copayCents,
    firstSessionFree: row.firstSessionFree,
    convention: row.convention as ConventionId | null,
    feeCents: row.feeCents,
    // Echoed fields, derived again rather than stored.
    ageOnDate: ageOn(row.birthDate, row.date),
    capGroup: row.networkType as NetworkType,
    function: proposed.function,
    mode: proposed.mode,
    networkType: proposed.networkType,
    windowMonths,
  };
  return { ...proposed, id: row.id, decision };
}

/** A session as the service answers it, with its decision. */
export function sessionView(row: CareSessionRow, windowMonths: number): SessionView {
  return {
    id: row.id,
    date: row.date,
    function: row.function as CareFunction,
    mode: row.mode as SessionMode,
    clinicianId: row.clinicianId,
    networkId: row.networkId,
    locationId: row.locationId,
    networkType: row.networkType as NetworkType,
    bim: row.bim,
    functionalAssessment: row.functionalAssessment,
    cancelled: row.cancelled,
    recordedAt: row.recordedAt.toISOString(),
    decision: toRecordedSession(row, windowMonths).decision,
  };
}

/**
 * A patient's sessions not cancelled, dated `from` or later, in path order (date, recording
 * order): read in the round trip that takes the patient's lock (sql.ts), which saves a round trip
 * under the lock, and prepared once per connection there (platform/db/prepared-reads.ts).
 */
const PATIENT_PATH = new PreparedRead(
  'care_patient_path',
  ['text', 'date'],
  `select ${SESSION_COLUMNS} from care_sessions
    where patient_key = $1 and date >= $2 and not cancelled order by date, seq`,
);

export function patientPathRead(patientKey: string, from: IsoDate): BoundRead {
  return PATIENT_PATH.with(patientKey, from);
}

export async function patientPath(
  db: SqlClient,
  patientKey: string,
  from: IsoDate,
): Promise<CareSessionRow[]> {
  return (await db.query<CareSessionRow>(PATIENT_PATH.query(patientKey, from))).rows;
}

export async function findCareSession(db: SqlClient, id: string): Promise<CareSessionRow | null> {
  const result = await db.query<CareSessionRow>({
    name: 'care-find-session',
    text: `select ${SESSION_COLUMNS} from care_sessions where id = $1`,
    values: [id],
  });
  return result.rows[0] ?? null;
}

/** Sessions by id, in one query (an organiser's page lists those its group recorded). */
export async function findCareSessions(db: SqlClient, ids: readonly string[]): Promise<CareSessionRow[]> {
  if (ids.length === 0) return [];
  const result = await db.query<CareSessionRow>({
    text: `select ${SESSION_COLUMNS} from care_sessions where id = any($1::uuid[]) order by seq`,
    values: [ids],
  });
  return result.rows;
}

/** A clinician's sessions, latest date first (for their own list). */
export async function sessionsOfClinician(
  db: SqlClient,
  clinicianId: string,
  limit: number,
): Promise<CareSessionRow[]> {
  const result = await db.query<CareSessionRow>({
    name: 'care-sessions-of-clinician',
    text: `select ${SESSION_COLUMNS} from care_sessions
      where clinician_id = $1 order by date desc, seq desc limit $2`,
    values: [clinicianId, limit],
  });
  return result.rows;
}

export interface Redecision {
  sessionId: string;
  decision: SessionDecision;
}

/**
 * Writes new decisions on their sessions, each with a 'redecided' event naming the session that
 * caused it: one statement, however many sessions changed.
 */
export async function writeRedecisions(
  db: SqlClient,
  redecisions: readonly Redecision[],
  causeSessionId: string,
): Promise<void> {
  if (redecisions.length === 0) return;
  const decided = redecisions.map(({ decision }) => decisionColumns(decision));
  const column = <T>(pick: (columns: (typeof decided)[number]) => T) => decided.map(pick);
  await db.query({
    name: 'care-write-redecisions',
    text: `with decided as (
        select * from unnest($1::uuid[], $2::bool[], $3::text[], $4::int[], $5::int[], $6::int[], $7::bool[],
          $8::text[], $9::int[], $10::jsonb[])
          as d(id, reimbursable, reason, session_number, cap, copay_cents, first_session_free, convention,
            fee_cents, decision)
      ), updated as (
        update care_sessions s set reimbursable = d.reimbursable, reason = d.reason,
          session_number = d.session_number, cap = d.cap, copay_cents = d.copay_cents,
          first_session_free = d.first_session_free, convention = d.convention, fee_cents = d.fee_cents
        from decided d where s.id = d.id
      )
      insert into care_session_events (session_id, kind, cause_session_id, decision)
      select id, 'redecided', $11, decision from decided`,
    values: [
      redecisions.map((r) => r.sessionId),
      column((c) => c.reimbursable),
      column((c) => c.reason),
      column((c) => c.sessionNumber),
      column((c) => c.cap),
      column((c) => c.copayCents),
      column((c) => c.firstSessionFree),
      column((c) => c.convention),
      column((c) => c.feeCents),
      decided.map((columns) => JSON.stringify(columns)),
      causeSessionId,
    ],
  });
}

/** Flags a session cancelled, with its 'cancelled' event and the reason given. */
export async function markCancelled(db: SqlClient, id: string, note: string): Promise<void> {
  await db.query({
    name: 'care-mark-cancelled',
    text: `with cancelled as (update care_sessions set cancelled = true where id = $1 returning id)
      insert into care_session_events (session_id, kind, note) select id, 'cancelled', $2 from cancelled`,
    values: [id, note],
  });
}

export interface SessionEvent {
  kind: 'recorded' | 'cancelled' | 'redecided';
  at: Date;
  causeSessionId: string | null;
  note: string | null;
}

export async function sessionEvents(db: SqlClient, sessionId: string): Promise<SessionEvent[]> {
  const result = await db.query<SessionEvent>({
    name: 'care-session-events',
    text: `select kind, at, cause_session_id as "causeSessionId", note from care_session_events
      where session_id = $1 order by id`,
    values: [sessionId],
  });
  return result.rows;
}

/** Keeps the name a clinician records under, writing only when it changed. */
export async function rememberClinician(
  db: SqlClient,
  clinician: { id: string; givenName: string; familyName: string; inami: string | null },
): Promise<void> {
  await db.query({
    name: 'care-remember-clinician',
    text: `insert into care_clinicians (id, given_name, family_name, inami) values ($1, $2, $3, $4)
      on conflict (id) do update set given_name = excluded.given_name, family_name = excluded.family_name,
        inami = excluded.inami, updated_at = now()
      where (care_clinicians.given_name, care_clinicians.family_name, care_clinicians.inami)
        is distinct from (excluded.given_name, excluded.family_name, excluded.inami)`,
    values: [clinician.id, clinician.givenName, clinician.familyName, clinician.inami],
  });
}

export async function clinicianNames(db: SqlClient) {
  const result = await db.query<{ id: string; givenName: string; familyName: string; inami: string | null }>({
    text: `select id, given_name as "givenName", family_name as "familyName", inami from care_clinicians`,
  });
  return result.rows;
}

export interface PathRow {
  patientKey: string;
  date: IsoDate;
  birthDate: IsoDate;
  bim: boolean;
  function: string;
  mode: string;
  networkType: string;
  functionalAssessment: boolean;
  reimbursable: boolean;
  reason: string | null;
  sessionNumber: number | null;
  copayCents: number | null;
  firstSessionFree: boolean;
}

/** What deciding a session again needs, for every session not cancelled of the patients in a key range. */
export async function pathsInKeyRange(db: SqlClient, from: string, until: string | null): Promise<PathRow[]> {
  const result = await db.query<PathRow>({
    text: `select patient_key as "patientKey", date, birth_date as "birthDate", bim, function, mode,
        network_type as "networkType", functional_assessment as "functionalAssessment", reimbursable,
        reason, session_number as "sessionNumber", copay_cents as "copayCents",
        first_session_free as "firstSessionFree"
      from care_sessions
      where patient_key >= $1 and ($2::text is null or patient_key < $2) and not cancelled
      order by patient_key, date, seq`,
    values: [from, until],
  });
  return result.rows;
}
