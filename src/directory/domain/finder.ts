// The finder's read model: every listed clinician in memory, shaped for fast filtering.
// Searches run on every public page view and API call, so the hot path allocates nothing per
// candidate: controlled lists become bit masks, locations become radians, and the ranking key
// (distance, then freshness) is one number per match.

import { LANGUAGE_CODES } from '../../platform/i18n/languages.ts';
import {
  AGE_GROUPS,
  type AgeGroup,
  type Clinician,
  type ClinicianFunction,
  type ClinicianLocation,
  FUNCTIONS,
  MODES,
  type Mode,
  SPECIALITIES,
  type Speciality,
} from './types.ts';

/** A search once the place, the zone and the age are resolved into coordinates and sets. */
export interface FinderQuery {
  /** Where the person is: results are ranked by distance from here. Without it, by freshness. */
  origin?: { lat: number; lon: number } | undefined;
  ageGroup?: AgeGroup | undefined;
  /** The clinician must belong to at least one of these networks (those serving the person's age). */
  networks?: ReadonlySet<string> | undefined;
  language?: string | undefined;
  function?: ClinicianFunction | undefined;
  mode?: Mode | undefined;
  speciality?: Speciality | undefined;
  /** Only wheelchair-accessible locations count (for the filter and for the distance). */
  wheelchair?: boolean | undefined;
  acceptingNewPatients?: boolean | undefined;
  /** Only locations in these postcodes count (a coordinator zone). */
  postcodes?: ReadonlySet<string> | undefined;
  limit: number;
  offset: number;
}

export interface FinderHit {
  clinician: Clinician;
  /** From the origin to the nearest matching location, rounded to 100 m; null without an origin. */
  distanceKm: number | null;
  nearestLocation: ClinicianLocation;
}

export interface FinderResult {
  total: number;
  hits: FinderHit[];
}

interface Entry {
  clinician: Clinician;
  languages: number;
  ageGroups: number;
  functions: number;
  modes: number;
  specialities: number;
  networks: readonly string[];
  latRad: Float64Array;
  lonRad: Float64Array;
  cosLat: Float64Array;
  wheelchair: Uint8Array;
  postcodes: readonly string[];
  /** Position in freshness order (most recently updated first); part of the ranking key. */
  freshRank: number;
}

const DEG = Math.PI / 180;
const EARTH_KM = 6371.0088;
/** Ranking key = distance bucket (100 m) × RANK_SPAN + freshness rank: one float comparison per pair. */
const RANK_SPAN = 1_000_000;
/** Up to this many results per page (offset + limit), a small sorted buffer beats sorting every match. */
const BUFFER_MAX = 64;

function bitIndex<T extends string>(list: readonly T[]): Map<string, number> {
  return new Map(list.map((code, index) => [code, 1 << index]));
}

const LANGUAGE_BITS = bitIndex(LANGUAGE_CODES);
const AGE_GROUP_BITS = bitIndex(AGE_GROUPS);
const FUNCTION_BITS = bitIndex(FUNCTIONS);
const MODE_BITS = bitIndex(MODES);
const SPECIALITY_BITS = bitIndex(SPECIALITIES);

function mask(bits: Map<string, number>, codes: readonly string[]): number {
  let value = 0;
  for (const code of codes) value |= bits.get(code) ?? 0;
  return value;
}

function toEntry(clinician: Clinician): Entry {
  const { locations } = clinician;
  return {
    clinician,
    languages: mask(LANGUAGE_BITS, clinician.languages),
    ageGroups: mask(AGE_GROUP_BITS, clinician.ageGroups),
    functions: mask(FUNCTION_BITS, clinician.functions),
    modes: mask(MODE_BITS, clinician.modes),
    specialities: mask(SPECIALITY_BITS, clinician.specialities),
    networks: clinician.networks,
    latRad: Float64Array.from(locations, (l) => l.lat * DEG),
    lonRad: Float64Array.from(locations, (l) => l.lon * DEG),
    cosLat: Float64Array.from(locations, (l) => Math.cos(l.lat * DEG)),
    wheelchair: Uint8Array.from(locations, (l) => (l.wheelchair ? 1 : 0)),
    postcodes: locations.map((l) => l.postcode),
    freshRank: 0,
  };
}

/** Most recently confirmed first; the id breaks ties so that every engine and instance agrees. */
function fresher(a: Entry, b: Entry): number {
  const ua = a.clinician.updatedAt;
  const ub = b.clinician.updatedAt;
  if (ua !== ub) return ua > ub ? -1 : 1;
  return a.clinician.id < b.clinician.id ? -1 : a.clinician.id > b.clinician.id ? 1 : 0;
}

/**
 * The haversine term between two points given in radians (with their latitudes' cosines): the
 * hot loop and `distanceKm` share it, so a distance shown on a page is the one that ranked it.
 */
function haversine(
  latA: number,
  lonA: number,
  cosA: number,
  latB: number,
  lonB: number,
  cosB: number,
): number {
  const sinLat = Math.sin((latB - latA) / 2);
  const sinLon = Math.sin((lonB - lonA) / 2);
  return sinLat * sinLat + cosA * cosB * sinLon * sinLon;
}

function kilometres(h: number): number {
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Great-circle distance in km from `a` to `b`. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const latA = a.lat * DEG;
  const latB = b.lat * DEG;
  return kilometres(haversine(latA, a.lon * DEG, Math.cos(latA), latB, b.lon * DEG, Math.cos(latB)));
}

