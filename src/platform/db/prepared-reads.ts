// Reads sent several to a round trip (one simple query carrying many statements, as recording's
// transaction opens: care/sql.ts) that are still parsed and planned once per connection: each is
// prepared on a connection the first time it goes there (PREPARE), then run with its values
// written in as literals (EXECUTE). As plain text, PostgreSQL parsed and planned each again at
// every recording: the patient's path and the convention's events took 0.09 ms of planning a
// session against 0.04 ms of execution; prepared, 0.025 ms in all (pg_stat_statements during
// bench:care's recording on 20,000 sessions, 2026-12-07).

import pg from 'pg';
import { SharedSessionClient } from './pool.ts';

/** A value written into SQL text: only what a literal says exactly, else it throws. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return pg.escapeLiteral(value);
  // In parentheses when negative: after a minus sign in the text, "-" would start a comment.
  if (typeof value === 'number' && Number.isFinite(value)) return value < 0 ? `(${value})` : String(value);
  throw new TypeError(`no SQL literal for a value of type ${typeof value}`);
}

/**
 * A statement's text with its $n parameters written as SQL literals (sqlLiteral), for a simple
 * query that carries more than one statement.
 */
export function withLiterals(statement: { text: string; values: readonly unknown[] }): string {
  const { values } = statement;
  return statement.text.replace(/\$(\d+)/g, (_, digits: string) => {
    const index = Number(digits) - 1;
    if (index < 0 || index >= values.length) throw new RangeError(`no value for $${digits}`);
    return sqlLiteral(values[index]);
  });
}

/** A read with its parameters' SQL types, under a name unique in the application. */
export class PreparedRead {
  constructor(
    readonly name: string,
    readonly types: readonly string[],
    readonly text: string,
  ) {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new RangeError(`not a statement name: ${name}`);
  }

  /** The read with these values, for readsFor. */
  with(...values: unknown[]): BoundRead {
    return { read: this, values };
  }

  /**
   * As a pg query prepared by name, for a caller that sends it alone. Its name has a hyphen,
   * which no PREPAREd name has, so the two never meet on a connection.
   */
  query(...values: unknown[]): { name: string; text: string; values: unknown[] } {
    return { name: `${this.name}-alone`, text: this.text, values };
  }
}

export interface BoundRead {
  read: PreparedRead;
  values: readonly unknown[];
}

/** The reads each connection has prepared (a pg client is one connection for its whole life). */
const preparedOn = new WeakMap<object, Set<string>>();

/**
 * The statements that run `reads` on `client`: `prepare`, the PREPAREs it still needs, to go
 * first, then `run`, one statement a read, in order. `prepared()` records the PREPAREs once the
 * round trip that carried them succeeded; if it failed, the connection must not be reused, as
 * some may have run (a prepared statement outlives a rolled-back transaction).
 * The embedded engine's connections share one session (pool.ts): there, reads go as plain text.
 */
export function readsFor(
  client: object,
  reads: ReadonlyArray<string | BoundRead>,
): { prepare: string[]; run: string[]; prepared(): void } {
  if (client instanceof SharedSessionClient) {
    const run = reads.map((read) =>
      typeof read === 'string' ? read : withLiterals({ text: read.read.text, values: read.values }),
    );
    return { prepare: [], run, prepared() {} };
  }
  const known = preparedOn.get(client) ?? new Set<string>();
  const needed = new Map<string, PreparedRead>();
  const run = reads.map((read) => {
    if (typeof read === 'string') return read;
    const { name } = read.read;
    if (!known.has(name)) needed.set(name, read.read);
    return read.values.length === 0
      ? `execute ${name}`
      : `execute ${name}(${read.values.map(sqlLiteral).join(', ')})`;
  });
  const prepare = [...needed.values()].map(({ name, types, text }) =>
    types.length === 0 ? `prepare ${name} as ${text}` : `prepare ${name}(${types.join(', ')}) as ${text}`,
  );
  return {
    prepare,
    run,
    prepared() {
      if (needed.size === 0) return;
      for (const name of needed.keys()) known.add(name);
      preparedOn.set(client, known);
    },
  };
}
