// The finder's read model: every listed clinician in memory, kept fresh by `apply`, answering
// searches without touching the database. Rankings (per place) and their facet bit sets are
// built on demand and reused until the directory changes (see ranking.ts).

import {
  entryOf,
  type Facet,
  FacetCodes,
  facetOf,
  type RankedEntry,
  type Ranking,
  rank,
  rankingBytes,
  select,
} from './ranking.ts';
import type { AgeGroup, Clinician, ClinicianFunction, ClinicianLocation, Mode, Speciality } from './types.ts';

export { distanceKm } from './geo.ts';

/** Filters on a clinician's own facts, the same whoever asks. */
export interface FacetFilters {
  ageGroup?: AgeGroup | undefined;
  language?: string | undefined;
  function?: ClinicianFunction | undefined;
  mode?: Mode | undefined;
  speciality?: Speciality | undefined;
  /** Only wheelchair-accessible locations count (for the filter and for the distance). */
  wheelchair?: boolean | undefined;
  acceptingNewPatients?: boolean | undefined;
}

/** A search once the place, the zone and the age are resolved into coordinates and sets. */
export interface FinderQuery extends FacetFilters {
  /** Where the person is: results are ranked by distance from here. Without it, by freshness. */
  origin?: { lat: number; lon: number } | undefined;
  /** A short name for the origin (`p:1030`), so the ranking cache needs no number formatting. */
  originKey?: string | undefined;
  /**
   * The networks whose territory holds the origin: only their members are ranked. Nobody else
   * can be offered there, and with the whole country loaded a place's ranking is then a
   * province's clinicians rather than the country's.
   */
  territory?: ReadonlySet<string> | undefined;
  /** The clinician must belong to at least one of these networks (those serving the person's age). */
  networks?: ReadonlySet<string> | undefined;
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

/** Most recently confirmed first; the id breaks ties so that every engine and instance agrees. */
function fresher(a: RankedEntry, b: RankedEntry): number {
  const ua = a.clinician.updatedAt;
  const ub = b.clinician.updatedAt;
  if (ua !== ub) return ua > ub ? -1 : 1;
  return a.clinician.id < b.clinician.id ? -1 : a.clinician.id > b.clinician.id ? 1 : 0;
}

/**
 * Memory for the rankings kept per (place, wheelchair). Brussels has 22 postcodes and 19
 * communes; the whole country about 600 postcodes, twice over with the wheelchair filter. A
 * ranking of 20,000 clinicians is about 100 kB (ranking.ts) plus the facets searched there
 * (2.5 kB each), so the country's (about 1,000 with the bench's queries) fits; beyond the budget
 * the oldest rankings go and are rebuilt when asked again.
 */
const RANKINGS_BUDGET_BYTES = 256 * 1024 * 1024;

/** True when every ranked clinician already belongs to one of `networks`: no need to filter. */
function covers(networks: ReadonlySet<string>, territory: ReadonlySet<string> | undefined): boolean {
  if (!territory || networks.size < territory.size) return false;
  for (const id of territory) if (!networks.has(id)) return false;
  return true;
}

export class FinderIndex {
  private readonly byId = new Map<string, RankedEntry>();
  /** Entries in freshness order; rebuilt on the first search after a change. */
  private ordered: RankedEntry[] = [];
  private stale = false;
  private readonly rankings = new Map<string, Ranking>();
  /** A territory's member codes and cache key, per territory set (a place's, stable per snapshot). */
  private territories = new WeakMap<ReadonlySet<string>, { codes: Int32Array; key: string }>();
  private readonly codes = new FacetCodes();

  get size(): number {
    return this.byId.size;
  }

  /** Takes in new versions of clinicians: listed ones are (re)indexed, unlisted ones leave the finder. */
  apply(clinicians: readonly Clinician[]): void {
    for (const clinician of clinicians) {
      const known = this.byId.get(clinician.id);
      // A slower refresh must never put back an older version over a newer one.
      if (known && known.clinician.revision > clinician.revision) continue;
      if (clinician.listed) this.byId.set(clinician.id, entryOf(clinician, this.codes));
      else this.byId.delete(clinician.id);
    }
    if (clinicians.length > 0) this.stale = true;
  }

  /** Every listed clinician, in no particular order. */
  all(): Clinician[] {
    return [...this.byId.values()].map((entry) => entry.clinician);
  }

