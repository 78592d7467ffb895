// What patients pay on a given day, in a few figures, for printed materials and information
// pages: read from the dated convention tables and copay layers, the same ones that decide each
// session, so a flyer never says something the recording would not do.

import { isWithin } from './domain/dates.ts';
import { type CareRulesConfig, COPAY_LAYERS, conventionOn, type IsoDate } from './domain/index.ts';

export interface CopaySummary {
  individualCents: number;
  individualBimCents: number;
  groupCents: number;
  /** No copay up to and including this age on the session date; null when no layer says so. */
  freeUpToAge: number | null;
  /** The first session is free (the care rules' setting). */
  firstSessionFree: boolean;
  /** Some function costs the patient nothing (the 2024 community groups). */
  communityFree: boolean;
}

/** Null before the scheme started (no convention in force). */
export function copaysOn(date: IsoDate, rules: CareRulesConfig): CopaySummary | null {
  const convention = conventionOn(date);
  if (!convention) return null;
  const free = COPAY_LAYERS.filter(
    (layer) => layer.copayCents === 0 && isWithin(date, layer.validFrom, layer.validUntil),
  );
  return {
    individualCents: convention.copayCents.individual,
    individualBimCents: convention.copayCents.individualBim,
    groupCents: convention.copayCents.group,
    freeUpToAge: free.length > 0 ? Math.max(...free.map((layer) => layer.maxAgeInclusive)) : null,
    firstSessionFree: rules.freeFirstSession !== 'off',
    communityFree: Object.values(convention.functions).some((fn) => fn.copayFree),
  };
}
