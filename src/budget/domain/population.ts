// Allocation by population: the network chooses how much each criterion weighs (inhabitants,
// young inhabitants, inhabitants with increased reimbursement, or an equal share per zone), and
// each zone is proposed its part of the amount from its communes' figures. Rounding is by largest
// remainder, so the proposals always sum to the amount to the cent.

export const CRITERIA = ['inhabitants', 'young', 'increased-reimbursement', 'equal'] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Weights = Partial<Record<Criterion, number>>;

/** One commune's figures for a year, as the population import loaded them. */
export interface CommunePopulation {
  readonly nis: string;
  readonly inhabitants: number;
  /** Inhabitants aged 0–23 (the youth networks' ages); null where the data does not have it. */
  readonly youngInhabitants: number | null;
  /** Share of inhabitants with increased reimbursement (BIM), 0–1; null where unknown. */
  readonly increasedReimbursementShare: number | null;
}

/**
 * A zone and the communes it covers, each with the part of the commune's inhabitants living in
 * the zone (1 for a commune wholly in it; the network's own choice for a commune that spans
 * several zones, such as the City of Brussels).
 */
export interface ZoneTerritory {
  readonly zoneId: string;
  readonly communes: ReadonlyArray<{ readonly nis: string; readonly part: number }>;
}

export type ProposalError =
  | { code: 'no-weight' }
  | { code: 'missing-figures'; criterion: Criterion; communes: string[] }
  | { code: 'no-population'; criterion: Criterion };

export interface ZoneProposal {
  readonly zoneId: string;
  /** The zone's share of the amount, 0–1, before rounding. */
  readonly share: number;
  readonly allocationCents: number;
}

/**
 * Splits `amountCents` into whole cents in proportion to `weights` (non-negative, not all zero):
 * each part is rounded down, and the cents left go one by one to the largest remainders (ties to
 * the earlier item), so the parts sum exactly to the amount.
 */
export function largestRemainder(amountCents: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (weights.length === 0) return [];
  if (!(total > 0)) throw new RangeError('largest remainder needs a positive total weight');
  const quotas = weights.map((weight) => (amountCents * weight) / total);
  const parts = quotas.map((quota) => Math.floor(quota));
  let left = amountCents - parts.reduce((sum, part) => sum + part, 0);
  const order = quotas
    .map((quota, index) => ({ index, remainder: quota - Math.floor(quota) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  // Floating point can leave one cent more or less than the count of remainders: cycle until exact.
  for (let i = 0; left !== 0; i = (i + 1) % order.length) {
    const index = order[i]!.index;
    if (left > 0) {
      parts[index]! += 1;
      left -= 1;
    } else if (parts[index]! > 0) {
      parts[index]! -= 1;
      left += 1;
    }
  }
  return parts;
}

function figureOf(commune: CommunePopulation, criterion: Exclude<Criterion, 'equal'>): number | null {
  if (criterion === 'inhabitants') return commune.inhabitants;
  if (criterion === 'young') return commune.youngInhabitants;
  return commune.increasedReimbursementShare === null
    ? null
    : commune.inhabitants * commune.increasedReimbursementShare;
}

/**
 * Each zone's proposed envelope: per criterion, the zone's share of the criterion's total over
 * all the zones; the shares mixed by the weights; the amount split by largest remainder.
 */
export function proposeZoneEnvelopes(
  amountCents: number,
  zones: readonly ZoneTerritory[],
  population: readonly CommunePopulation[],
  weights: Weights,
): { ok: true; proposals: ZoneProposal[] } | { ok: false; error: ProposalError } {
  const used = CRITERIA.filter((criterion) => (weights[criterion] ?? 0) > 0);
  const weightTotal = used.reduce((sum, criterion) => sum + (weights[criterion] ?? 0), 0);
  if (used.length === 0 || zones.length === 0) return { ok: false, error: { code: 'no-weight' } };
  const byNis = new Map(population.map((commune) => [commune.nis, commune]));
  const shares = zones.map(() => 0);
  for (const criterion of used) {
    const weight = (weights[criterion] ?? 0) / weightTotal;
    if (criterion === 'equal') {
      for (let i = 0; i < zones.length; i++) shares[i]! += weight / zones.length;
      continue;
    }
    const missing = new Set<string>();
    const perZone = zones.map((zone) =>
      zone.communes.reduce((sum, { nis, part }) => {
        const commune = byNis.get(nis);
        const figure = commune ? figureOf(commune, criterion) : null;
        if (figure === null) {
          missing.add(nis);
          return sum;
        }
        return sum + figure * part;
      }, 0),
    );
    if (missing.size > 0) {
      return { ok: false, error: { code: 'missing-figures', criterion, communes: [...missing].sort() } };
    }
    const total = perZone.reduce((sum, value) => sum + value, 0);
    if (!(total > 0)) return { ok: false, error: { code: 'no-population', criterion } };
    perZone.forEach((value, i) => {
      shares[i]! += (weight * value) / total;
    });
  }
  const cents = largestRemainder(amountCents, shares);
  return {
    ok: true,
    proposals: zones.map((zone, i) => ({
      zoneId: zone.zoneId,
      share: shares[i]!,
      allocationCents: cents[i]!,
    })),
  };
}
