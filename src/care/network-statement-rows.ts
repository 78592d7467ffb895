// A network's statement figures read from its own counters (NETWORK_GRAINS in tables.ts), every
// clinician together, where a statement reads each clinician's: what a budget needs, at the cost
// of a few hundred rows a year whatever the number of clinicians and sessions.

import { sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import type { IsoDate } from './domain/index.ts';
import {
  counterPeriods,
  counterPieces,
  type StatementPeriod,
  type StatementRow,
  statementSums,
  toStatementRow,
} from './statement-rows.ts';
import { careStatementChanges, careStatementCounts, NETWORK_GRAINS, NO_CLINICIAN } from './tables.ts';

/**
 * A network's statement rows over a period by function, mode, zone and service, with clinician ''
 * for every clinician together except `holderIds`, who keep rows of their own (a budget places
 * their sessions of unknown zone by their contingent).
 * The network's counters give the whole; each holder's counters are read one by one, and taken
 * off the whole once. Exact as a statement is, with the changes not folded yet, in one snapshot.
 */
export async function holdersStatementRows(
  db: Executor,
  period: Pick<StatementPeriod, 'from' | 'until'> & { networkId: string },
  holderIds: readonly string[],
): Promise<StatementRow[]> {
  const holders = sql.param([...holderIds]);
  const result = await db.execute<Record<string, string | number | null>>(sql`
    with holders as (${counterPieces(period, { clinicianIds: holderIds, withChanges: false })}),
    pieces as (
      ${counterPieces(period, { grains: NETWORK_GRAINS })}
      union all select * from holders
      union all select network_id, ${NO_CLINICIAN}::uuid, function, mode, outcome, -sessions, -copay_cents,
        -fee_cents, -unknown_fees, zone_id, service_id from holders
    )
    select network_id,
      case when clinician_id::text = any(${holders}::text[]) then clinician_id::text else '' end as clinician_id,
      function, mode, zone_id, service_id, ${statementSums()}
    from pieces
    group by 1, 2, 3, 4, 5, 6
    -- Every outcome nets to zero or more; a line all holders' (or all zero) says nothing.
    having sum(sessions) <> 0`);
  return result.rows.map(toStatementRow);
}

/** A network's sessions of one month, function, mode and outcome, every clinician together. */
export interface MonthlyOutcomeRow {
  /** The first day of the month. */
  month: IsoDate;
  function: string;
  mode: string;
  /** 'reimbursed', 'cancelled', or the reason a session was not reimbursed. */
  outcome: string;
  sessions: number;
  feeCents: number;
  unknownFees: number;
}

/**
 * A network's months [from, until) by function, mode and outcome, in one query over the
 * network-month counters and the changes not folded yet (one snapshot): what a month-by-month
 * figure of the whole network needs (a budget's burn-down), without one statement read per month.
 */
export async function monthlyOutcomeRows(
  db: Executor,
  period: StatementPeriod & { networkId: string },
): Promise<MonthlyOutcomeRow[]> {
  counterPeriods(period.from, period.until); // whole months only: throws otherwise
  const counts = careStatementCounts;
  const changes = careStatementChanges;
  const result = await db.execute<Record<string, string | number>>(sql`
    select month, function, mode, outcome, sum(sessions) as sessions, sum(fee_cents) as fee_cents,
      sum(unknown_fees) as unknown_fees
    from (
      select ${counts.periodStart} as month, function, mode, outcome, sessions, fee_cents, unknown_fees
        from ${counts}
        where ${counts.grain} = ${NETWORK_GRAINS.month} and ${counts.periodStart} >= ${period.from}::date
          and ${counts.periodStart} < ${period.until}::date and ${counts.networkId} = ${period.networkId}
      union all
      select date_trunc('month', ${changes.date})::date, function, mode, outcome, sessions, fee_cents,
          unknown_fees
        from ${changes}
        where ${changes.date} >= ${period.from} and ${changes.date} < ${period.until}
          and ${changes.networkId} = ${period.networkId}
    ) pieces
    group by 1, 2, 3, 4`);
  return result.rows.map((row) => ({
    month: String(row.month),
    function: String(row.function),
    mode: String(row.mode),
    outcome: String(row.outcome),
    sessions: Number(row.sessions),
    feeCents: Number(row.fee_cents),
    unknownFees: Number(row.unknown_fees),
  }));
}
