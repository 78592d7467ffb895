// BENCH DATA, not reference data: the whole country as `bench:finder --national` loads it, on top
// of the bundled Brussels files (real postcodes, coordinates, networks and zones).
//
// What is real: the 581 communes of src/reference/data/belgium-communes.csv (NIS codes, names,
// province, arrondissement, inhabitants on 1 January 2020) and one main postcode each; the
// territory rules (youth networks follow the province, the German-speaking Community has its own
// network for all ages, taken out of the province of Liège's networks).
// What is generated: the networks themselves (one youth network per province, one adult network
// per arrondissement; the real adult networks group communes differently) and the coordinates.
// The national file has no coordinates: outside Brussels each commune is put at a deterministic
// point within about 25 km of its province's approximate centre (to 0.1°). Distances therefore
// rank clinicians of the same province roughly and other provinces after them, which is the work
// the finder does; they are not where the communes are.
// Postcodes: one per commune (its main one); four main postcodes are shared by two communes, and
// the more populous commune keeps it (the other is not a searchable place in this bench). Places
// are searched by postcode and by commune name; the postcodes of a commune's other sections are
// not in the national file.

import { readFileSync } from 'node:fs';
import { readCsv } from '../src/platform/csv.ts';
import { type BelgianCommune, readBelgianCommunes } from '../src/reference/domain/belgium.ts';

const COMMUNES_FILE = new URL('../src/reference/data/belgium-communes.csv', import.meta.url);

/** Approximate centres (0.1°) and half-extents (degrees) of the ten provinces, by French name. */
const PROVINCES: Record<string, { lat: number; lon: number; dLat: number; dLon: number }> = {
  Anvers: { lat: 51.2, lon: 4.7, dLat: 0.2, dLon: 0.35 },
  'Brabant flamand': { lat: 50.9, lon: 4.6, dLat: 0.12, dLon: 0.4 },
  'Brabant wallon': { lat: 50.7, lon: 4.6, dLat: 0.1, dLon: 0.3 },
  'Flandre occidentale': { lat: 51.0, lon: 3.0, dLat: 0.25, dLon: 0.3 },
  'Flandre orientale': { lat: 51.0, lon: 3.8, dLat: 0.2, dLon: 0.3 },
  Hainaut: { lat: 50.4, lon: 3.9, dLat: 0.25, dLon: 0.6 },
  Limbourg: { lat: 51.0, lon: 5.4, dLat: 0.2, dLon: 0.3 },
  Liège: { lat: 50.5, lon: 5.7, dLat: 0.2, dLon: 0.4 },
  Luxembourg: { lat: 49.9, lon: 5.5, dLat: 0.3, dLon: 0.3 },
  Namur: { lat: 50.3, lon: 4.8, dLat: 0.25, dLon: 0.35 },
};

export interface NationalBenchData {
  /** A reference pack of the generated networks (the Brussels ones come with the bundled pack). */
  packJson: string;
  /** A postcodes file of the communes outside Brussels (columns of data/brussels.csv). */
  postcodesCsv: string;
  /** Inhabitants behind each loaded postcode, to spread clinicians (Brussels: its communes'). */
  inhabitantsByPostcode: Map<string, number>;
  communes: BelgianCommune[];
}

