// Patients per 10,000 inhabitants: how much of a commune's population the network reaches. A
// rate is published only when its count is (a rate and the population give the count back).

import { isPublishable } from './suppression.ts';

export const RATE_BASE = 10_000;

/** Patients per 10,000 inhabitants, to one decimal; null when the population is unknown or empty. */
export function perTenThousand(patients: number, inhabitants: number | null): number | null {
  if (inhabitants === null || !(inhabitants > 0)) return null;
  return Math.round((patients * RATE_BASE * 10) / inhabitants) / 10;
}

/** The rate as it may leave the staff screens: null ("< 5") when the count may not. */
export function publishableRate(patients: number, inhabitants: number | null): number | null {
  return isPublishable(patients) ? perTenThousand(patients, inhabitants) : null;
}

/** A share in percent, to one decimal; null for an empty whole. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null;
}
