// The order of every listed clinician as seen from one place (nearest eligible location first,
// in 100 m steps, then the most recently confirmed profile), with one bit set per facet value.
// Places are postcode and commune centres, a small set: each place's ranking is built once per
// directory change, and a search is then a few AND operations over 32-bit words, a count of
// the bits left, and the positions of the page's bits.

import { bucketOf, DEG, haversine } from './geo.ts';
import type { Clinician } from './types.ts';

/**
 * Every (facet, value) seen gets a small number: a clinician's facts become a list of numbers,
 * and a ranking's bit sets an array indexed by them.
 */
export type Facet = 'language' | 'ageGroup' | 'function' | 'mode' | 'speciality' | 'network' | 'accepting';

export class FacetCodes {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  code(facet: Facet, value: string): number {
    const key = `${facet}|${value}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  /** The number of a value, or undefined when no clinician has ever had it. */
  find(facet: Facet, value: string): number | undefined {
    return this.ids.get(`${facet}|${value}`);
  }
}

/** What ranking needs of a clinician: locations in radians and facts as numbers, once per version. */
export interface RankedEntry {
  clinician: Clinician;
  codes: Int32Array;
  latRad: Float64Array;
  lonRad: Float64Array;
  cosLat: Float64Array;
  wheelchair: Uint8Array;
}

/**
 * Rankings are kept for every place searched (580 with the whole country): their arrays take 16
 * bits per clinician where that is enough, as it is up to 65,535 clinicians and 6,553 km.
 */
type Positions = Uint16Array | Int32Array;

export interface Ranking {
  /** Positions in the freshness order the ranking was built from, nearest first. */
  order: Positions;
  /** Distance of each ranked entry in 100 m steps (0 without an origin), at most MAX_BUCKET. */
  bucket: Positions;
  /** Which of the ranked entry's locations is the nearest eligible one. */
  nearest: Uint8Array;
  /**
   * By facet code: bit r is on when the clinician ranked r has that value. Built on first use
   * (`facetOf`): a place sees a handful of the hundred-odd values, and with the whole country
   * loaded the rankings of every place must fit in memory.
   */
  facets: Array<Uint32Array | undefined>;
}

/** The bit set of a facet code in a ranking, built the first time a search asks for it. */
export function facetOf(entries: readonly RankedEntry[], ranking: Ranking, code: number): Uint32Array {
  let bits = ranking.facets[code];
  if (!bits) {
    const { order } = ranking;
    bits = new Uint32Array(Math.ceil(order.length / 32));
    for (let r = 0; r < order.length; r++) {
      if (entries[order[r]!]!.codes.includes(code)) bits[r >>> 5]! |= 1 << (r & 31);
    }
    ranking.facets[code] = bits;
  }
  return bits;
}

/** Memory a ranking holds now, facets built so far included, for the finder's cache budget. */
export function rankingBytes(ranking: Ranking): number {
  let bytes = ranking.order.byteLength + ranking.bucket.byteLength + ranking.nearest.byteLength;
  for (const bits of ranking.facets) if (bits) bytes += bits.byteLength;
  return bytes;
}

/** The farthest distance a ranking tells apart, in 100 m steps: farther places rank together. */
const MAX_BUCKET = 0xffff;

/** Ranking key = distance bucket × RANK_SPAN + position in freshness order: one number orders both. */
const RANK_SPAN = 1_000_000;

export function entryOf(clinician: Clinician, codes: FacetCodes): RankedEntry {
  const { locations } = clinician;
  const facts = [
    ...clinician.languages.map((v) => codes.code('language', v)),
    ...clinician.ageGroups.map((v) => codes.code('ageGroup', v)),
    ...clinician.functions.map((v) => codes.code('function', v)),
    ...clinician.modes.map((v) => codes.code('mode', v)),
    ...clinician.specialities.map((v) => codes.code('speciality', v)),
    ...clinician.networks.map((v) => codes.code('network', v)),
    codes.code('accepting', String(clinician.acceptingNewPatients)),
  ];
  return {
    clinician,
    codes: Int32Array.from(facts),
    latRad: Float64Array.from(locations, (l) => l.lat * DEG),
    lonRad: Float64Array.from(locations, (l) => l.lon * DEG),
    cosLat: Float64Array.from(locations, (l) => Math.cos(l.lat * DEG)),
    wheelchair: Uint8Array.from(locations, (l) => (l.wheelchair ? 1 : 0)),
  };
}

/**
 * Ranks the entries (given in freshness order) that have an eligible location: wheelchair
 * accessible when asked, in `postcodes` when given, and members of one of the networks whose
 * codes are `members` when given.
 */
export function rank(
  entries: readonly RankedEntry[],
  origin: { lat: number; lon: number } | undefined,
  wheelchair: boolean,
  postcodes: ReadonlySet<string> | undefined,
  members?: Int32Array,
): Ranking {
  const keys = new Float64Array(entries.length);
  const bucketOfEntry = new Int32Array(entries.length);
  const nearestOfEntry = new Uint8Array(entries.length);
  const originLat = origin ? origin.lat * DEG : 0;
  const originLon = origin ? origin.lon * DEG : 0;
  const originCos = Math.cos(originLat);
  let count = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (members && !members.some((code) => e.codes.includes(code))) continue;
    const { locations } = e.clinician;
    let best = -1;
    let bestH = Number.POSITIVE_INFINITY;
    for (let l = 0; l < e.latRad.length; l++) {
      if (wheelchair && e.wheelchair[l] === 0) continue;
      if (postcodes && !postcodes.has(locations[l]!.postcode)) continue;
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
    nearestOfEntry[i] = best;
    bucketOfEntry[i] = origin ? Math.min(bucketOf(bestH), MAX_BUCKET) : 0;
    keys[count++] = bucketOfEntry[i]! * RANK_SPAN + i;
  }
  const sorted = keys.subarray(0, count).sort();
  const order = entries.length <= 0xffff ? new Uint16Array(count) : new Int32Array(count);
  const bucket = new Uint16Array(count);
  const nearest = new Uint8Array(count);
  for (let r = 0; r < count; r++) {
    const i = sorted[r]! % RANK_SPAN;
    order[r] = i;
    bucket[r] = bucketOfEntry[i]!;
    nearest[r] = nearestOfEntry[i]!;
  }
  return { order, bucket, nearest, facets: [] };
}

/**
 * The words a search works in, reused from one search to the next (a search runs to its end
 * without yielding) rather than two fresh arrays per request, which V8 keeps outside the heap
 * once they pass 64 bytes (a place's ranking of more than 512 clinicians).
 */
let scratch = { matched: new Uint32Array(0), any: new Uint32Array(0) };

function scratchFor(words: number): typeof scratch {
  if (scratch.matched.length < words)
    scratch = { matched: new Uint32Array(words), any: new Uint32Array(words) };
  return scratch;
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The ranked positions matching every required set (AND) and at least one set of each group of
 * alternatives (OR within a group), with their count: positions `offset`…`offset + limit` only.
 * `required` containing undefined means a value nobody has: nothing matches.
 */
export function select(
  ranking: Ranking,
  required: ReadonlyArray<Uint32Array | undefined>,
  alternatives: ReadonlyArray<ReadonlyArray<Uint32Array | undefined>>,
  offset: number,
  limit: number,
): { total: number; positions: number[] } {
  const count = ranking.order.length;
  if (required.length === 0 && alternatives.length === 0) {
    const positions: number[] = [];
    for (let r = offset; r < Math.min(count, offset + limit); r++) positions.push(r);
    return { total: count, positions };
  }
  if (required.some((bits) => bits === undefined)) return { total: 0, positions: [] };
  const words = Math.ceil(count / 32);
  const { matched, any } = scratchFor(words);
  matched.fill(0xffffffff, 0, words);
  for (const bits of required) for (let w = 0; w < words; w++) matched[w]! &= bits![w]!;
  for (const group of alternatives) {
    any.fill(0, 0, words);
    for (const bits of group) if (bits) for (let w = 0; w < words; w++) any[w]! |= bits[w]!;
    for (let w = 0; w < words; w++) matched[w]! &= any[w]!;
  }
  let total = 0;
  const positions: number[] = [];
  for (let w = 0; w < words; w++) {
    let word = matched[w]!;
    if (word === 0) continue;
    const bits = popcount(word);
    // Whole words before the page are only counted.
    if (total + bits <= offset || positions.length >= limit) {
      total += bits;
      continue;
    }
    while (word !== 0) {
      const low = word & -word;
      if (total >= offset && positions.length < limit) positions.push(w * 32 + (31 - Math.clz32(low)));
      total++;
      word ^= low;
    }
  }
  return { total, positions };
}
