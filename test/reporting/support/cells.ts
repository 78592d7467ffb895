// Reporting's counters, read two ways: as the database keeps them (once the queued changes are
// folded), and counted straight from care_sessions with the domain's own definitions (age band,
// outcome, grains), for comparison.

import assert from 'node:assert/strict';
import type pg from 'pg';
import { ageBand } from '../../../src/reporting/domain/age-bands.ts';
import { PATIENT_GRAINS } from '../../../src/reporting/domain/grains.ts';
import { foldPendingChanges } from '../../../src/reporting/pending.ts';

export interface Cell {
  key: string;
  sessions: number;
}

/** One session not cancelled, as reporting sees it. */
export interface SessionFacts {
  networkId: string;
  month: string;
  patientKey: string;
  zone: string;
  function: string;
  mode: string;
  outcome: string;
  ageBand: string;
  bim: boolean;
  postcode: string;
  commune: string;
}

/** Every session not cancelled, the commune taken from the postcode's reference row. */
export async function sessionFacts(pool: pg.Pool): Promise<SessionFacts[]> {
  const result = await pool.query(
    `select s.network_id, s.date::text as date, s.birth_date::text as birth_date, s.patient_key, s.zone_id,
       s.function, s.mode, s.reimbursable, s.reason, s.bim, s.residence_postcode, p.commune_nis
     from care_sessions s left join postcodes p on p.postcode = s.residence_postcode where not s.cancelled`,
  );
  return result.rows.map((row) => ({
    networkId: row.network_id,
    month: `${row.date.slice(0, 7)}-01`,
    patientKey: row.patient_key,
    zone: row.zone_id ?? '',
    function: row.function,
    mode: row.mode,
    outcome: row.reimbursable ? 'reimbursed' : (row.reason ?? 'not-reimbursed'),
    ageBand: ageBand(row.birth_date, row.date),
    bim: row.bim,
    postcode: row.residence_postcode ?? '',
    commune: row.commune_nis ?? '',
  }));
}

/** The cells as the database keeps them, zero cells left out, in key order. */
export async function keptCells(pool: pg.Pool): Promise<Cell[]> {
  await foldPendingChanges(pool);
  const result = await pool.query(
    `select network_id, month::text as month, patient_key, zone_id, function, mode, outcome, age_band, bim,
       residence_postcode, commune, sessions from reporting_session_cells where sessions <> 0`,
  );
  return sortCells(
    result.rows.map((row) => ({
      key: [
        row.network_id,
        row.month,
        row.patient_key,
        row.zone_id,
        row.function,
        row.mode,
        row.outcome,
        row.age_band,
        row.bim,
        row.residence_postcode,
        row.commune,
      ].join('|'),
      sessions: row.sessions,
    })),
  );
}

/** The same cells, counted from every session not cancelled. */
export async function countedCells(pool: pg.Pool): Promise<Cell[]> {
  return tally(
    (await sessionFacts(pool)).map((s) =>
      [
        s.networkId,
        s.month,
        s.patientKey,
        s.zone,
        s.function,
        s.mode,
        s.outcome,
        s.ageBand,
        s.bim,
        s.postcode,
        s.commune,
      ].join('|'),
    ),
  );
}

/** Session counters (no patient), summed over their stripes, zeros left out. */
export async function keptSessionCounts(pool: pg.Pool): Promise<Cell[]> {
  await foldPendingChanges(pool);
  const result = await pool.query(
    `select concat_ws('|', network_id, month::text, zone_id, function, mode, outcome, age_band, bim::text,
       commune) as key, sum(sessions)::int as sessions
     from reporting_session_counts group by 1 having sum(sessions) <> 0`,
  );
  return sortCells(result.rows);
}

export async function countedSessionCounts(pool: pg.Pool): Promise<Cell[]> {
  return tally(
    (await sessionFacts(pool)).map((s) =>
      [s.networkId, s.month, s.zone, s.function, s.mode, s.outcome, s.ageBand, s.bim, s.commune].join('|'),
    ),
  );
}

