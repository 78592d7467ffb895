// The territory check: in every loaded unit (a province, or the Brussels region), each commune
// must resolve to exactly one youth and one adult network, or to one mixed network (the
// German-speaking Community's, which serves every age). DOMAIN.md §3.

import type { BelgianCommunes } from './belgium.ts';
import { unitOf } from './belgium.ts';
import type { NetworkKind, OfficialPlaceNames } from './types.ts';

export interface TerritoryNetwork {
  id: string;
  kind: NetworkKind;
  communes: ReadonlySet<string>;
}

export type TerritoryProblem =
  | 'no-youth'
  | 'no-adult'
  | 'several-youth'
  | 'several-adult'
  | 'several-mixed'
  | 'mixed-and-other';

export interface TerritoryGap {
  nis: string;
  /** German: the national list's German name, or the French one for communes that have none. */
  names: OfficialPlaceNames;
  unit: string;
  problems: TerritoryProblem[];
  /** The networks whose territory holds the commune (none, one or too many). */
  networkIds: string[];
}

export interface TerritoryReport {
  /** The units some network's territory touches: those are the loaded ones. */
  units: string[];
  /** Each unit's names by language, for people (the ids are normalized French province names). */
  unitNames: Record<string, UnitNames>;
  /** How many communes those units hold (all checked). */
  communes: number;
  gaps: TerritoryGap[];
}

export type UnitNames = OfficialPlaceNames & { en: string };

// The Brussels-Capital Region's official names. The national list names provinces in French and
// Dutch only: English and German readers get the name used where the province is (Dutch in
// Flanders, French in Wallonia), as for communes without a German name.
const BRUSSELS_REGION: UnitNames = {
  fr: 'Région de Bruxelles-Capitale',
  nl: 'Brussels Hoofdstedelijk Gewest',
  de: 'Region Brüssel-Hauptstadt',
  en: 'Brussels-Capital Region',
};

function unitNames(national: BelgianCommunes, unit: string): UnitNames {
  const commune = national.byNis.get(national.units.get(unit)?.[0] ?? '');
  if (!commune?.province) return BRUSSELS_REGION;
  const { fr, nl } = commune.province;
  const local = commune.region === 'flanders' ? nl : fr;
  return { fr, nl, de: local, en: local };
}

function problemsOf(counts: Record<NetworkKind, number>): TerritoryProblem[] {
  const { youth, adult, mixed } = counts;
  if (mixed === 1 && youth === 0 && adult === 0) return [];
  if (mixed > 0) return mixed > 1 ? ['several-mixed'] : ['mixed-and-other'];
  const problems: TerritoryProblem[] = [];
  if (youth === 0) problems.push('no-youth');
  if (youth > 1) problems.push('several-youth');
  if (adult === 0) problems.push('no-adult');
  if (adult > 1) problems.push('several-adult');
  return problems;
}

export function checkTerritory(
  national: BelgianCommunes,
  networks: Iterable<TerritoryNetwork>,
): TerritoryReport {
  const holders = new Map<string, TerritoryNetwork[]>();
  const units = new Set<string>();
  for (const network of networks) {
    for (const nis of network.communes) {
      holders.set(nis, [...(holders.get(nis) ?? []), network]);
      const commune = national.byNis.get(nis);
      if (commune) units.add(unitOf(commune));
    }
  }
  const gaps: TerritoryGap[] = [];
  let communes = 0;
  for (const unit of [...units].sort()) {
    for (const nis of national.units.get(unit) ?? []) {
      communes++;
      const held = holders.get(nis) ?? [];
      const counts = { youth: 0, adult: 0, mixed: 0 };
      for (const network of held) counts[network.kind]++;
      const problems = problemsOf(counts);
      if (problems.length === 0) continue;
      const commune = national.byNis.get(nis)!;
      gaps.push({
        nis,
        names: { fr: commune.names.fr, nl: commune.names.nl, de: commune.names.de ?? commune.names.fr },
        unit,
        problems,
        networkIds: held.map((network) => network.id).sort(),
      });
    }
  }
  const sorted = [...units].sort();
  return {
    units: sorted,
    unitNames: Object.fromEntries(sorted.map((unit) => [unit, unitNames(national, unit)])),
    communes,
    gaps,
  };
}
