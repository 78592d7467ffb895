// The clinicians spreadsheet networks keep today, read row by row: one clinician per row, with
// up to three places (practices or outreach venues). Every problem of every row is reported with
// its row and column; nothing is returned unless the whole file is right.

import { type CsvTable, missingColumns, type RowError } from '../../platform/csv.ts';
import { normalizeInami } from '../../platform/identifiers/inami.ts';
import { type LocationInput, type ProfileContext, type ProfileInput, validateProfile } from './profile.ts';
import type { NewClinician } from './types.ts';

export const MAX_LOCATIONS = 3;
const LOCATION_FIELDS = ['kind', 'name', 'street', 'postcode', 'lat', 'lon', 'wheelchair'] as const;

export const CLINICIAN_REQUIRED_COLUMNS = [
  'inami',
  'kind',
  'given_name',
  'family_name',
  'languages',
  'age_groups',
  'functions',
  'modes',
  'networks',
  'accepting_new_patients',
  'waiting_band',
  'location1_street',
  'location1_postcode',
] as const;

export const CLINICIAN_OPTIONAL_COLUMNS = [
  'visa',
  'specialities',
  'phone',
  'email',
  'website',
  'listed',
  'updated_on',
  ...Array.from({ length: MAX_LOCATIONS }, (_, i) =>
    LOCATION_FIELDS.map((field) => `location${i + 1}_${field}`),
  )
    .flat()
    .filter((column) => column !== 'location1_street' && column !== 'location1_postcode'),
] as const;

/** Profile fields → the spreadsheet's columns, so each error names the column people see. */
const COLUMN_OF: Record<string, string> = {
  givenName: 'given_name',
  familyName: 'family_name',
  ageGroups: 'age_groups',
  waitingBand: 'waiting_band',
  updatedAt: 'updated_on',
  locations: 'location1_street',
};

function columnOf(field: string): string {
  const location = /^locations\.(\d+)\.(\w+)$/.exec(field);
  if (location) return `location${Number(location[1]) + 1}_${location[2]}`;
  return COLUMN_OF[field] ?? field;
}

const TRUE = new Set(['yes', 'y', 'oui', 'o', 'ja', 'j', 'true', '1', 'x']);
// Yes and no in English, French, Dutch and German ('ja' is both); the error message asks for them.
const FALSE = new Set(['no', 'n', 'non', 'nee', 'nein', 'false', '0']);

/** A list in one cell: "fr|nl", "fr, nl" or "fr nl"… separators people use in spreadsheets. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[|,/\s]+/)
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
}

export interface ClinicianImport {
  /** Valid profiles with the row each came from; INAMI numbers are unique within the file. */
  profiles: Array<{ row: number; profile: NewClinician }>;
}

export function validateClinicianRows(
  table: CsvTable,
  context: ProfileContext,
): { ok: true; value: ClinicianImport } | { ok: false; errors: RowError[] } {
  const missing = missingColumns(table, CLINICIAN_REQUIRED_COLUMNS);
  if (missing.length > 0)
    return {
      ok: false,
      errors: [{ row: 1, code: 'missing-columns', values: { columns: missing.join(', ') } }],
    };
  const known = new Set<string>([...CLINICIAN_REQUIRED_COLUMNS, ...CLINICIAN_OPTIONAL_COLUMNS]);
  const unknown = table.header.filter((column) => column !== '' && !known.has(column));
  if (unknown.length > 0)
    return {
      ok: false,
      errors: [{ row: 1, code: 'unknown-columns', values: { columns: unknown.join(', ') } }],
    };
  if (table.rows.length === 0) return { ok: false, errors: [{ row: 0, code: 'no-rows' }] };

  const errors: RowError[] = [];
  const profiles: ClinicianImport['profiles'] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, values } of table.rows) {
    const cell = (column: string) => (values[column] ?? '').trim();
    const rowErrors: RowError[] = [];
    const flag = (column: string, fallback: boolean | null): boolean => {
      const value = cell(column).toLowerCase();
      if (value === '' && fallback !== null) return fallback;
      if (TRUE.has(value)) return true;
      if (FALSE.has(value)) return false;
      rowErrors.push(
        value === ''
          ? { row, column, code: 'required' }
          : { row, column, code: 'boolean-format', values: { value: cell(column) } },
      );
      return false;
    };
    const coordinate = (column: string): number | null => {
      const value = cell(column);
      if (value === '') return null;
      const number = Number(value.replace(',', '.'));
      if (Number.isFinite(number)) return number;
      rowErrors.push({ row, column, code: 'number-format', values: { value } });
      return null;
    };
    const locations: LocationInput[] = [];
    for (let i = 1; i <= MAX_LOCATIONS; i++) {
      const at = (field: string) => `location${i}_${field}`;
      if (i > 1 && LOCATION_FIELDS.every((field) => cell(at(field)) === '')) continue;
      locations.push({
        kind: cell(at('kind')).toLowerCase() || 'practice',
        name: cell(at('name')) || null,
        street: cell(at('street')),
        postcode: cell(at('postcode')),
        lat: coordinate(at('lat')),
        lon: coordinate(at('lon')),
        wheelchair: flag(at('wheelchair'), false),
      });
    }
    const inami = normalizeInami(cell('inami'));
    if (inami === '') rowErrors.push({ row, column: 'inami', code: 'required' });
    const first = firstRowOf.get(inami);
    if (inami && first !== undefined)
      rowErrors.push({ row, column: 'inami', code: 'duplicate-inami', values: { value: inami, first } });
    else if (inami) firstRowOf.set(inami, row);
    const input: ProfileInput = {
      kind: cell('kind').toLowerCase(),
      givenName: cell('given_name'),
      familyName: cell('family_name'),
      inami: cell('inami') || null,
      visa: cell('visa') || null,
      languages: splitList(cell('languages')),
      ageGroups: splitList(cell('age_groups')),
      functions: splitList(cell('functions')),
      modes: splitList(cell('modes')),
      specialities: splitList(cell('specialities')),
      acceptingNewPatients: flag('accepting_new_patients', null),
      waitingBand: cell('waiting_band').toLowerCase(),
      phone: cell('phone') || null,
      email: cell('email') || null,
      website: cell('website') || null,
      listed: flag('listed', true),
      networks: splitList(cell('networks')),
      locations,
      updatedAt: cell('updated_on') || undefined,
    };
    const checked = validateProfile(input, context);
    if (!checked.ok) {
      // A malformed number or yes/no is reported once, not again as the rule it then breaks.
      const unreadable = new Set(rowErrors.map((error) => error.column));
      for (const error of checked.errors) {
        const column = columnOf(error.field);
        if (unreadable.has(column)) continue;
        rowErrors.push({ row, column, code: error.code, ...(error.values ? { values: error.values } : {}) });
      }
    }
    errors.push(...rowErrors);
    if (rowErrors.length === 0 && checked.ok) profiles.push({ row, profile: checked.value });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { profiles } };
}
