// How many people live in each commune: the denominator of patients per 10,000 inhabitants.
// Population is reference data that the budget capability imports (`passerelle import
// population`); reporting only reads it through this interface, so it never keeps a copy.

import { readCsv } from '../platform/csv.ts';
import type { Executor } from '../platform/db/database.ts';
import { inhabitantsOf } from '../reference/population.ts';

export interface InhabitantsSource {
  /** The population of a commune (Statbel NIS code) in a year, or the latest year before it; null if unknown. */
  inhabitants(communeNis: string, year: number): Promise<number | null>;
}

/** No population known: rates are shown as not available rather than guessed. */
export const NO_INHABITANTS: InhabitantsSource = {
  inhabitants: async () => null,
};

/** The population figures loaded as reference data (`passerelle import population`). */
export function inhabitantsFromReference(db: Executor): InhabitantsSource {
  return { inhabitants: (communeNis, year) => inhabitantsOf(db, communeNis, year) };
}

/** Populations read from a CSV with columns commune_nis, year, inhabitants (Statbel's layout). */
export function inhabitantsFromCsv(text: string): InhabitantsSource {
  const byCommune = new Map<string, Array<{ year: number; inhabitants: number }>>();
  for (const { values } of readCsv(text).rows) {
    const year = Number(values.year);
    const inhabitants = Number(values.inhabitants);
    if (!values.commune_nis || !Number.isInteger(year) || !Number.isInteger(inhabitants)) continue;
    const years = byCommune.get(values.commune_nis) ?? [];
    years.push({ year, inhabitants });
    byCommune.set(values.commune_nis, years);
  }
  for (const years of byCommune.values()) years.sort((a, b) => b.year - a.year);
  return {
    inhabitants: async (communeNis, year) =>
      byCommune.get(communeNis)?.find((entry) => entry.year <= year)?.inhabitants ?? null,
  };
}
