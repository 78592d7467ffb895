// Inhabitants per commune and year, for allocating a network's budget by population. One row
// per commune and year (the columns of data/brussels-population.csv); two optional columns carry
// what a network may have for its territory: young inhabitants (aged 0–23) and the share of
// inhabitants with increased reimbursement. The same columns load any region and any year.

import { type CsvTable, missingColumns, type RowError } from '../../platform/csv.ts';
import { NIS_PATTERN } from './places.ts';

export const POPULATION_COLUMNS = ['commune_nis', 'commune_fr', 'commune_nl', 'year', 'inhabitants'] as const;
export const OPTIONAL_POPULATION_COLUMNS = ['young_inhabitants', 'increased_reimbursement_share'] as const;

export interface CommunePopulationRow {
  communeNis: string;
  communeFr: string;
  communeNl: string;
  year: number;
  inhabitants: number;
  youngInhabitants: number | null;
  /** 0–1. */
  increasedReimbursementShare: number | null;
}

const WHOLE = /^\d{1,9}$/;
/** A share as a fraction ("0,27", "0.27") or a percentage ("27 %"). */
const SHARE = /^(\d{1,3}(?:[.,]\d{1,6})?)\s*(%?)$/;

function share(text: string): number | undefined {
  const match = SHARE.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.')) / (match[2] ? 100 : 1);
  return value >= 0 && value <= 1 ? value : undefined;
}

/** Checks every row and reports every problem with its row; the rows only when all are right. */
export function validatePopulation(
  table: CsvTable,
): { ok: true; rows: CommunePopulationRow[] } | { ok: false; errors: RowError[] } {
  const missing = missingColumns(table, POPULATION_COLUMNS);
  if (missing.length > 0)
    return {
      ok: false,
      errors: [{ row: 1, code: 'missing-columns', values: { columns: missing.join(', ') } }],
    };
  if (table.rows.length === 0) return { ok: false, errors: [{ row: 0, code: 'no-rows' }] };
  const errors: RowError[] = [];
  const rows: CommunePopulationRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of table.rows) {
    const problem = (column: string, code: string, extra: Record<string, string | number> = {}) =>
      errors.push({ row, column, code, values: { value: values[column] ?? '', ...extra } });
    const before = errors.length;
    const nis = values.commune_nis ?? '';
    if (!NIS_PATTERN.test(nis)) problem('commune_nis', 'nis-format');
    for (const column of ['commune_fr', 'commune_nl'] as const) {
      if ((values[column] ?? '') === '') errors.push({ row, column, code: 'required' });
    }
    const year = Number(values.year);
    if (!/^\d{4}$/.test(values.year ?? '') || year < 1990 || year > 2100) problem('year', 'year-format');
    const inhabitants = values.inhabitants ?? '';
    if (!WHOLE.test(inhabitants)) problem('inhabitants', 'count-format');
    const young = values.young_inhabitants ?? '';
    if (young !== '' && !WHOLE.test(young)) problem('young_inhabitants', 'count-format');
    else if (young !== '' && WHOLE.test(inhabitants) && Number(young) > Number(inhabitants))
      problem('young_inhabitants', 'more-than-inhabitants');
    const bim = values.increased_reimbursement_share ?? '';
    const bimShare = bim === '' ? null : share(bim);
    if (bimShare === undefined) problem('increased_reimbursement_share', 'share-format');
    const key = `${nis} ${values.year}`;
    const first = seen.get(key);
    if (first !== undefined)
      problem('commune_nis', 'duplicate-commune-year', { first, year: values.year ?? '' });
    else seen.set(key, row);
    if (errors.length > before) continue;
    rows.push({
      communeNis: nis,
      communeFr: values.commune_fr!,
      communeNl: values.commune_nl!,
      year,
      inhabitants: Number(inhabitants),
      youngInhabitants: young === '' ? null : Number(young),
      increasedReimbursementShare: bimShare ?? null,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
