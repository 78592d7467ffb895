import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import {
  ageOn,
  type CareFunction,
  type ConventionId,
  type IsoDate,
  type Mode,
  type NetworkType,
  type ReasonCode,
  type RecordedSession,
  type SessionDecision,
} from './domain/index.ts';
import { careClinicians, careSessionEvents, careSessions } from './tables.ts';

/** Care's advisory lock space (two-key form, so it never meets the platform's one-key locks). */
const PATIENT_LOCK_SPACE = 7_340_023;

/**
 * Serialises everything that reads and changes one patient's path, until the transaction ends:
 * two clinicians recording that patient's last capped session at once take turns.
 * Different patients rarely share a lock (32 bits of their key); if they do, they only wait.
 */
export async function lockPatient(tx: Executor, patientKey: string): Promise<void> {
  const slot = Number.parseInt(patientKey.slice(0, 8), 16) | 0;
  await tx.execute(sql`select pg_advisory_xact_lock(${PATIENT_LOCK_SPACE}::int4, ${slot}::int4)`);
}

export type SessionRow = typeof careSessions.$inferSelect;

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
export function toRecordedSession(row: SessionRow, windowMonths: number): RecordedSession {
  const proposed = {
    date: row.date,
    birthDate: row.birthDate,
    bim: row.bim,
    function: row.function as CareFunction,
    mode: row.mode as Mode,
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

/** A patient's sessions not cancelled, dated `from` or later, in path order (date, recording order). */
export function patientPath(tx: Executor, patientKey: string, from: IsoDate): Promise<SessionRow[]> {
  return tx
    .select()
    .from(careSessions)
    .where(
      and(
        eq(careSessions.patientKey, patientKey),
        gte(careSessions.date, from),
        eq(careSessions.cancelled, false),
      ),
    )
    .orderBy(asc(careSessions.date), asc(careSessions.seq));
}

export type NewSessionRow = typeof careSessions.$inferInsert;

/** Inserts a session and its 'recorded' event in one statement (one round trip fewer per recording). */
export async function insertRecordedSession(
  tx: Executor,
  row: NewSessionRow & { id: string },
  decision: SessionDecision,
): Promise<void> {
  const insertSession = tx.insert(careSessions).values(row).returning({ id: careSessions.id });
  // Drizzle puts the embedded statement in parentheses itself.
  await tx.execute(sql`with inserted as ${insertSession}
    insert into ${careSessionEvents} (session_id, kind, decision)
    select id, 'recorded', ${JSON.stringify(decisionColumns(decision))}::jsonb from inserted`);
}

export async function findSession(db: Executor, id: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(careSessions).where(eq(careSessions.id, id));
  return row ?? null;
}

/** A clinician's sessions, latest date first (for their own list). */
export function sessionsOfClinician(db: Executor, clinicianId: string, limit: number): Promise<SessionRow[]> {
  return db
    .select()
    .from(careSessions)
    .where(eq(careSessions.clinicianId, clinicianId))
    .orderBy(desc(careSessions.date), desc(careSessions.seq))
    .limit(limit);
}

export async function updateDecision(tx: Executor, id: string, decision: SessionDecision): Promise<void> {
  await tx.update(careSessions).set(decisionColumns(decision)).where(eq(careSessions.id, id));
}

export async function markCancelled(tx: Executor, id: string): Promise<void> {
  await tx.update(careSessions).set({ cancelled: true }).where(eq(careSessions.id, id));
}

export type EventKind = 'recorded' | 'cancelled' | 'redecided';

export interface NewEvent {
  sessionId: string;
  kind: EventKind;
  causeSessionId?: string | null;
  note?: string | null;
  decision?: SessionDecision | null;
}

export async function appendEvents(tx: Executor, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(careSessionEvents).values(
    events.map((event) => ({
      sessionId: event.sessionId,
      kind: event.kind,
      causeSessionId: event.causeSessionId ?? null,
      note: event.note ?? null,
      decision: event.decision ? decisionColumns(event.decision) : null,
    })),
  );
}

export function sessionEvents(db: Executor, sessionId: string) {
  return db
    .select()
    .from(careSessionEvents)
    .where(eq(careSessionEvents.sessionId, sessionId))
    .orderBy(asc(careSessionEvents.id));
}

/** Keeps the name a clinician records under, writing only when it changed. */
export async function rememberClinician(
  db: Executor,
  clinician: { id: string; givenName: string; familyName: string; inami: string | null },
): Promise<void> {
  const { id, givenName, familyName, inami } = clinician;
  await db
    .insert(careClinicians)
    .values({ id, givenName, familyName, inami })
    .onConflictDoUpdate({
      target: careClinicians.id,
      set: {
        givenName: sql`excluded.given_name`,
        familyName: sql`excluded.family_name`,
        inami: sql`excluded.inami`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`(${careClinicians.givenName}, ${careClinicians.familyName}, ${careClinicians.inami})
        is distinct from (excluded.given_name, excluded.family_name, excluded.inami)`,
    });
}

export async function clinicianNames(db: Executor) {
  return db.select().from(careClinicians);
}

/** What deciding a session again needs, for every session not cancelled of the patients in a key range. */
export async function pathsInKeyRange(db: Executor, from: string, until: string | null) {
  return db
    .select({
      patientKey: careSessions.patientKey,
      date: careSessions.date,
      birthDate: careSessions.birthDate,
      bim: careSessions.bim,
      function: careSessions.function,
      mode: careSessions.mode,
      networkType: careSessions.networkType,
      functionalAssessment: careSessions.functionalAssessment,
      reimbursable: careSessions.reimbursable,
      reason: careSessions.reason,
      sessionNumber: careSessions.sessionNumber,
      copayCents: careSessions.copayCents,
      firstSessionFree: careSessions.firstSessionFree,
    })
    .from(careSessions)
    .where(
      and(
        gte(careSessions.patientKey, from),
        until === null ? undefined : lt(careSessions.patientKey, until),
        eq(careSessions.cancelled, false),
      ),
    )
    .orderBy(asc(careSessions.patientKey), asc(careSessions.date), asc(careSessions.seq));
}
