// A search as people and other capabilities ask it (a place, an age, a zone…), resolved against
// the reference data into what the finder's index filters on (coordinates, sets of networks and
// postcodes). Pure: the reference snapshot is passed in.

import type { Place } from '../../reference/domain/places.ts';
import type { Names, OfficialPlaceNames, ReferenceSnapshot } from '../../reference/domain/types.ts';
import type { FacetFilters, FinderHit, FinderQuery } from './finder.ts';
import { ageGroupOf } from './profile.ts';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/**
 * What `DirectoryService.search` takes. Every filter is optional and they all combine (AND):
 *   place       { postcode } or { communeNis }: results are ranked by distance from it
 *   age         years: the age group containing it, and a network serving that age (in the place's territory)
 *   ageGroup    children | young-people | adults | older-adults
 *   language    ISO 639-1 code (platform/i18n/languages.ts)
 *   function    community | support | treatment
 *   mode        individual | group | video | home-visits | outreach
 *   speciality  a code of SPECIALITIES
 *   wheelchair  only wheelchair-accessible locations count
 *   acceptingNewPatients
 *   zone        a coordinator zone id: only locations in its postcodes count
 *   network     a network id: members only
 *   limit       0–100 (default 20; 0 counts without listing); offset ≥ 0 (default 0)
 */
export interface DirectorySearch extends FacetFilters {
  place?: Place | undefined;
  age?: number | undefined;
  zone?: string | undefined;
  network?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Where the search was centred, as the reference data names it. */
export interface SearchPlace {
  /** `p:1030` or `c:21004`: names the place in caches. */
  key: string;
  postcode: string | null;
  communeNis: string;
  names: OfficialPlaceNames;
  lat: number;
  lon: number;
  /** The networks whose territory holds the place, whatever the person's age. */
  covering: ReadonlySet<string>;
}

export type SearchFailure = {
  ok: false;
  reason: 'unknown-place' | 'unknown-zone' | 'unknown-network';
  field: keyof DirectorySearch;
};

/** A network serving the place whose clinicians are not in Passerelle: people are pointed to its list. */
export interface NetworkElsewhere {
  id: string;
  names: Names;
  url: string;
}

export type SearchOutcome =
  | { ok: true; total: number; hits: FinderHit[]; place: SearchPlace | null; elsewhere: NetworkElsewhere[] }
  | SearchFailure;

/** Known places per reference snapshot: the same place is the same object until the data changes. */
const placesOf = new WeakMap<ReferenceSnapshot, Map<string, SearchPlace>>();

/** A postcode's locality centre, or a commune's centre; null when the reference data does not know it. */
export function locate(snapshot: ReferenceSnapshot, place: Place): SearchPlace | null {
  let known = placesOf.get(snapshot);
  if (!known) {
    known = new Map();
    placesOf.set(snapshot, known);
  }
  const key = 'postcode' in place ? `p:${place.postcode}` : `c:${place.communeNis}`;
  const cached = known.get(key);
  if (cached) return cached;
  let spot: Omit<SearchPlace, 'covering'> | null = null;
  if ('postcode' in place) {
    const l = snapshot.localities.get(place.postcode);
    if (l)
      spot = { key, postcode: l.postcode, communeNis: l.communeNis, names: l.names, lat: l.lat, lon: l.lon };
  } else {
    const c = snapshot.communes.get(place.communeNis);
    if (c) spot = { key, postcode: null, communeNis: c.nis, names: c.names, lat: c.lat, lon: c.lon };
  }
  let found: SearchPlace | null = null;
  if (spot) {
    const nis = spot.communeNis;
    const covering = [...snapshot.networks.values()].filter((n) => n.communes.has(nis)).map((n) => n.id);
    found = { ...spot, covering: new Set(covering) };
  }
  // Only places that exist are kept: a stream of made-up postcodes must not grow the map.
  if (found) known.set(key, found);
  return found;
}

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string> | undefined): Set<string> {
  return new Set([...a].filter((id) => b === undefined || b.has(id)));
}

export function resolveSearch(
  snapshot: ReferenceSnapshot,
  search: DirectorySearch,
):
  | { ok: true; query: FinderQuery; place: SearchPlace | null; elsewhere: NetworkElsewhere[] }
  | SearchFailure {
  const place = search.place ? locate(snapshot, search.place) : null;
  if (search.place && !place) return { ok: false, reason: 'unknown-place', field: 'place' };
  let postcodes: ReadonlySet<string> | undefined;
  if (search.zone !== undefined) {
    const zone = snapshot.zones.get(search.zone);
    if (!zone) return { ok: false, reason: 'unknown-zone', field: 'zone' };
    postcodes = new Set(zone.postcodes);
  }
  if (search.network !== undefined && !snapshot.networks.has(search.network))
    return { ok: false, reason: 'unknown-network', field: 'network' };
  let networks: ReadonlySet<string> | undefined = search.network ? new Set([search.network]) : undefined;
  if (place) {
    // A person is served by the networks whose territory holds their place: clinicians of
    // another region are not offered as the nearest, however few kilometres away.
    if (place.covering.size === 0 && search.network === undefined)
      return { ok: false, reason: 'unknown-place', field: 'place' };
    // The place's own set, unless a network was named: the finder then needs no filter at all.
    networks = search.network === undefined ? place.covering : intersection(place.covering, networks);
  }
  const { age } = search;
  if (age !== undefined) {
    // The person's age decides which networks may see them (youth up to 23, adults from 15),
    // among those whose territory holds the place.
    const serving = new Set<string>();
    for (const id of networks ?? snapshot.networks.keys()) {
      const n = snapshot.networks.get(id);
      if (n && age >= n.minAge && (n.maxAge === null || age <= n.maxAge)) serving.add(id);
    }
    networks = serving;
  }
  // Networks of the place (and age) whose clinicians Passerelle does not list: said, with a link.
  const elsewhere: NetworkElsewhere[] = [];
  if (place) {
    for (const id of networks ?? []) {
      const network = snapshot.networks.get(id);
      const url = network?.cliniciansUrl ?? network?.website;
      if (network && !network.listedInPasserelle && url) elsewhere.push({ id, names: network.names, url });
    }
  }
  return {
    ok: true,
    place,
    elsewhere,
    query: {
      origin: place ?? undefined,
      originKey: place?.key,
      territory: place?.covering,
      ageGroup: search.ageGroup ?? (age !== undefined ? ageGroupOf(age) : undefined),
      networks,
      language: search.language,
      function: search.function,
      mode: search.mode,
      speciality: search.speciality,
      wheelchair: search.wheelchair,
      acceptingNewPatients: search.acceptingNewPatients,
      postcodes,
      limit: Math.max(0, Math.min(search.limit ?? DEFAULT_LIMIT, MAX_LIMIT)),
      offset: Math.max(0, search.offset ?? 0),
    },
  };
}