/** A number in [0, 1) from a NIS code and a salt: the same point every run. */
function unit(nis: string, salt: number): number {
  let h = 2_166_136_261 ^ salt;
  for (let i = 0; i < nis.length; i++) h = Math.imul(h ^ nis.charCodeAt(i), 16_777_619);
  h = Math.imul(h ^ (h >>> 15), 2_246_822_507);
  return ((h ^ (h >>> 13)) >>> 0) / 4_294_967_296;
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const idOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function nationalBenchData(
  brusselsPostcodes: ReadonlyArray<{ postcode: string; communeNis: string }>,
): NationalBenchData {
  const table = readCsv(readFileSync(COMMUNES_FILE, 'utf8'));
  const communes = readBelgianCommunes(table);
  const arrondissementOf = new Map(
    table.rows.map(({ values }) => [values.commune_nis!, values.arrondissement_fr!]),
  );
  const inhabitantsByPostcode = new Map<string, number>();

  // Brussels: the bundled postcodes; a commune's inhabitants split evenly over its postcodes.
  const brussels = new Map(communes.filter((c) => c.region === 'brussels').map((c) => [c.nis, c]));
  for (const { postcode, communeNis } of brusselsPostcodes) {
    const commune = brussels.get(communeNis);
    const share = brusselsPostcodes.filter((p) => p.communeNis === communeNis).length;
    if (commune) inhabitantsByPostcode.set(postcode, commune.inhabitants / share);
  }

  const rows = ['postcode,locality_fr,locality_nl,commune_nis,commune_fr,commune_nl,zone,lat,lon'];
  const outside = communes
    .filter((c) => c.region !== 'brussels')
    .sort((a, b) => b.inhabitants - a.inhabitants || a.nis.localeCompare(b.nis));
  for (const commune of outside) {
    const postcode = commune.mainPostcode;
    const province = PROVINCES[commune.province?.fr ?? ''];
    if (!province) throw new Error(`no bench centre for the province of ${commune.nis}`);
    if (inhabitantsByPostcode.has(postcode)) {
      // Shared main postcode: the more populous commune (sorted first) has it.
      inhabitantsByPostcode.set(postcode, inhabitantsByPostcode.get(postcode)! + commune.inhabitants);
      continue;
    }
    inhabitantsByPostcode.set(postcode, commune.inhabitants);
    // A point within the province's extent, spread by the NIS code; rounded to 0.01°.
    const lat = province.lat + (unit(commune.nis, 1) * 2 - 1) * province.dLat;
    const lon = province.lon + (unit(commune.nis, 2) * 2 - 1) * province.dLon;
    const { fr, nl } = commune.names;
    rows.push(
      [postcode, fr, nl, commune.nis, fr, nl, '', lat.toFixed(2), lon.toFixed(2)].map(csvField).join(','),
    );
  }

  const german = communes.filter((c) => c.germanSpeaking).map((c) => c.nis);
  const provinces = [...new Set(outside.map((c) => c.province!.fr))].sort();
  const names = (fr: string, nl: string, en: string) => ({ fr, nl, en });
  const source = 'bench:finder --national: generated bench network, not a real one';
  const youth = provinces.map((province) => ({
    id: `bench-youth-${idOf(province)}`,
    kind: 'youth',
    names: names(
      `Réseau jeunes (banc d'essai) ${province}`,
      `Jongerennetwerk (test) ${province}`,
      `Youth network (bench) ${province}`,
    ),
    minAge: 0,
    maxAge: 23,
    provinces: [province],
    ...(province === 'Liège' ? { exceptCommunes: german } : {}),
    languages: [outside.find((c) => c.province?.fr === province)!.region === 'flanders' ? 'nl' : 'fr'],
    source,
  }));
  const byArrondissement = new Map<string, BelgianCommune[]>();
  for (const commune of outside) {
    if (commune.germanSpeaking) continue;
    const name = arrondissementOf.get(commune.nis)!;
    byArrondissement.set(name, [...(byArrondissement.get(name) ?? []), commune]);
  }
  const adult = [...byArrondissement.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, members]) => ({
      id: `bench-adult-${idOf(name)}`,
      kind: 'adult',
      names: names(
        `Réseau adultes (banc d'essai) ${name}`,
        `Volwassenennetwerk (test) ${name}`,
        `Adult network (bench) ${name}`,
      ),
      minAge: 15,
      maxAge: null,
      communes: members.map((c) => c.nis).sort(),
      languages: [members[0]!.region === 'flanders' ? 'nl' : 'fr'],
      source,
    }));
  const germanNetwork = {
    id: 'bench-mixed-ostbelgien',
    kind: 'mixed',
    names: names(
      'Réseau (banc d’essai) Communauté germanophone',
      'Netwerk (test) Duitstalige Gemeenschap',
      'Network (bench) German-speaking Community',
    ),
    minAge: 0,
    maxAge: null,
    communes: german,
    languages: ['de'],
    source,
  };
  const pack = { areas: [], networks: [...youth, ...adult, germanNetwork], zones: [], rules: [] };
  return {
    packJson: JSON.stringify(pack),
    postcodesCsv: `${rows.join('\n')}\n`,
    inhabitantsByPostcode,
    communes,
  };
}
