// Reporting's reads: always from the counters the database keeps (tables.ts), never from the
// sessions. Each query reads one network's months through the cells' primary key.

import type pg from 'pg';
import { addMonthsTo, type Month, monthStart } from './domain/months.ts';
import { NEW_PATIENT_LOOKBACK_MONTHS } from './domain/new-patients.ts';

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

/** The counters' column (or expression) for each dimension; commune comes from the postcode's reference row. */
const COLUMN: Record<Dimension, string> = {
  month: "to_char(c.month, 'YYYY-MM')",
  function: 'c.function',
  ageBand: 'c.age_band',
  commune: 'p.commune_nis',
  mode: 'c.mode',
  outcome: 'c.outcome',
  bim: 'c.bim',
  zone: "nullif(c.zone_id, '')",
};

export interface CellQuery {
  networkId: string;
  from: Month;
  to: Month;
  /** Only these zones; all when absent. */
  zoneIds?: readonly string[] | undefined;
}

export interface CountedRow {
  keys: Partial<Record<Dimension, string | boolean | null>>;
  sessions: number;
  /** Distinct patients in the row (each patient once, whatever their sessions). */
  patients: number;
}

function scope(query: CellQuery, values: unknown[]): string {
  values.push(query.networkId, monthStart(query.from), monthStart(query.to));
  let where = 'c.network_id = $1 and c.month >= $2::date and c.month <= $3::date';
  if (query.zoneIds) {
    values.push(query.zoneIds);
    where += ` and c.zone_id = any($${values.length}::text[])`;
  }
  return where;
}

/** Sessions and distinct patients grouped by the dimensions asked (none: one row for the whole period). */
export async function countSessions(
  db: pg.Pool,
  query: CellQuery,
  groupBy: readonly Dimension[],
): Promise<CountedRow[]> {
  const values: unknown[] = [];
  const where = scope(query, values);
  const keys = groupBy.map((dimension, i) => `${COLUMN[dimension]} as k${i}`);
  const commune = groupBy.includes('commune')
    ? "left join postcodes p on p.postcode = nullif(c.residence_postcode, '')"
    : '';
  const result = await db.query({
    text: `select ${[...keys, 'sum(c.sessions)::int as sessions', 'count(distinct c.patient_key)::int as patients'].join(', ')}
      from reporting_session_cells c ${commune}
      where ${where}
      ${groupBy.length > 0 ? `group by ${groupBy.map((_, i) => i + 1).join(', ')} order by ${groupBy.map((_, i) => `${i + 1} nulls last`).join(', ')}` : ''}`,
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
 * twelve before it, in the network (and zones, when asked).
 */
export async function countNewPatients(db: pg.Pool, query: CellQuery): Promise<Map<Month, number>> {
  const values: unknown[] = [];
  const where = scope({ ...query, from: addMonthsTo(query.from, -NEW_PATIENT_LOOKBACK_MONTHS) }, values);
  values.push(monthStart(query.from));
  const result = await db.query<{ month: Month; patients: number }>({
    text: `with seen as (
        select distinct c.patient_key, c.month from reporting_session_cells c where ${where}
      ), ordered as (
        select month, lag(month) over (partition by patient_key order by month) as previous from seen
      )
      select to_char(month, 'YYYY-MM') as month, count(*)::int as patients from ordered
      where month >= $${values.length}::date
        and (previous is null or previous < month - interval '${NEW_PATIENT_LOOKBACK_MONTHS} months')
      group by month order by month`,
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
  const result = await db.query<QuarterBandRow>({
    text: `with patients as (
        select extract(quarter from c.month)::int as quarter, c.patient_key, min(c.age_band) as age_band,
          bool_or(c.bim) as bim, sum(c.sessions)::int as sessions
        from reporting_session_cells c
        where c.network_id = $1 and c.month >= make_date($2, 1, 1) and c.month < make_date($2 + 1, 1, 1)
        group by 1, 2
      )
      select quarter, age_band as "ageBand", count(*)::int as patients,
        (count(*) filter (where bim))::int as "bimPatients", sum(sessions)::int as sessions
      from patients group by 1, 2 order by 1, 2`,
    values: [networkId, year],
  });
  return result.rows;
}
