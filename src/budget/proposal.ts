// Zone envelopes proposed by population: the network's zones, their communes' figures for a
// year, and the weights the admin chose. Nothing is saved: the admin saves the envelopes (and
// any adjustment, with its reason) as a new version of the plan.

import type { Executor } from '../platform/db/database.ts';
import type { ReferenceSnapshot } from '../reference/domain/types.ts';
import { populationOf, populationYears } from '../reference/population.ts';
import {
  type BudgetPlan,
  type Envelope,
  proposeZoneEnvelopes,
  splitTotals,
  type Weights,
} from './domain/index.ts';
import type { FieldIssue } from './input.ts';
import { type CommuneSplits, zoneTerritories } from './zone-territories.ts';

export interface ProposalInput {
  weights: Weights;
  /** The year of the figures; the latest loaded up to the budget's year when left out. */
  populationYear?: number | undefined;
  /** The amount to split; the allocation less the first-line support envelope when left out. */
  amountCents?: number | undefined;
  communeSplits?: CommuneSplits | undefined;
}

export interface Proposal {
  populationYear: number;
  amountCents: number;
  zones: Array<{ zoneId: string; share: number; envelope: Envelope }>;
}

export async function proposeByPopulation(
  db: Executor,
  snapshot: ReferenceSnapshot,
  plan: BudgetPlan,
  input: ProposalInput,
): Promise<{ ok: true; proposal: Proposal } | { ok: false; errors: FieldIssue[] }> {
  const territories = zoneTerritories(snapshot, plan.networkId, input.communeSplits ?? {});
  if (!territories.ok) return territories;
  const populationYear =
    input.populationYear ?? (await populationYears(db)).find((year) => year <= plan.year);
  if (populationYear === undefined) {
    const value = String(plan.year);
    return {
      ok: false,
      errors: [{ field: 'populationYear', code: 'no-population-year', values: { value } }],
    };
  }
  const rows = await populationOf(db, populationYear, territories.communes);
  const amountCents = input.amountCents ?? plan.allocationCents - splitTotals(plan.envelopes).firstLine;
  const proposed = proposeZoneEnvelopes(
    amountCents,
    territories.zones,
    rows.map((row) => ({
      nis: row.communeNis,
      inhabitants: row.inhabitants,
      youngInhabitants: row.youngInhabitants,
      increasedReimbursementShare: row.increasedReimbursementShare,
    })),
    input.weights,
  );
  if (!proposed.ok) {
    const { error } = proposed;
    if (error.code === 'no-weight') return { ok: false, errors: [{ field: 'weights', code: 'no-weight' }] };
    const field = `weights.${error.criterion}`;
    const value = error.code === 'missing-figures' ? error.communes.join(', ') : String(populationYear);
    return {
      ok: false,
      errors: [{ field, code: error.code, values: { value, year: String(populationYear) } }],
    };
  }
  return {
    ok: true,
    proposal: {
      populationYear,
      amountCents,
      zones: proposed.proposals.map(({ zoneId, share, allocationCents }) => ({
        zoneId,
        share,
        envelope: {
          id: `zone-${zoneId}`,
          label: snapshot.zones.get(zoneId)?.names.fr ?? zoneId,
          kind: 'zone',
          key: zoneId,
          allocationCents,
        },
      })),
    },
  };
}