export class FinderIndex {
  private readonly byId = new Map<string, Entry>();
  /** Entries in freshness order; rebuilt on the first search after a change. */
  private ordered: Entry[] = [];
  private stale = false;
  private keys = new Float64Array(1024);

  get size(): number {
    return this.byId.size;
  }

  /** Takes in new versions of clinicians: listed ones are (re)indexed, unlisted ones leave the finder. */
  apply(clinicians: readonly Clinician[]): void {
    for (const clinician of clinicians) {
      const known = this.byId.get(clinician.id);
      // A slower refresh must never put back an older version over a newer one.
      if (known && known.clinician.revision > clinician.revision) continue;
      if (clinician.listed) this.byId.set(clinician.id, toEntry(clinician));
      else this.byId.delete(clinician.id);
    }
    if (clinicians.length > 0) this.stale = true;
  }

  /** A listed clinician, or undefined (unknown, or no longer listed). */
  get(id: string): Clinician | undefined {
    return this.byId.get(id)?.clinician;
  }

  private order(): Entry[] {
    if (this.stale) {
      this.ordered = [...this.byId.values()].sort(fresher);
      this.ordered.forEach((entry, index) => {
        entry.freshRank = index;
      });
      if (this.keys.length < this.ordered.length) this.keys = new Float64Array(this.ordered.length * 2);
      this.stale = false;
    }
    return this.ordered;
  }

  search(query: FinderQuery): FinderResult {
    const entries = this.order();
    const keys = this.keys;
    const language = query.language === undefined ? 0 : (LANGUAGE_BITS.get(query.language) ?? -1);
    const ageGroup = query.ageGroup === undefined ? 0 : AGE_GROUP_BITS.get(query.ageGroup)!;
    const fn = query.function === undefined ? 0 : FUNCTION_BITS.get(query.function)!;
    const mode = query.mode === undefined ? 0 : MODE_BITS.get(query.mode)!;
    const speciality = query.speciality === undefined ? 0 : SPECIALITY_BITS.get(query.speciality)!;
    if (language === -1) return { total: 0, hits: [] };
    const { networks, postcodes, origin } = query;
    const wheelchair = query.wheelchair === true;
    const accepting = query.acceptingNewPatients;
    const originLat = origin ? origin.lat * DEG : 0;
    const originLon = origin ? origin.lon * DEG : 0;
    const originCos = Math.cos(originLat);
    let total = 0;

    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if ((e.languages & language) !== language) continue;
      if ((e.ageGroups & ageGroup) !== ageGroup) continue;
      if ((e.functions & fn) !== fn) continue;
      if ((e.modes & mode) !== mode) continue;
      if ((e.specialities & speciality) !== speciality) continue;
      if (accepting !== undefined && e.clinician.acceptingNewPatients !== accepting) continue;
      if (networks && !someIn(e.networks, networks)) continue;
      // The nearest location that satisfies the location filters; -1 when none does.
      let best = -1;
      let bestH = Number.POSITIVE_INFINITY;
      for (let l = 0; l < e.latRad.length; l++) {
        if (wheelchair && e.wheelchair[l] === 0) continue;
        if (postcodes && !postcodes.has(e.postcodes[l]!)) continue;
        if (!origin) {
          best = l;
          break;
        }
        const h = haversine(originLat, originLon, originCos, e.latRad[l]!, e.lonRad[l]!, e.cosLat[l]!);
        if (h < bestH) {
          bestH = h;
          best = l;
        }
      }
      if (best === -1) continue;
      keys[total++] = origin ? bucketOf(bestH) * RANK_SPAN + e.freshRank : e.freshRank;
    }

    const wanted = Math.min(query.offset + query.limit, total);
    const top = wanted <= BUFFER_MAX ? smallest(keys, total, wanted) : keys.slice(0, total).sort();
    const hits: FinderHit[] = [];
    for (let i = query.offset; i < wanted; i++) {
      const key = top[i]!;
      const rank = key % RANK_SPAN;
      const entry = entries[rank]!;
      hits.push(this.hit(entry, origin ? (key - rank) / RANK_SPAN / 10 : null, query));
    }
    return { total, hits };
  }

  /** Rebuilds what the hot loop kept as numbers: the nearest matching location. */
  private hit(entry: Entry, distance: number | null, query: FinderQuery): FinderHit {
    const { locations } = entry.clinician;
    const eligible = locations.filter(
      (l) => (!query.wheelchair || l.wheelchair) && (!query.postcodes || query.postcodes.has(l.postcode)),
    );
    const origin = query.origin;
    const nearestLocation = origin
      ? eligible.reduce((a, b) => (distanceKm(origin, b) < distanceKm(origin, a) ? b : a))
      : eligible[0]!;
    return { clinician: entry.clinician, distanceKm: distance, nearestLocation };
  }
}

/** Haversine term → distance in 100 m units, as shown to people (1.2 km). */
function bucketOf(h: number): number {
  return Math.round(kilometres(h) * 10);
}

function someIn(values: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < values.length; i++) if (set.has(values[i]!)) return true;
  return false;
}

/** The `count` smallest of the first `length` keys, in order, without sorting them all. */
function smallest(keys: Float64Array, length: number, count: number): Float64Array {
  const out = new Float64Array(count);
  if (count === 0) return out;
  let filled = 0;
  for (let i = 0; i < length; i++) {
    const key = keys[i]!;
    if (filled === count && key >= out[count - 1]!) continue;
    let j = filled < count ? filled++ : count - 1;
    while (j > 0 && out[j - 1]! > key) {
      out[j] = out[j - 1]!;
      j--;
    }
    out[j] = key;
  }
  return out;
}
