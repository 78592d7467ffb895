// Population figures as reference data: imported from a CSV (all or nothing; a commune and year
// already loaded is replaced), read by budgets to propose zone envelopes.
//
// The bundled file, data/brussels-population.csv, holds the inhabitants of the 19 Brussels
// communes on 1 January 2020: Statbel's population figures as republished in the open dataset
// "Belgian Municipalities" (2020 edition); their total, 1,218,255, is the Region's official
// figure for that date. It has no age bands nor increased-reimbursement shares: networks that
// have them add the optional columns (see domain/population.ts).

import { readFileSync } from 'node:fs';
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { CsvError, type RowError, readCsv } from '../platform/csv.ts';
import type { Executor } from '../platform/db/database.ts';
import { type CommunePopulationRow, validatePopulation } from './domain/population.ts';
import { communePopulation } from './tables.ts';

export const BUNDLED_POPULATION = new URL('./data/brussels-population.csv', import.meta.url);

export type PopulationImportOutcome =
  | { ok: true; counts: { communes: number; years: number[] } }
  | { ok: false; errors: RowError[] };

/** Checks the whole file, then writes it in one statement: every row, or none. */
export async function importPopulation(db: Executor, csv: string): Promise<PopulationImportOutcome> {
  let table: ReturnType<typeof readCsv>;
  try {
    table = readCsv(csv);
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, errors: [{ row: 0, code: 'not-csv' }] };
    throw error;
  }
  const checked = validatePopulation(table);
  if (!checked.ok) return checked;
  await db
    .insert(communePopulation)
    .values(checked.rows)
    .onConflictDoUpdate({
      target: [communePopulation.communeNis, communePopulation.year],
      set: {
        communeFr: sql`excluded.commune_fr`,
        communeNl: sql`excluded.commune_nl`,
        inhabitants: sql`excluded.inhabitants`,
        youngInhabitants: sql`excluded.young_inhabitants`,
        increasedReimbursementShare: sql`excluded.increased_reimbursement_share`,
      },
    });
  const years = [...new Set(checked.rows.map((row) => row.year))].sort();
  return { ok: true, counts: { communes: new Set(checked.rows.map((r) => r.communeNis)).size, years } };
}

/** Loads the Brussels figures shipped with Passerelle. */
export function importBundledPopulation(db: Executor): Promise<PopulationImportOutcome> {
  return importPopulation(db, readFileSync(BUNDLED_POPULATION, 'utf8'));
}

/** The figures of a year, for these communes (all communes when none are named). */
export async function populationOf(
  db: Executor,
  year: number,
  communes?: readonly string[],
): Promise<CommunePopulationRow[]> {
  if (communes && communes.length === 0) return [];
  const rows = await db
    .select()
    .from(communePopulation)
    .where(
      communes
        ? and(eq(communePopulation.year, year), inArray(communePopulation.communeNis, [...communes]))
        : eq(communePopulation.year, year),
    )
    .orderBy(communePopulation.communeNis);
  return rows;
}

/** The years figures were loaded for, latest first. */
export async function populationYears(db: Executor): Promise<number[]> {
  const rows = await db.selectDistinct({ year: communePopulation.year }).from(communePopulation);
  return rows.map((row) => row.year).sort((a, b) => b - a);
}

/** The inhabitants of a commune in a year, or in the latest year loaded before it; null if none. */
export async function inhabitantsOf(db: Executor, communeNis: string, year: number): Promise<number | null> {
  const [row] = await db
    .select({ inhabitants: communePopulation.inhabitants })
    .from(communePopulation)
    .where(and(eq(communePopulation.communeNis, communeNis), lte(communePopulation.year, year)))
    .orderBy(desc(communePopulation.year))
    .limit(1);
  return row?.inhabitants ?? null;
}
