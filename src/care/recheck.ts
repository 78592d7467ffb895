// Deciding every recorded session again from nothing, in date order, and counting those whose
// stored decision differs. A difference is not always an error: a session recorded late never
// takes a reimbursement another session was given (see domain/path.ts). After a change of
// configuration, the count says how many decisions the new rules would give differently.

import {
  type CareFunction,
  type CareRulesConfig,
  decideFromScratch,
  type NetworkType,
  type SessionMode,
} from './domain/index.ts';
import type { SqlClient } from './sql.ts';
import { pathsInKeyRange } from './store.ts';

export interface RecheckTotals {
  patients: number;
  sessions: number;
  differing: number;
}

/** Reads a sixteenth of the patients (by the first digit of their key) at a time. */
export async function recheckAll(db: SqlClient, rules: CareRulesConfig): Promise<RecheckTotals> {
  const totals: RecheckTotals = { patients: 0, sessions: 0, differing: 0 };
  const prefixes = [...'0123456789abcdef'];
  for (const [index, prefix] of prefixes.entries()) {
    const rows = await pathsInKeyRange(db, prefix, prefixes[index + 1] ?? null);
    let start = 0;
    for (let end = 1; end <= rows.length; end++) {
      // Rows come ordered by patient: decide each patient's run of rows as one path.
      if (end < rows.length && rows[end]!.patientKey === rows[start]!.patientKey) continue;
      const path = rows.slice(start, end);
      const decisions = decideFromScratch(
        path.map((row) => ({
          ...row,
          function: row.function as CareFunction,
          mode: row.mode as SessionMode,
          networkType: row.networkType as NetworkType,
        })),
        rules,
      );
      decisions.forEach((decision, i) => {
        const stored = path[i]!;
        const same =
          decision.reason === stored.reason &&
          decision.sessionNumber === stored.sessionNumber &&
          decision.copayCents === stored.copayCents &&
          decision.firstSessionFree === stored.firstSessionFree;
        if (!same) totals.differing++;
      });
      totals.patients++;
      totals.sessions += path.length;
      start = end;
    }
  }
  return totals;
}
