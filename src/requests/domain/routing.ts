import { AGE_GROUP_BOUNDS, type AgeGroup } from './vocabulary.ts';

interface AgedNetwork {
  id: string;
  minAge: number;
  maxAge: number | null;
}

/**
 * The networks of a place that serve any age of the groups concerned: children → youth,
 * young people (15–23) → both, adults and older adults → adult.
 */
export function networksForAgeGroups<N extends AgedNetwork>(
  networks: readonly N[],
  groups: readonly AgeGroup[],
): N[] {
  return networks.filter((network) =>
    groups.some((group) => {
      const bounds = AGE_GROUP_BOUNDS[group];
      const upper = bounds.max ?? Number.POSITIVE_INFINITY;
      return network.minAge <= upper && (network.maxAge === null || network.maxAge >= bounds.min);
    }),
  );
}

/** The first-contact target of a case: the strictest of its networks' settings. */
export function firstContactTarget(
  networkIds: readonly string[],
  settings: ReadonlyMap<string, number>,
  defaultDays: number,
): number {
  const days = networkIds.map((id) => settings.get(id) ?? defaultDays);
  return days.length > 0 ? Math.min(...days) : defaultDays;
}
