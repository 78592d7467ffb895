// The 581 communes of Belgium (data/belgium-communes.csv: Statbel's geographical classification,
// as republished by the open dataset "Belgian Municipalities", 2020 edition). They are the units
// every network's territory is made of: youth networks follow the provinces (and the Brussels
// region), adult networks are lists of communes, and the mixed network of the German-speaking
// Community is its nine communes. The list has no coordinates: those come with a region's
// postcodes file, which is why it is kept apart from the communes the finder can locate.

import type { CsvTable } from '../../platform/csv.ts';
import type { ImportedCommune, ImportedLocality } from './import.ts';
import { NIS_PATTERN, normalizeName } from './places.ts';
import type { Commune, Locality } from './types.ts';

export type BelgianRegion = 'brussels' | 'flanders' | 'wallonia';

export interface BelgianCommune {
  nis: string;
  names: { fr: string; nl: string; de: string | null };
  province: { fr: string; nl: string } | null;
  region: BelgianRegion;
  germanSpeaking: boolean;
  inhabitants: number;
  mainPostcode: string;
}

const REGIONS: readonly BelgianRegion[] = ['brussels', 'flanders', 'wallonia'];

/**
 * The territory unit a commune belongs to: its province, or the Brussels region (which has
 * none). Youth networks follow these units, and the territory check runs unit by unit.
 */
export function unitOf(commune: BelgianCommune): string {
  return commune.province ? normalizeName(commune.province.fr) : commune.region;
}

/** Reads the bundled national list; a malformed row is a packaging error, so it throws. */
export function readBelgianCommunes(table: CsvTable): BelgianCommune[] {
  return table.rows.map(({ row, values }) => {
    const nis = values.commune_nis ?? '';
    const region = values.region as BelgianRegion;
    const inhabitants = Number(values.inhabitants_2020);
    if (!NIS_PATTERN.test(nis) || !REGIONS.includes(region) || !Number.isInteger(inhabitants))
      throw new Error(`belgium-communes.csv row ${row} is malformed`);
    return {
      nis,
      names: { fr: values.name_fr ?? '', nl: values.name_nl ?? '', de: values.name_de || null },
      province:
        values.province_fr && values.province_nl ? { fr: values.province_fr, nl: values.province_nl } : null,
      region,
      germanSpeaking: values.german_speaking === 'yes',
      inhabitants,
      mainPostcode: values.main_postcode ?? '',
    };
  });
}

/** The national list, indexed for the territory rules. */
export class BelgianCommunes {
  readonly byNis: ReadonlyMap<string, BelgianCommune>;
  /** unit (a normalized province name, or 'brussels') → its communes' NIS codes. */
  readonly units: ReadonlyMap<string, readonly string[]>;

  constructor(readonly all: readonly BelgianCommune[]) {
    this.byNis = new Map(all.map((c) => [c.nis, c]));
    const units = new Map<string, string[]>();
    for (const commune of all) {
      const unit = unitOf(commune);
      units.set(unit, [...(units.get(unit) ?? []), commune.nis]);
    }
    this.units = units;
  }

  /**
   * The unit a name designates: a province in French or Dutch ("Liège", "Luik", "liege"), or
   * the Brussels region ("brussels", "Bruxelles-Capitale", "Brussel"); undefined when none.
   */
  unitNamed(name: string): string | undefined {
    const wanted = normalizeName(name);
    if (['brussels', 'bruxelles', 'brussel', 'bruxelles capitale', 'brussel hoofdstad'].includes(wanted))
      return 'brussels';
    const commune = this.all.find(
      (c) =>
        c.province && (normalizeName(c.province.fr) === wanted || normalizeName(c.province.nl) === wanted),
    );
    return commune ? unitOf(commune) : undefined;
  }
}

/**
 * A loaded region's places with their German names: the national list's, for the communes that
 * have one (the German-speaking Community's), else the French name. A locality that carries its
 * commune's French name (4780 Saint-Vith) is that commune and takes its German name too; other
 * sections keep their French name, the list having no German names below the commune.
 */
export function withGermanPlaceNames(
  national: BelgianCommunes,
  places: { communes: readonly ImportedCommune[]; localities: readonly ImportedLocality[] },
): { communes: Commune[]; localities: Locality[] } {
  const communeFr = new Map(places.communes.map((c) => [c.nis, c.names.fr]));
  const german = (nis: string, fr: string) => {
    const de = national.byNis.get(nis)?.names.de;
    return de && fr === communeFr.get(nis) ? de : fr;
  };
  return {
    communes: places.communes.map((c) => ({ ...c, names: { ...c.names, de: german(c.nis, c.names.fr) } })),
    localities: places.localities.map((l) => ({
      ...l,
      names: { ...l.names, de: german(l.communeNis, l.names.fr) },
    })),
  };
}
