// Reporting's counter cells, read two ways: as the database keeps them, and counted straight
// from care_sessions with the domain's own definitions (age band, outcome), for comparison.

import type pg from 'pg';
import { ageBand } from '../../../src/reporting/domain/age-bands.ts';

export interface Cell {
  key: string;
  sessions: number;
}

/** The cells as the database keeps them, zero cells left out, in key order. */
export async function keptCells(pool: pg.Pool): Promise<Cell[]> {
  const result = await pool.query(
    `select network_id, month::text as month, patient_key, zone_id, function, mode, outcome, age_band, bim,
       residence_postcode, sessions from reporting_session_cells where sessions <> 0`,
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
      ].join('|'),
      sessions: row.sessions,
    })),
  );
}

/** The same cells, counted from every session not cancelled. */
export async function countedCells(pool: pg.Pool): Promise<Cell[]> {
  const result = await pool.query(
    `select network_id, date::text as date, birth_date::text as birth_date, patient_key, zone_id, function,
       mode, reimbursable, reason, bim, residence_postcode from care_sessions where not cancelled`,
  );
  const counts = new Map<string, number>();
  for (const row of result.rows) {
    const outcome = row.reimbursable ? 'reimbursed' : (row.reason ?? 'not-reimbursed');
    const key = [
      row.network_id,
      `${row.date.slice(0, 7)}-01`,
      row.patient_key,
      row.zone_id ?? '',
      row.function,
      row.mode,
      outcome,
      ageBand(row.birth_date, row.date),
      row.bim,
      row.residence_postcode ?? '',
    ].join('|');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return sortCells([...counts].map(([key, sessions]) => ({ key, sessions })));
}

function sortCells(cells: Cell[]): Cell[] {
  return cells.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
