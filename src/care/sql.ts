// How care talks to the database: plain SQL on the pool or on a client holding a transaction
// (store.ts says why not drizzle here), and the per-patient transaction every change runs in.

import type pg from 'pg';
import { type BoundRead, readsFor, withLiterals } from '../platform/db/prepared-reads.ts';

/** The pool, or one of its clients inside a transaction: what the queries below run on. */
export interface SqlClient {
  query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>>;
}

/** Care's advisory lock space (two-key form, so it never meets the platform's one-key locks). */
const PATIENT_LOCK_SPACE = 7_340_023;

/** A patient's lock within the space: a 32-bit integer from hexadecimal digits, safe to write into SQL text. */
export function patientLockSlot(patientKey: string): number {
  return Number.parseInt(patientKey.slice(0, 8), 16) | 0;
}

/**
 * What `work` returns to have its last statement sent with COMMIT, in one round trip: the
 * statement goes as text, its values written in as literals (withLiterals). A recording's
 * transaction is then two round trips instead of three; on this machine each round trip costs
 * both processes a wake-up, and bench:care's recording is bound by the two cores.
 */
export class ThenCommit<T> {
  constructor(
    readonly statement: SqlStatement | CombinableStatement<unknown>,
    readonly result: T,
  ) {}
}

/** A statement as pg takes it (`name` prepares it on the connection). */
export interface SqlStatement {
  name?: string;
  text: string;
  values: unknown[];
}

/**
 * What a statement stores (`parts`) and how to write it (`combine`), the statement not written
 * yet: a shared transaction's last statements with the same `combine` are written as one
 * (withPatientsLocked), which fires each statement-level trigger once instead of once each.
 */
export interface CombinableStatement<P> {
  parts: readonly P[];
  combine(parts: readonly P[]): SqlStatement;
}

/**
 * The last statements of a shared transaction, those of a kind combined into one at the place
 * of the first. They come from different patients' changes, which touch different rows.
 */
export function combined(
  statements: ReadonlyArray<SqlStatement | CombinableStatement<unknown>>,
): SqlStatement[] {
  const slots: Array<SqlStatement | CombinableStatement<unknown>[]> = [];
  const kinds = new Map<CombinableStatement<unknown>['combine'], CombinableStatement<unknown>[]>();
  for (const statement of statements) {
    if (!('combine' in statement)) {
      slots.push(statement);
      continue;
    }
    const kind = kinds.get(statement.combine);
    if (kind) kind.push(statement);
    else {
      const first = [statement];
      kinds.set(statement.combine, first);
      slots.push(first);
    }
  }
  return slots.map((slot) =>
    Array.isArray(slot) ? slot[0]!.combine(slot.flatMap((statement) => statement.parts)) : slot,
  );
}

/**
 * Runs `work` in a transaction that holds the patient's lock, taken in the same round trip as
 * BEGIN: everything that reads and changes one patient's path takes turns, so two clinicians
 * recording the patient's last capped session at once never both get it. Different patients
 * rarely share a lock (32 bits of their key); if they do, they only wait.
 *
 * `reads` are more statements, as SQL text whose values are already escaped literals, sent in
 * that same round trip after the lock (so they see what the lock protects); `work` gets their
 * rows, in order. Recording reads the patient's path, the directory's convention and takes the
 * clinician's hourly use this way: connections are what 16 recording clients wait for
 * (bench:care), so each round trip a transaction adds costs throughput, and these cost none.
 */
export async function withPatientLocked<T>(
  pool: pg.Pool,
  patientKey: string,
  work: LockedWork<T>,
  reads: readonly Read[] = [],
): Promise<T> {
  const [outcome] = await withPatientsLocked(pool, [{ patientKey, work, reads }]);
  return outcome as T;
}

/** A read sent with BEGIN: SQL text with its values as escaped literals, or a prepared read's. */
export type Read = string | BoundRead;

/** What runs under a patient's lock: withPatientLocked's `work`. */
export type LockedWork<T> = (client: SqlClient, read: pg.QueryResultRow[][]) => Promise<T | ThenCommit<T>>;

/**
 * withPatientLocked for several patients' changes in one transaction (patient-batches.ts): the
 * locks in ascending order (as every such transaction takes them, so none waits for another)
 * and every change's reads in the round trip of BEGIN, each change's work in turn, their last
 * statements with COMMIT. Each change's outcome, in order; throws after rolling back.
 */
export async function withPatientsLocked(
  pool: pg.Pool,
  changes: ReadonlyArray<{ patientKey: string; work: LockedWork<unknown>; reads: readonly Read[] }>,
): Promise<unknown[]> {
  const client = await pool.connect();
  // Set while a round trip carrying PREPAREs is out: if it fails, some of them may have run.
  let preparing = false;
  try {
    const locks = [...new Set(changes.map((change) => patientLockSlot(change.patientKey)))]
      .sort((a, b) => a - b)
      .map((slot) => `select pg_advisory_xact_lock(${PATIENT_LOCK_SPACE}, ${slot})`);
    const opening = readsFor(
      client,
      changes.flatMap((change) => change.reads),
    );
    preparing = opening.prepare.length > 0;
    const opened = (await client.query(
      ['begin', ...opening.prepare, ...locks, ...opening.run].join('; '),
    )) as unknown as pg.QueryResult[];
    opening.prepared();
    preparing = false;
    // The reads' rows follow BEGIN's, the PREPAREs' and the locks' (one result each).
    let at = 1 + opening.prepare.length + locks.length;
    const outcomes: unknown[] = [];
    const last: Array<SqlStatement | CombinableStatement<unknown>> = [];
    for (const change of changes) {
      const read = change.reads.map((_, index) => opened[at + index]!.rows);
      at += change.reads.length;
      const outcome = await change.work(client, read);
      if (outcome instanceof ThenCommit) {
        last.push(outcome.statement);
        outcomes.push(outcome.result);
      } else outcomes.push(outcome);
    }
    await client.query([...combined(last).map(withLiterals), 'commit'].join('; '));
    client.release();
    return outcomes;
  } catch (error) {
    // A connection that cannot even roll back is thrown away rather than given to someone else,
    // as is one whose opening round trip failed with PREPAREs that may or may not have run.
    const broken = await client.query('rollback').then(
      () => (preparing ? (error as Error) : undefined),
      (rollbackError: Error) => rollbackError,
    );
    client.release(broken);
    throw error;
  }
}
