// Reporting's reads: always from the counters the database keeps (tables.ts), with the changes
// queued until then folded in first (pending.ts), never from the sessions nor from anything per
// patient. Sessions are summed from reporting_session_counts; distinct patients from
// reporting_patient_counts, in the grain that groups as asked (domain/grains.ts). Each query
// reads one network's months through the counters' primary key.

import type pg from 'pg';
import { grainOf } from './domain/grains.ts';
import type { Month } from './domain/months.ts';
import { monthStart } from './domain/months.ts';
import { NEW_PATIENT_LOOKBACK_MONTHS } from './domain/new-patients.ts';
import { foldPendingChanges } from './pending.ts';

/** What sessions can be grouped by, as the statistics API names them. */
export const DIMENSIONS = [
  'month',
  'function',
  'ageBand',
  'commune',
  'mode',
  'outcome',
  'bim',
  'zone',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The counters' column for each dimension (the same in both counter tables). */
const COLUMN: Record<Dimension, string> = {
  month: 'month',
  function: 'function',
  ageBand: 'age_band',
  commune: 'commune',
  mode: 'mode',
  outcome: 'outcome',
  bim: 'bim',
  zone: 'zone_id',
};

/** How a key is given out: months as YYYY-MM, unknown zones and communes ('') as null. */
const OUTPUT: Partial<Record<Dimension, (column: string) => string>> = {
  month: (column) => `to_char(${column}, 'YYYY-MM')`,
  commune: (column) => `nullif(${column}, '')`,
  zone: (column) => `nullif(${column}, '')`,
};

export interface CellQuery {
  networkId: string;
  from: Month;
  to: Month;
  /** Only this zone; the whole network when absent. */
  zoneId?: string | null | undefined;
}

export interface CountedRow {
  keys: Partial<Record<Dimension, string | boolean | null>>;
  sessions: number;
  /** Distinct patients in the row (each patient once, whatever their sessions). */
  patients: number;
}

/** No counter keeps distinct patients grouped this way: a grain must be added (domain/grains.ts). */
export class UncountedGrouping extends Error {
  constructor(groupBy: readonly Dimension[]) {
    super(`distinct patients are not counted by ${groupBy.join(', ')}`);
  }
}

function scope(query: CellQuery, values: unknown[]): string {
  values.push(query.networkId, monthStart(query.from), monthStart(query.to));
  let where = 'network_id = $1 and month >= $2::date and month <= $3::date';
  if (query.zoneId) {
    values.push(query.zoneId);
    where += ` and zone_id = $${values.length}`;
  }
  return where;
}

/** Sessions and distinct patients grouped by the dimensions asked (none: one row for the whole period). */
export async function countSessions(
  db: pg.Pool,
  query: CellQuery,
  groupBy: readonly Dimension[],
): Promise<CountedRow[]> {
  const grain = grainOf(groupBy, Boolean(query.zoneId));
  if (grain === null) throw new UncountedGrouping(groupBy);
  const values: unknown[] = [];
  const where = scope(query, values);
  values.push(grain);
  const grainParam = `$${values.length}`;
  await foldPendingChanges(db);
  const keys = groupBy.map((dimension, i) => `${COLUMN[dimension]} as k${i}`);
  const grouped = groupBy.length > 0 ? `group by ${groupBy.map((_, i) => i + 1).join(', ')}` : '';
  // A patient counts in a month's row once; over several months, only in the first month they
  // were seen in it (their previous month in the grain is before the period).
  const firstSeen = groupBy.includes('month') ? 'month' : '$2::date';
  const joined = groupBy.map((_, i) => `s.k${i} = p.k${i}`).join(' and ') || 'true';
  const output = groupBy.map((dimension, i) => `${OUTPUT[dimension]?.(`s.k${i}`) ?? `s.k${i}`} as k${i}`);
  const result = await db.query({
    text: `with s as (
        select ${[...keys, 'sum(sessions)::int as sessions'].join(', ')}
        from reporting_session_counts where ${where} ${grouped}
        having sum(sessions) <> 0
      ), p as (
        select ${[...keys, 'sum(patients)::int as patients'].join(', ')}
        from reporting_patient_counts
        where ${where} and grain = ${grainParam} and previous < ${firstSeen} ${grouped}
      )
      select ${[...output, 's.sessions', 'coalesce(p.patients, 0) as patients'].join(', ')}
      from s left join p on ${joined}
      ${groupBy.length > 0 ? `order by ${groupBy.map((_, i) => `${i + 1} nulls last`).join(', ')}` : ''}`,
    values,
  });
  return result.rows.map((row) => ({
    keys: Object.fromEntries(groupBy.map((dimension, i) => [dimension, row[`k${i}`] ?? null])),
    sessions: row.sessions ?? 0,
    patients: row.patients ?? 0,
  }));
}

/**
 * New patients per month (domain/new-patients.ts): patients seen in a month and in none of the
 * twelve before it, in the network (and zone, when asked).
 */
export async function countNewPatients(db: pg.Pool, query: CellQuery): Promise<Map<Month, number>> {
  const values: unknown[] = [];
  const where = scope(query, values);
  values.push(query.zoneId ? 'zone' : '');
  await foldPendingChanges(db);
  const result = await db.query<{ month: Month; patients: number }>({
    text: `select to_char(month, 'YYYY-MM') as month, sum(patients)::int as patients
      from reporting_patient_counts
      where ${where} and grain = $${values.length}
        and previous < (month - interval '${NEW_PATIENT_LOOKBACK_MONTHS} months')::date
      group by month having sum(patients) <> 0 order by month`,
    values,
  });
  return new Map(result.rows.map((row) => [row.month, row.patients]));
}

/** One quarter's patients of one age band: each patient counted once, in the band of their first session that quarter. */
export interface QuarterBandRow {
  quarter: number;
  ageBand: string;
  patients: number;
  bimPatients: number;
  sessions: number;
}

/**
 * A network's patients per quarter of a year and age band, each patient in one band (the youngest
 * band they were seen in: bands sort as their text) so that the bands add up to the quarter.
 */
export async function quarterlyBands(
  db: pg.Pool,
  networkId: string,
  year: number,
): Promise<QuarterBandRow[]> {
  await foldPendingChanges(db);
  const result = await db.query<QuarterBandRow>({
    text: `select extract(quarter from quarter)::int as quarter, age_band as "ageBand",
        sum(patients)::int as patients, coalesce(sum(patients) filter (where bim), 0)::int as "bimPatients",
        sum(sessions)::int as sessions
      from reporting_quarter_bands
      where network_id = $1 and quarter >= make_date($2, 1, 1) and quarter < make_date($2 + 1, 1, 1)
      group by 1, 2 having sum(patients) <> 0 order by 1, 2`,
    values: [networkId, year],
  });
  return result.rows;
}
