// A period's sessions as the database counts them for a statement (see statement.ts for the
// roll-up): one row per network, clinician, function and mode, in no particular order, whatever
// the number of sessions.
// They are read from counters the database keeps (tables.ts, migration 0017), never from the
// sessions themselves; foldStatementChanges keeps the counters' backlog short.

import { type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../platform/db/database.ts';
import { addMonths, type IsoDate, REASON_CODES, type ReasonCode } from './domain/index.ts';
import { buildStatement, type NetworkStatement, type Statement } from './statement.ts';
import { clinicianNames } from './store.ts';
import { careStatementChanges, careStatementCounts, NETWORK_GRAINS, NO_CLINICIAN } from './tables.ts';

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
  /** The sessions' coordinator zone, '' when unknown; only in rows read `byZone`. */
  zoneId?: string;
  /**
   * The conventioned service whose contingent the sessions drew on, '' for the clinician's own
   * convention; only in rows read `byService`.
   */
  serviceId?: string;
}

export interface StatementPeriod {
  /** The first day of a month. */
  from: IsoDate;
  /** The first day of a later month (exclusive). */
  until: IsoDate;
  networkId: string | null;
  /** One row per zone too (budgets' zone envelopes); statements leave it out. */
  byZone?: boolean;
  /** One row per conventioned service too (budgets' service contingents); statements leave it out. */
  byService?: boolean;
}

const isMonthStart = (date: string) => /^\d{4}-(0[1-9]|1[0-2])-01$/.test(date);

/**
 * The counters that cover a period of whole months: its whole calendar years, and the months
 * around them. Two years and a month read 2 + 1 rows per line, not 25.
 */
export function counterPeriods(from: IsoDate, until: IsoDate): { years: IsoDate[]; months: IsoDate[] } {
  if (!isMonthStart(from) || !isMonthStart(until)) {
    throw new RangeError(`statements count whole months: ${from} to ${until}`);
  }
  const years: IsoDate[] = [];
  const months: IsoDate[] = [];
  let at = from;
  while (at < until) {
    const yearEnd = addMonths(at, 12);
    if (at.endsWith('-01-01') && yearEnd <= until) {
      years.push(at);
      at = yearEnd;
    } else {
      months.push(at);
      at = addMonths(at, 1);
    }
  }
  return { years, months };
}

