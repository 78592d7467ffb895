// The communes each of a network's zones covers, from the reference data's postcodes: a commune
// whose postcodes all lie in one zone goes wholly to it; a commune spread over several zones
// (the City of Brussels) is split as the network says, never by a guess.

import type { ReferenceSnapshot } from '../reference/domain/types.ts';
import type { ZoneTerritory } from './domain/index.ts';
import type { FieldIssue } from './input.ts';

/** Per commune (NIS), the part of its inhabitants in each zone, e.g. { '21004': { 'centre-west': 0.6, … } }. */
export type CommuneSplits = Record<string, Record<string, number>>;

/** Parts must add up to a whole, to this tolerance (they are typed as decimals). */
const TOLERANCE = 0.001;

export function zoneTerritories(
  snapshot: ReferenceSnapshot,
  networkId: string,
  splits: CommuneSplits,
): { ok: true; zones: ZoneTerritory[]; communes: string[] } | { ok: false; errors: FieldIssue[] } {
  const zones = [...snapshot.zones.values()]
    .filter((zone) => zone.networkIds.includes(networkId))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const zonesOfCommune = new Map<string, Set<string>>();
  for (const zone of zones) {
    for (const postcode of zone.postcodes) {
      const nis = snapshot.localities.get(postcode)?.communeNis;
      if (!nis) continue;
      const set = zonesOfCommune.get(nis) ?? new Set<string>();
      set.add(zone.id);
      zonesOfCommune.set(nis, set);
    }
  }
  const errors: FieldIssue[] = [];
  const parts = new Map<string, Array<{ nis: string; part: number }>>(zones.map((zone) => [zone.id, []]));
  for (const [nis, inZones] of [...zonesOfCommune].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const field = `communeSplits.${nis}`;
    const allowed = [...inZones].sort().join(', ');
    if (inZones.size === 1 && !splits[nis]) {
      parts.get([...inZones][0]!)!.push({ nis, part: 1 });
      continue;
    }
    const split = splits[nis];
    if (!split) {
      errors.push({ field, code: 'split-needed', values: { value: nis, allowed } });
      continue;
    }
    const foreign = Object.keys(split).filter((zoneId) => !inZones.has(zoneId));
    const sum = Object.values(split).reduce((total, part) => total + part, 0);
    if (foreign.length > 0) {
      errors.push({ field, code: 'unknown-zone', values: { value: foreign.join(', '), allowed } });
    } else if (Math.abs(sum - 1) > TOLERANCE) {
      errors.push({ field, code: 'split-sum', values: { value: nis } });
    } else {
      for (const [zoneId, part] of Object.entries(split))
        if (part > 0) parts.get(zoneId)!.push({ nis, part });
    }
  }
  // A split for a commune the zones do not cover is a typo, not something to ignore.
  for (const nis of Object.keys(splits)
    .filter((n) => !zonesOfCommune.has(n))
    .sort()) {
    errors.push({ field: `communeSplits.${nis}`, code: 'unknown-commune', values: { value: nis } });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    zones: zones.map((zone) => ({ zoneId: zone.id, communes: parts.get(zone.id)! })),
    communes: [...zonesOfCommune.keys()].sort(),
  };
}