  /** A listed clinician, or undefined (unknown, or no longer listed). */
  get(id: string): Clinician | undefined {
    return this.byId.get(id)?.clinician;
  }

  private order(): RankedEntry[] {
    if (this.stale) {
      this.ordered = [...this.byId.values()].sort(fresher);
      this.rankings.clear();
      // New clinicians may bring network codes a territory did not find before.
      this.territories = new WeakMap();
      this.stale = false;
    }
    return this.ordered;
  }

  private ranking(entries: RankedEntry[], query: FinderQuery): Ranking {
    const wheelchair = query.wheelchair === true;
    const territory = this.territoryOf(query.territory);
    const members = territory?.codes;
    // Zone searches (coordinators) are rare and vary: they are ranked on the spot.
    if (query.postcodes) return rank(entries, query.origin, wheelchair, query.postcodes, members);
    const where = query.origin ? (query.originKey ?? `${query.origin.lat},${query.origin.lon}`) : '-';
    // The territory is in the key: a place whose networks change (a region reloaded) is ranked anew.
    const key = `${where}|${territory ? territory.key : '*'}${wheelchair ? '|w' : ''}`;
    let ranking = this.rankings.get(key);
    if (!ranking) {
      ranking = rank(entries, query.origin, wheelchair, undefined, members);
      // Counted afresh on each new ranking (facets grow as searches ask for them); the oldest go first.
      let bytes = rankingBytes(ranking);
      for (const cached of this.rankings.values()) bytes += rankingBytes(cached);
      for (const [oldest, old] of this.rankings) {
        if (bytes <= RANKINGS_BUDGET_BYTES) break;
        this.rankings.delete(oldest);
        bytes -= rankingBytes(old);
      }
      this.rankings.set(key, ranking);
    }
    return ranking;
  }

  search(query: FinderQuery): FinderResult {
    const entries = this.order();
    const ranking = this.ranking(entries, query);
    const required: Array<Uint32Array | undefined> = [];
    if (query.language !== undefined) required.push(this.facet(ranking, 'language', query.language));
    if (query.ageGroup !== undefined) required.push(this.facet(ranking, 'ageGroup', query.ageGroup));
    if (query.function !== undefined) required.push(this.facet(ranking, 'function', query.function));
    if (query.mode !== undefined) required.push(this.facet(ranking, 'mode', query.mode));
    if (query.speciality !== undefined) required.push(this.facet(ranking, 'speciality', query.speciality));
    if (query.acceptingNewPatients !== undefined)
      required.push(this.facet(ranking, 'accepting', String(query.acceptingNewPatients)));
    const alternatives: Array<Array<Uint32Array | undefined>> = [];
    if (query.networks && !covers(query.networks, query.territory)) {
      const members: Array<Uint32Array | undefined> = [];
      for (const id of query.networks) members.push(this.facet(ranking, 'network', id));
      alternatives.push(members);
    }
    const { total, positions } = select(ranking, required, alternatives, query.offset, query.limit);
    const hits: FinderHit[] = [];
    for (const r of positions) {
      const clinician = entries[ranking.order[r]!]!.clinician;
      hits.push({
        clinician,
        distanceKm: query.origin ? ranking.bucket[r]! / 10 : null,
        nearestLocation: clinician.locations[ranking.nearest[r]!]!,
      });
    }
    return { total, hits };
  }

  /** The facet codes of a territory's networks; undefined ranks everyone. */
  private territoryOf(
    territory: ReadonlySet<string> | undefined,
  ): { codes: Int32Array; key: string } | undefined {
    if (!territory) return undefined;
    let known = this.territories.get(territory);
    if (!known) {
      const codes: number[] = [];
      for (const id of territory) {
        const code = this.codes.find('network', id);
        if (code !== undefined) codes.push(code);
      }
      known = { codes: Int32Array.from(codes), key: codes.join(',') };
      this.territories.set(territory, known);
    }
    return known;
  }

  /** The bit set of one facet value in a ranking; undefined when nobody has that value. */
  private facet(ranking: Ranking, name: Facet, value: string): Uint32Array | undefined {
    const code = this.codes.find(name, value);
    return code === undefined ? undefined : facetOf(this.ordered, ranking, code);
  }
}
