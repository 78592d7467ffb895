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
 * per clinician. The live sessions' counts and sums are read from the statement index in its
 * order (so PostgreSQL totals each clinician as it goes); the exceptions (cancelled or not
 * reimbursed: a few percent of sessions) are counted by reason from their own partial index and
 * joined on. Counting eight reasons with a filter on every session cost more than the whole scan
 * of the table did; the exceptions' index makes them nearly free.
 */
export async function statementRows(
  db: Executor,
  period: { from: IsoDate; until: IsoDate; networkId: string | null },
): Promise<StatementRow[]> {
  const s = careSessions;
  const inPeriod = sql`${s.date} >= ${period.from} and ${s.date} < ${period.until}
      ${period.networkId ? sql`and ${s.networkId} = ${period.networkId}` : sql``}`;
  const reasonCounts = sql.join(
    REASON_CODES.map(
      (code, i) =>
        sql`count(*) filter (where not ${s.cancelled} and ${s.reason} = ${code}) as ${sql.raw(`r${i}`)}`,
    ),
    sql`, `,
  );
  // The exceptions' predicate repeats the partial index's own, so the planner knows it may use it.
  const query = sql`
    with live as (
      select ${s.networkId} as network_id, ${s.clinicianId} as clinician_id, ${s.function} as function, ${s.mode} as mode,
        count(*) as sessions,
        count(*) filter (where ${s.reimbursable}) as reimbursed,
        coalesce(sum(${s.copayCents}), 0) as copay_cents,
        coalesce(sum(${s.feeCents}), 0) as fee_cents,
        count(*) filter (where ${s.reimbursable} and ${s.feeCents} is null) as unknown_fees
      from ${s}
      where ${inPeriod} and not ${s.cancelled}
      group by 1, 2, 3, 4
    ), exceptions as (
      select ${s.networkId} as network_id, ${s.clinicianId} as clinician_id, ${s.function} as function, ${s.mode} as mode,
        count(*) filter (where ${s.cancelled}) as cancelled, ${reasonCounts}
      from ${s}
      where ${inPeriod} and (${s.cancelled} or ${s.reason} is not null)
      group by 1, 2, 3, 4
    )
    select * from live full join exceptions using (network_id, clinician_id, function, mode)
    order by 1, 2, 3, 4`;
  const result = await db.transaction(async (tx) => {
    // The plan's settings in one round trip (set_config(…, true) lasts until the transaction ends).
    // Stream in order (from the statement index, or a month sorted by date) rather than hash: the
    // planner's estimates sit close, and the hashed plan is the slower one. Each worker hands over
    // a few rows per clinician, so sharing the scan is cheap; on few cores the leader merges rather
    // than scanning as well. Compiling the query (JIT) costs more than it saves here.
    await tx.execute(sql`select set_config('enable_hashagg', 'off', true),
      set_config('parallel_tuple_cost', '0.001', true),
      set_config('parallel_leader_participation', 'off', true),
      set_config('jit', 'off', true)`);
    return tx.execute<Record<string, string | number | null>>(query);
  });
  // Counts and sums of cents are bigint; exact in a double up to 90 trillion euros. A line whose
  // sessions were all cancelled has no live counts (null), one with no exception no reasons.
  return result.rows.map((row) => {
    const reasons = {} as Record<ReasonCode, number>;
    REASON_CODES.forEach((code, i) => {
      reasons[code] = Number(row[`r${i}`] ?? 0);
    });
    return {
      networkId: String(row.network_id),
      clinicianId: String(row.clinician_id),
      function: String(row.function),
      mode: String(row.mode),
      sessions: Number(row.sessions ?? 0),
      reimbursed: Number(row.reimbursed ?? 0),
      reasons,
      cancelled: Number(row.cancelled ?? 0),
      copayCents: Number(row.copay_cents ?? 0),
      feeCents: Number(row.fee_cents ?? 0),
      unknownFees: Number(row.unknown_fees ?? 0),
    };
  });
}
