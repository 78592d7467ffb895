// A period's sessions as the database counts them for a statement (see statement.ts for the
// roll-up): a few rows per clinician, whatever the number of sessions.

import { sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import { type IsoDate, REASON_CODES, type ReasonCode } from './domain/index.ts';
import { careSessions } from './tables.ts';

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
