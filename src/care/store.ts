import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import {
  ageOn,
  type CareFunction,
  type ConventionId,
  type IsoDate,
  type Mode,
  type NetworkType,
  REASON_CODES,
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

/** One clinician's sessions of one function and mode in one network, counted by the database. */
export interface StatementRow {
  networkId: string;
  clinicianId: string;
  function: string;
  mode: string;
  /** Recorded and not cancelled. */
  sessions: number;
  reimbursed: number;
  reasons: Record<ReasonCode, number>;
  cancelled: number;
  copayCents: number;
  feeCents: number;
  unknownFees: number;
}

/**
 * A period of sessions (a month, a year) aggregated by the database into one row per network,
 * clinician, function and mode: whatever the number of sessions, what comes back is a few rows
 * per clinician. Two queries on one snapshot: the live sessions' counts and sums, read from the
 * statement index in its order (so PostgreSQL totals each clinician as it goes), and the
 * exceptions (cancelled or not reimbursed: a few percent of sessions) by reason, from their own
 * partial index. Counting eight reasons with a filter on every session cost more than the
 * whole scan of the table did; the exceptions' index makes them nearly free.
 */
export async function statementRows(
  db: Executor,
  period: { from: IsoDate; until: IsoDate; networkId: string | null },
): Promise<StatementRow[]> {
  const s = careSessions;
  const inPeriod = sql`${s.date} >= ${period.from} and ${s.date} < ${period.until}
      ${period.networkId ? sql`and ${s.networkId} = ${period.networkId}` : sql``}`;
  const live = sql`
    select ${s.networkId} as network_id, ${s.clinicianId} as clinician_id, ${s.function} as function, ${s.mode} as mode,
      count(*) as sessions,
      count(*) filter (where ${s.reimbursable}) as reimbursed,
      coalesce(sum(${s.copayCents}), 0) as copay_cents,
      coalesce(sum(${s.feeCents}), 0) as fee_cents,
      count(*) filter (where ${s.reimbursable} and ${s.feeCents} is null) as unknown_fees
    from ${s}
    where ${inPeriod} and not ${s.cancelled}
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4`;
  // The predicate repeats the partial index's own, so the planner knows it may use it.
  const exceptions = sql`
    select ${s.networkId} as network_id, ${s.clinicianId} as clinician_id, ${s.function} as function, ${s.mode} as mode,
      ${s.cancelled} as cancelled, ${s.reason} as reason, count(*) as n
    from ${s}
    where ${inPeriod} and (${s.cancelled} or ${s.reason} is not null)
    group by 1, 2, 3, 4, 5, 6`;
  const [liveRows, exceptionRows] = await db.transaction(
    async (tx) => {
      // Stream in order (from the statement index, or a month sorted by date) rather than hash:
      // the planner's estimates sit close, and the hashed plan is the slower one. Each worker
      // hands over a few rows per clinician, so sharing the index scan between workers is cheap.
      await tx.execute(sql`set local enable_hashagg = off`);
      await tx.execute(sql`set local parallel_tuple_cost = 0.001`);
      // Compiling the query (JIT) costs more than it saves on a statement of a second or less.
      await tx.execute(sql`set local jit = off`);
      const counted = await tx.execute<Record<string, string | number>>(live);
      await tx.execute(sql`set local enable_hashagg = on`);
      const excepted = await tx.execute<Record<string, string | number | boolean | null>>(exceptions);
      return [counted.rows, excepted.rows] as const;
    },
    // Both queries see the same sessions, even while others record.
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const lines = new Map<string, StatementRow>();
  const keyOf = (row: Record<string, unknown>) =>
    `${row.network_id}\u0000${row.clinician_id}\u0000${row.function}\u0000${row.mode}`;
  const rows: StatementRow[] = [];
  // Counts and sums of cents are bigint; exact in a double up to 90 trillion euros.
  for (const row of liveRows) {
    const line = emptyRow(row);
    line.sessions = Number(row.sessions);
    line.reimbursed = Number(row.reimbursed);
    line.copayCents = Number(row.copay_cents);
    line.feeCents = Number(row.fee_cents);
    line.unknownFees = Number(row.unknown_fees);
    lines.set(keyOf(row), line);
    rows.push(line);
  }
  let onlyCancelled = false;
  for (const row of exceptionRows) {
    let line = lines.get(keyOf(row));
    if (!line) {
      // Every session of this line was cancelled: it has no live row.
      line = emptyRow(row);
      lines.set(keyOf(row), line);
      rows.push(line);
      onlyCancelled = true;
    }
    const n = Number(row.n);
    if (row.cancelled === true) line.cancelled += n;
    else if (row.reason !== null) line.reasons[row.reason as ReasonCode] += n;
  }
  if (onlyCancelled) rows.sort(byStatementOrder);
  return rows;
}

function emptyRow(row: Record<string, unknown>): StatementRow {
  const reasons = {} as Record<ReasonCode, number>;
  for (const code of REASON_CODES) reasons[code] = 0;
  return {
    networkId: String(row.network_id),
    clinicianId: String(row.clinician_id),
    function: String(row.function),
    mode: String(row.mode),
    sessions: 0,
    reimbursed: 0,
    reasons,
    cancelled: 0,
    copayCents: 0,
    feeCents: 0,
    unknownFees: 0,
  };
}

/**
 * The order lines come in: the statement sorts networks and clinicians itself, and function and
 * mode codes (lowercase words, a hyphen only after distinct first letters) compare bytewise as
 * in any collation, so a line added here lands where the database would have put it.
 */
function byStatementOrder(a: StatementRow, b: StatementRow): number {
  for (const key of ['networkId', 'clinicianId', 'function', 'mode'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
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
