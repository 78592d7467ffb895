// How care talks to the database: plain SQL on the pool or on a client holding a transaction
// (store.ts says why not drizzle here), and the per-patient transaction every change runs in.

import pg from 'pg';

/** The pool, or one of its clients inside a transaction: what the queries below run on. */
export interface SqlClient {
  query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>>;
}

/** Care's advisory lock space (two-key form, so it never meets the platform's one-key locks). */
export const PATIENT_LOCK_SPACE = 7_340_023;

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
    readonly statement: { text: string; values: readonly unknown[] },
    readonly result: T,
  ) {}
}

/**
 * A statement's text with its $n parameters written as SQL literals, for a simple query that
 * carries more than one statement. Only what a literal says exactly: text (escaped by pg, as the
 * reads above are), finite numbers, booleans and null; anything else throws rather than guess.
 */
export function withLiterals(statement: { text: string; values: readonly unknown[] }): string {
  const { values } = statement;
  return statement.text.replace(/\$(\d+)/g, (_, digits: string) => {
    const index = Number(digits) - 1;
    if (index < 0 || index >= values.length) throw new RangeError(`no value for $${digits}`);
    return literal(values[index]);
  });
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return pg.escapeLiteral(value);
  // In parentheses when negative: after a minus sign in the text, "-" would start a comment.
  if (typeof value === 'number' && Number.isFinite(value)) return value < 0 ? `(${value})` : String(value);
  throw new TypeError(`no SQL literal for a value of type ${typeof value}`);
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
  work: (client: SqlClient, read: pg.QueryResultRow[][]) => Promise<T | ThenCommit<T>>,
  reads: readonly string[] = [],
): Promise<T> {
  const slot = patientLockSlot(patientKey);
  const client = await pool.connect();
  try {
    const opened = (await client.query(
      ['begin', `select pg_advisory_xact_lock(${PATIENT_LOCK_SPACE}, ${slot})`, ...reads].join('; '),
    )) as unknown as pg.QueryResult[];
    const outcome = await work(
      client,
      reads.map((_, index) => opened[2 + index]!.rows),
    );
    if (outcome instanceof ThenCommit) {
      await client.query(`${withLiterals(outcome.statement)}; commit`);
      client.release();
      return outcome.result;
    }
    await client.query('commit');
    client.release();
    return outcome;
  } catch (error) {
    // A connection that cannot even roll back is thrown away rather than given to someone else.
    const broken = await client.query('rollback').then(
      () => undefined,
      (rollbackError: Error) => rollbackError,
    );
    client.release(broken);
    throw error;
  }
}
