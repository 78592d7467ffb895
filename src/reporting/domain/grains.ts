// The groupings reporting counts distinct patients by. A patient seen twice in a month counts
// once; seen with two functions, once in each function; so patients by function cannot be
// summed from patients by function and age band. Each grouping asked for therefore needs its own
// counter, kept when sessions change (the reporting_grains table of migration 0023 lists the same
// grains; a test compares them). Months are not a grain: every grain is counted per month in a way
// that also answers any run of months (tables.ts, reporting_patient_counts).

/** What patients can be grouped by, besides the month, in the order grain names use. */
export const GRAIN_DIMENSIONS = ['zone', 'function', 'ageBand', 'commune', 'mode', 'outcome', 'bim'] as const;
export type GrainDimension = (typeof GRAIN_DIMENSIONS)[number];

/** The groupings counted, each both across a network and within each zone. */
const WITHOUT_ZONE = [
  [],
  ['function'],
  ['mode'],
  ['outcome'],
  ['ageBand'],
  ['bim'],
  ['commune'],
  ['function', 'ageBand'],
  ['function', 'commune'],
  ['ageBand', 'commune'],
  ['function', 'ageBand', 'commune'],
] as const satisfies readonly (readonly GrainDimension[])[];

const nameOf = (dimensions: readonly GrainDimension[]) =>
  GRAIN_DIMENSIONS.filter((dimension) => dimensions.includes(dimension)).join('+');

/** The names of every grain counted ('' is the network's, or zone's, patients alone). */
export const PATIENT_GRAINS: readonly string[] = WITHOUT_ZONE.flatMap((dimensions) => [
  nameOf(dimensions),
  nameOf(['zone', ...dimensions]),
]);

/**
 * The grain that counts patients grouped by `dimensions` (months aside), within one zone when
 * `withinZone`; null when no counter keeps that grouping.
 */
export function grainOf(dimensions: readonly string[], withinZone: boolean): string | null {
  const asked = dimensions.filter((dimension) => dimension !== 'month');
  if (!asked.every((dimension) => (GRAIN_DIMENSIONS as readonly string[]).includes(dimension))) return null;
  const name = nameOf([...(asked as GrainDimension[]), ...(withinZone ? (['zone'] as const) : [])]);
  return PATIENT_GRAINS.includes(name) ? name : null;
}