/** Which counters counterPieces reads, beyond the period. */
export interface CounterChoice {
  /** Each clinician's counters (the default), or each network's (NETWORK_GRAINS). */
  grains?: { year: string; month: string };
  /** Only these clinicians' counters (ids that are not a UUID match nothing). */
  clinicianIds?: readonly string[];
  /** The changes not folded yet too (the default): the counters alone are not the whole count. */
  withChanges?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The counter rows that make up a period, as a query to select from: the counters of its whole
 * years and months, and the changes not folded yet.
 */
export function counterPieces(
  period: Pick<StatementPeriod, 'from' | 'until' | 'networkId'>,
  { grains = { year: 'year', month: 'month' }, clinicianIds, withChanges = true }: CounterChoice = {},
) {
  const { years, months } = counterPeriods(period.from, period.until);
  const counts = careStatementCounts;
  const changes = careStatementChanges;
  const inNetwork = (table: typeof counts | typeof changes) =>
    period.networkId ? sql`and ${table.networkId} = ${period.networkId}` : sql``;
  const ofClinicians = clinicianIds
    ? sql`and ${counts.clinicianId} = any(${sql.param(clinicianIds.filter((id) => UUID.test(id)))}::uuid[])`
    : sql``;
  const columns = sql`network_id, clinician_id, function, mode, outcome, sessions, copay_cents, fee_cents, unknown_fees, zone_id, service_id`;
  const ofGrain = (grain: string, starts: IsoDate[]) =>
    starts.length === 0
      ? []
      : [
          sql`select ${columns} from ${counts}
          where ${counts.grain} = ${grain} and ${counts.periodStart} in (${sql.join(
            starts.map((start) => sql`${start}::date`),
            sql`, `,
          )}) ${inNetwork(counts)} ${ofClinicians}`,
        ];
  const pieces = [
    ...(withChanges
      ? [
          sql`select ${columns} from ${changes}
        where ${changes.date} >= ${period.from} and ${changes.date} < ${period.until} ${inNetwork(changes)}`,
        ]
      : []),
    ...ofGrain(grains.year, years),
    ...ofGrain(grains.month, months),
  ];
  // An empty period, read without the changes, has no piece: no row then.
  if (pieces.length === 0) return sql`select ${columns} from ${counts} where false`;
  return sql.join(pieces, sql` union all `);
}

/** Sessions not cancelled per clinician over a period, from the same counters (one row each). */
export async function sessionsPerClinician(
  db: Executor,
  period: Pick<StatementPeriod, 'from' | 'until' | 'networkId'>,
): Promise<Map<string, number>> {
  const result = await db.execute<{ clinician_id: string; sessions: string | number | null }>(sql`
    with pieces as (${counterPieces(period)})
    select clinician_id, sum(sessions) filter (where outcome <> 'cancelled') as sessions
    from pieces group by clinician_id`);
  return new Map(result.rows.map((row) => [String(row.clinician_id), Number(row.sessions ?? 0)]));
}

/** The sums a statement row is made of, by outcome, over the rows of `pieces`. */
export function statementSums() {
  const sum = (column: string, filter?: SQL) =>
    filter ? sql`sum(${sql.raw(column)}) filter (where ${filter})` : sql`sum(${sql.raw(column)})`;
  return sql.join(
    [
      sql`${sum('sessions', sql`outcome <> 'cancelled'`)} as sessions`,
      sql`${sum('sessions', sql`outcome = 'reimbursed'`)} as reimbursed`,
      sql`${sum('sessions', sql`outcome = 'cancelled'`)} as cancelled`,
      ...REASON_CODES.map(
        (code, i) => sql`${sum('sessions', sql`outcome = ${code}`)} as ${sql.raw(`r${i}`)}`,
      ),
      sql`${sum('copay_cents')} as copay_cents`,
      sql`${sum('fee_cents')} as fee_cents`,
      sql`${sum('unknown_fees')} as unknown_fees`,
    ],
    sql`, `,
  );
}

/** A row of statementSums as a StatementRow; zone and service when the row has them. */
export function toStatementRow(row: Record<string, string | number | null>): StatementRow {
  // Sums come back as bigint or numeric text; exact in a double up to 90 trillion euros. A line
  // with no session of an outcome has null for it.
  const count = (value: string | number | null | undefined) => (value == null ? 0 : Number(value));
  const reasons = {} as Record<ReasonCode, number>;
  for (let i = 0; i < REASON_CODES.length; i++) reasons[REASON_CODES[i]!] = count(row[`r${i}`]);
  return {
    networkId: String(row.network_id),
    clinicianId: String(row.clinician_id),
    function: String(row.function),
    mode: String(row.mode),
    sessions: count(row.sessions),
    reimbursed: count(row.reimbursed),
    reasons,
    cancelled: count(row.cancelled),
    copayCents: count(row.copay_cents),
    feeCents: count(row.fee_cents),
    unknownFees: count(row.unknown_fees),
    ...('zone_id' in row ? { zoneId: String(row.zone_id) } : {}),
    ...('service_id' in row ? { serviceId: String(row.service_id) } : {}),
  };
}

/**
 * A period's statement rows: the counters of its years and months with the changes not folded
 * yet, summed in one query (one snapshot: a fold that commits meanwhile is seen whole or not at
 * all), then spread by outcome into sessions, reimbursed, reasons and cancelled.
 */
export async function statementRows(db: Executor, period: StatementPeriod): Promise<StatementRow[]> {
  // The columns a budget splits rows by, beyond clinician, function and mode.
  const splits = sql.raw(
    [...(period.byZone ? ['zone_id'] : []), ...(period.byService ? ['service_id'] : [])]
      .map((column) => `, ${column}`)
      .join(''),
  );
  const result = await db.execute<Record<string, string | number | null>>(sql`
    with pieces as (${counterPieces(period)})
    select network_id, clinician_id, function, mode${splits}, ${statementSums()}
    from pieces
    group by 1, 2, 3, 4${splits}`);
  return result.rows.map(toStatementRow);
}

/** Folds run one at a time across instances. */
const FOLD_LOCK = 7_340_024;

/**
 * Moves the statement changes recorded so far into the counters (each clinician's month and year,
 * and each network's: NETWORK_GRAINS), and returns how many it moved (0 when another fold is
 * running: the next one will). Changes of transactions still open stay for a later fold. Counters
 * are updated in key order, only by folds.
 */
export async function foldStatementChanges(db: Executor): Promise<number> {
  const moved = await db.transaction(async (tx) => {
    const locked = await tx.execute<{ locked: boolean }>(
      sql`select pg_try_advisory_xact_lock(${FOLD_LOCK}) as locked`,
    );
    if (!locked.rows[0]?.locked) return 0;
    const counts = careStatementCounts;
    const result = await tx.execute<{ moved: string | number }>(sql`
      with moved as (delete from ${careStatementChanges} returning *),
      summed as (
        select g.grain, g.period_start, moved.network_id, g.clinician_id, moved.function, moved.mode,
          moved.outcome, g.zone_id, g.service_id, sum(sessions) as sessions, sum(copay_cents) as copay_cents,
          sum(fee_cents) as fee_cents, sum(unknown_fees) as unknown_fees, count(*) as changes
        from moved,
          lateral (values
            ('month', date_trunc('month', moved.date)::date, moved.clinician_id, moved.zone_id, moved.service_id),
            ('year', date_trunc('year', moved.date)::date, moved.clinician_id, moved.zone_id, moved.service_id),
            (${NETWORK_GRAINS.month}, date_trunc('month', moved.date)::date, ${NO_CLINICIAN}::uuid, moved.zone_id, moved.service_id),
            (${NETWORK_GRAINS.year}, date_trunc('year', moved.date)::date, ${NO_CLINICIAN}::uuid, moved.zone_id, moved.service_id)
          ) g(grain, period_start, clinician_id, zone_id, service_id)
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9
      ),
      upserted as (
        insert into ${counts} (grain, period_start, network_id, clinician_id, function, mode, outcome,
          zone_id, service_id, sessions, copay_cents, fee_cents, unknown_fees)
        select grain, period_start, network_id, clinician_id, function, mode, outcome, zone_id,
          service_id, sessions, copay_cents, fee_cents, unknown_fees
        from summed
        order by 1, 2, 3, 4, 5, 6, 7, 8, 9
        on conflict on constraint care_statement_counts_pk do update set
          sessions = ${counts.sessions} + excluded.sessions,
          copay_cents = ${counts.copayCents} + excluded.copay_cents,
          fee_cents = ${counts.feeCents} + excluded.fee_cents,
          unknown_fees = ${counts.unknownFees} + excluded.unknown_fees
      )
      select coalesce(sum(changes) filter (where grain = 'month'), 0) as moved from summed`);
    return Number(result.rows[0]?.moved ?? 0);
  });
  // The changes table is a queue: every fold leaves its rows dead. Vacuuming it here keeps it
  // small even where autovacuum is off or slow to come (as on some managed servers).
  if (moved > 0) await db.execute(sql`vacuum ${careStatementChanges}`);
  return moved;
}

/** A period's statement as the counters stand now, with the names of its clinicians and networks. */
export async function readStatement(
  database: Database,
  networkNames: (id: string) => NetworkStatement['names'],
  period: StatementPeriod,
): Promise<Statement> {
  const [rows, clinicians] = await Promise.all([
    statementRows(database.db, period),
    clinicianNames(database.pool),
  ]);
  const named = new Map(
    clinicians.map((c) => [c.id, { name: `${c.givenName} ${c.familyName}`, inami: c.inami }]),
  );
  return buildStatement(period, rows, { clinician: (id) => named.get(id), network: networkNames });
}
