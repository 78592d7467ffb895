// The figures the public statistics page and its CSV publish: per network and quarter, sessions,
// patients, patients by age band and the share with increased reimbursement (BIM), every small
// number suppressed (domain/suppression.ts). The age bands of a quarter add up to its patients
// (each patient in one band), so a quarter's table is suppressed with its total.

import { AGE_BANDS } from './domain/age-bands.ts';
import { percent } from './domain/rates.ts';
import { isPublishable, suppressTable } from './domain/suppression.ts';
import type { QuarterBandRow } from './store.ts';

export interface PublicQuarter {
  quarter: number;
  /** null: hidden (fewer than 5 patients, or would give a hidden figure back). */
  sessions: number | null;
  patients: number | null;
  bands: (number | null)[];
  /** Percent of patients with BIM; null when hidden or without patients. */
  bimShare: number | null;
  /** Whether the share is hidden, rather than without patients. */
  bimHidden: boolean;
}

export function publicQuarters(rows: readonly QuarterBandRow[]): PublicQuarter[] {
  const quarters = [1, 2, 3, 4];
  const cells = quarters.map((quarter) =>
    AGE_BANDS.map(
      (band) => rows.find((row) => row.quarter === quarter && row.ageBand === band)?.patients ?? 0,
    ),
  );
  // Column totals (a band over the year) are not published: a patient seen in two quarters would
  // count twice. Suppressing as if they were only hides more, never less.
  const table = suppressTable(cells);
  return quarters.map((quarter, i) => {
    const ofQuarter = rows.filter((row) => row.quarter === quarter);
    const patients = ofQuarter.reduce((sum, row) => sum + row.patients, 0);
    const bim = ofQuarter.reduce((sum, row) => sum + row.bimPatients, 0);
    const sessions = ofQuarter.reduce((sum, row) => sum + row.sessions, 0);
    const shown = table.rowTotals[i] ?? null;
    // The share and the patients give back both counts: each must be publishable.
    const bimHidden = shown === null || !isPublishable(bim) || !isPublishable(patients - bim);
    return {
      quarter,
      sessions: shown === null ? null : sessions,
      patients: shown,
      bands: table.cells[i]!,
      bimShare: bimHidden ? null : percent(bim, patients),
      bimHidden: bimHidden && patients > 0,
    };
  });
}