/** Patient counters by grain, value, month and previous month, summed over stripes, zeros left out. */
export async function keptPatientCounts(pool: pg.Pool): Promise<Cell[]> {
  await foldPendingChanges(pool);
  const result = await pool.query(
    `select concat_ws('|', network_id, grain, month::text, previous::text, zone_id, function, mode, outcome,
       age_band, bim::text, commune) as key, sum(patients)::int as sessions
     from reporting_patient_counts group by 1 having sum(patients) <> 0`,
  );
  return sortCells(result.rows);
}

/** The same, from the sessions: each patient's months in each grain and value, paired with the one before. */
export async function countedPatientCounts(pool: pg.Pool): Promise<Cell[]> {
  const facts = await sessionFacts(pool);
  const months = new Map<string, Set<string>>();
  for (const grain of PATIENT_GRAINS) {
    const by = new Set(grain.split('+'));
    for (const s of facts) {
      const value = [
        by.has('zone') ? s.zone : '',
        by.has('function') ? s.function : '',
        by.has('mode') ? s.mode : '',
        by.has('outcome') ? s.outcome : '',
        by.has('ageBand') ? s.ageBand : '',
        by.has('bim') && s.bim,
        by.has('commune') ? s.commune : '',
      ].join('|');
      const key = `${s.networkId}|${grain}|${value}|${s.patientKey}`;
      months.set(key, (months.get(key) ?? new Set()).add(s.month));
    }
  }
  const keys: string[] = [];
  for (const [key, seen] of months) {
    const [networkId, grain, ...rest] = key.split('|');
    const value = rest.slice(0, 7).join('|');
    let previous = '-infinity';
    for (const month of [...seen].sort()) {
      keys.push([networkId, grain, month, previous, value].join('|'));
      previous = month;
    }
  }
  return tally(keys);
}

/** The public page's quarters as kept: patients and sessions per network, quarter, band and BIM. */
export async function keptQuarters(pool: pg.Pool): Promise<Cell[]> {
  await foldPendingChanges(pool);
  const result = await pool.query(
    `select concat_ws('|', network_id, quarter::text, age_band, bim::text, sum(patients)) as key,
       sum(sessions)::int as sessions
     from reporting_quarter_bands group by network_id, quarter, age_band, bim having sum(patients) <> 0`,
  );
  return sortCells(result.rows);
}

/** The same, from the sessions: each patient of a quarter in their youngest band, BIM if any session was. */
export async function countedQuarters(pool: pg.Pool): Promise<Cell[]> {
  const patients = new Map<string, { band: string; bim: boolean; sessions: number }>();
  for (const s of await sessionFacts(pool)) {
    const month = Number(s.month.slice(5, 7));
    const quarter = `${s.month.slice(0, 5)}${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
    const key = `${s.networkId}|${quarter}|${s.patientKey}`;
    const seen = patients.get(key) ?? { band: s.ageBand, bim: false, sessions: 0 };
    if (s.ageBand < seen.band) seen.band = s.ageBand;
    seen.bim ||= s.bim;
    seen.sessions++;
    patients.set(key, seen);
  }
  const classes = new Map<string, { patients: number; sessions: number }>();
  for (const [key, seen] of patients) {
    const [networkId, quarter] = key.split('|');
    const cls = [networkId, quarter, seen.band, seen.bim].join('|');
    const counted = classes.get(cls) ?? { patients: 0, sessions: 0 };
    counted.patients++;
    counted.sessions += seen.sessions;
    classes.set(cls, counted);
  }
  return sortCells([...classes].map(([key, c]) => ({ key: `${key}|${c.patients}`, sessions: c.sessions })));
}

function tally(keys: string[]): Cell[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return sortCells([...counts].map(([key, sessions]) => ({ key, sessions })));
}

function sortCells(cells: Cell[]): Cell[] {
  return cells.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every counter table as the sessions say it should be (each kept* folds first). */
export async function assertCountersMatchSessions(pool: pg.Pool): Promise<void> {
  assert.deepEqual(await keptCells(pool), await countedCells(pool));
  assert.deepEqual(await keptSessionCounts(pool), await countedSessionCounts(pool));
  assert.deepEqual(await keptPatientCounts(pool), await countedPatientCounts(pool));
  assert.deepEqual(await keptQuarters(pool), await countedQuarters(pool));
}
