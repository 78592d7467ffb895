// The Brussels map as tiles: each of the 19 communes one square, placed roughly where it lies
// (north up), so a reader can find their commune without boundaries. Shading is by band of
// patients per 10,000 inhabitants; bands split the range from 0 to a round maximum in equal
// parts (d3's quantize scale), and every tile also prints its figure, so colour is never alone.

import { scaleQuantize } from 'd3-scale';

/** Column and row of each commune's tile (Statbel NIS codes), on a 5 × 5 grid. */
export const BRUSSELS_TILES: Readonly<Record<string, readonly [column: number, row: number]>> = {
  '21008': [1, 0], // Ganshoren
  '21010': [2, 0], // Jette
  '21015': [3, 0], // Schaerbeek
  '21006': [4, 0], // Evere
  '21003': [0, 1], // Berchem-Sainte-Agathe
  '21011': [1, 1], // Koekelberg
  '21004': [2, 1], // Bruxelles
  '21014': [3, 1], // Saint-Josse-ten-Noode
  '21018': [4, 1], // Woluwe-Saint-Lambert
  '21001': [0, 2], // Anderlecht
  '21012': [1, 2], // Molenbeek-Saint-Jean
  '21013': [2, 2], // Saint-Gilles
  '21005': [3, 2], // Etterbeek
  '21019': [4, 2], // Woluwe-Saint-Pierre
  '21007': [1, 3], // Forest
  '21009': [2, 3], // Ixelles
  '21002': [3, 3], // Auderghem
  '21016': [1, 4], // Uccle
  '21017': [2, 4], // Watermael-Boitsfort
};

export const BAND_COUNT = 4;

export interface RateBands {
  /** Each band's lower and upper bound (the upper one included in the last band only). */
  bounds: Array<readonly [number, number]>;
  /** The band of a rate, 0 (lowest) to BAND_COUNT - 1; null for an unknown rate. */
  bandOf(rate: number | null): number | null;
}

/** Equal bands from 0 to the highest rate rounded up to a round figure (at least 1). */
export function rateBands(rates: readonly (number | null)[]): RateBands {
  const known = rates.filter((rate): rate is number => rate !== null);
  const highest = Math.max(1, ...known);
  const scale = scaleQuantize<number>()
    .domain([0, highest])
    .range(Array.from({ length: BAND_COUNT }, (_, i) => i))
    .nice(BAND_COUNT);
  const [low, high] = scale.domain() as [number, number];
  const cuts = [low, ...scale.thresholds(), high];
  return {
    bounds: cuts.slice(0, -1).map((from, i) => [from, cuts[i + 1]!] as const),
    bandOf: (rate) => (rate === null ? null : scale(rate)),
  };
}
