import type { CsvTable, RowError } from '../../platform/csv.ts';
import { missingColumns } from '../../platform/csv.ts';
import { isBelgianPostcode } from '../../platform/identifiers/postcode.ts';
import { NIS_PATTERN } from './places.ts';
import type { Commune, Locality } from './types.ts';

export const POSTCODE_COLUMNS = [
  'postcode',
  'locality_fr',
  'locality_nl',
  'commune_nis',
  'commune_fr',
  'commune_nl',
  'zone',
  'lat',
  'lon',
] as const;

/**
 * A postcodes file names places in French and Dutch; German names come from the national list
 * when the snapshot is loaded (`withGermanPlaceNames`), so they are not stored with the places.
 */
type Imported<T extends Commune | Locality> = Omit<T, 'names'> & { names: { fr: string; nl: string } };
export type ImportedCommune = Imported<Commune>;
export type ImportedLocality = Imported<Locality>;

export interface PostcodeImport {
  communes: ImportedCommune[];
  localities: ImportedLocality[];
  /** postcode → zone id, for rows that name a zone. */
  zoneOf: Map<string, string>;
}

// Belgium lies within these bounds; a coordinate outside is a typo or swapped columns.
const LAT = [49.4, 51.6] as const;
const LON = [2.5, 6.5] as const;
const ZONE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

function coordinate(value: string, [min, max]: readonly [number, number]): number | undefined {
  const number = Number(value.replace(',', '.'));
  return value !== '' && Number.isFinite(number) && number >= min && number <= max ? number : undefined;
}

/**
 * Checks every row of a postcodes file (the columns of data/brussels.csv) and reports every
 * problem with its row number; returns the places only when the whole file is right.
 * `knownZones` are the zone ids that exist or arrive in the same import.
 */
export function validatePostcodes(
  table: CsvTable,
  knownZones: ReadonlySet<string>,
): { ok: true; value: PostcodeImport } | { ok: false; errors: RowError[] } {
  const missing = missingColumns(table, POSTCODE_COLUMNS);
  if (missing.length > 0)
    return {
      ok: false,
      errors: [{ row: 1, code: 'missing-columns', values: { columns: missing.join(', ') } }],
    };
  if (table.rows.length === 0) return { ok: false, errors: [{ row: 0, code: 'no-rows' }] };
  const errors: RowError[] = [];
  const localities: ImportedLocality[] = [];
  const zoneOf = new Map<string, string>();
  const seenPostcodes = new Map<string, number>();
  const communeRows = new Map<
    string,
    { row: number; fr: string; nl: string; points: Array<[number, number]>; main?: [number, number] }
  >();

  for (const { row, values } of table.rows) {
    const rowErrors: RowError[] = [];
    for (const column of POSTCODE_COLUMNS) {
      if (column !== 'zone' && values[column] === '') rowErrors.push({ row, column, code: 'required' });
    }
    const postcode = values.postcode ?? '';
    const nis = values.commune_nis ?? '';
    const zone = values.zone ?? '';
    if (postcode && !isBelgianPostcode(postcode))
      rowErrors.push({ row, column: 'postcode', code: 'postcode-format', values: { value: postcode } });
    if (nis && !NIS_PATTERN.test(nis))
      rowErrors.push({ row, column: 'commune_nis', code: 'nis-format', values: { value: nis } });
    const lat = coordinate(values.lat ?? '', LAT);
    const lon = coordinate(values.lon ?? '', LON);
    if (values.lat && lat === undefined)
      rowErrors.push({ row, column: 'lat', code: 'latitude-range', values: { value: values.lat } });
    if (values.lon && lon === undefined)
      rowErrors.push({ row, column: 'lon', code: 'longitude-range', values: { value: values.lon } });
    if (zone && !ZONE_ID.test(zone))
      rowErrors.push({ row, column: 'zone', code: 'zone-format', values: { value: zone } });
    else if (zone && !knownZones.has(zone))
      rowErrors.push({ row, column: 'zone', code: 'unknown-zone', values: { value: zone } });
    const firstRow = seenPostcodes.get(postcode);
    if (postcode && firstRow !== undefined)
      rowErrors.push({
        row,
        column: 'postcode',
        code: 'duplicate-postcode',
        values: { value: postcode, first: firstRow },
      });
    const known = communeRows.get(nis);
    if (known && (known.fr !== values.commune_fr || known.nl !== values.commune_nl)) {
      rowErrors.push({
        row,
        column: 'commune_fr',
        code: 'commune-mismatch',
        values: { value: nis, first: known.row },
      });
    }
    errors.push(...rowErrors);
    if (rowErrors.length > 0 || lat === undefined || lon === undefined) continue;
    seenPostcodes.set(postcode, row);
    const commune = known ?? { row, fr: values.commune_fr!, nl: values.commune_nl!, points: [] };
    commune.points.push([lat, lon]);
    // The locality that carries the commune's name gives the commune's centre (1000 for the City).
    if (values.locality_fr === values.commune_fr) commune.main = [lat, lon];
    communeRows.set(nis, commune);
    localities.push({
      postcode,
      names: { fr: values.locality_fr!, nl: values.locality_nl! },
      communeNis: nis,
      lat,
      lon,
    });
    if (zone) zoneOf.set(postcode, zone);
  }
  if (errors.length > 0) return { ok: false, errors };
  const communes = [...communeRows.entries()].map(([nis, c]) => {
    const [lat, lon] = c.main ?? [
      c.points.reduce((sum, p) => sum + p[0], 0) / c.points.length,
      c.points.reduce((sum, p) => sum + p[1], 0) / c.points.length,
    ];
    return { nis, names: { fr: c.fr, nl: c.nl }, lat, lon };
  });
  return { ok: true, value: { communes, localities, zoneOf } };
}
