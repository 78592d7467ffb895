// Clinicians' activity against their contingent. An active clinician has at least one session
// (recorded, not cancelled) in the period. A clinician's contingent is the sessions a week the
// network's budget plan commits for them; what it leads to expect in a period is that many
// sessions a week times the period's weeks (its days ÷ 7). The share used is sessions ÷ expected.

import { median } from './waits.ts';

export const USE_BANDS = ['under-half', 'half-to-most', 'on-track', 'over'] as const;
export type UseBand = (typeof USE_BANDS)[number];

/** Under 50 %, 50 % to under 90 %, 90 % to 110 %, over 110 %. */
export function useBand(sessions: number, expected: number): UseBand {
  const share = expected > 0 ? sessions / expected : Number.POSITIVE_INFINITY;
  if (share < 0.5) return 'under-half';
  if (share < 0.9) return 'half-to-most';
  if (share <= 1.1) return 'on-track';
  return 'over';
}

export interface ContingentUse {
  activeClinicians: number;
  /** Median sessions of the active clinicians; null without any. */
  medianSessions: number | null;
  /** Clinicians with a contingent in the plan. */
  withContingent: number;
  /** Sessions of the clinicians with a contingent, and what their contingents lead to expect. */
  sessionsOfHolders: number;
  expected: number;
  bands: Record<UseBand, number>;
}

export function contingentUse(
  sessionsByClinician: ReadonlyMap<string, number>,
  perWeekByClinician: ReadonlyMap<string, number>,
  days: number,
): ContingentUse {
  const active = [...sessionsByClinician.values()].filter((n) => n > 0);
  const bands = Object.fromEntries(USE_BANDS.map((band) => [band, 0])) as Record<UseBand, number>;
  let sessionsOfHolders = 0;
  let expected = 0;
  for (const [clinicianId, perWeek] of perWeekByClinician) {
    const done = sessionsByClinician.get(clinicianId) ?? 0;
    const due = (perWeek * days) / 7;
    sessionsOfHolders += done;
    expected += due;
    bands[useBand(done, due)]++;
  }
  return {
    activeClinicians: active.length,
    medianSessions: median(active),
    withContingent: perWeekByClinician.size,
    sessionsOfHolders,
    expected: Math.round(expected * 10) / 10,
    bands,
  };
}
