import { type Place, type ResolvedPlace, resolvePlace } from './places.ts';
import type { CoordinationArea, Network, ReferenceSnapshot, Requester, Zone } from './types.ts';

export interface RoutingQuery {
  place: Place;
  /** Age in years; without it, every network of the territory is a candidate. */
  age?: number | undefined;
  requester: Requester;
  /** The requester's language (ISO 639-1), e.g. 'nl'. */
  language: string;
}

export type RoutingFailure =
  | 'unknown-postcode'
  | 'unknown-commune'
  | 'outside-territory'
  | 'no-network-for-age';

export interface Route extends ResolvedPlace {
  /** Candidate networks, youth first: a 15–23-year-old in Brussels gets both Bru-Stars and Brumenta. */
  networks: Network[];
  zone: Zone | null;
  area: CoordinationArea | null;
  /** Why this zone: the place's territory, or a rule such as the Dutch-speaking associations rule. */
  zoneReason: 'territory' | 'language-rule' | null;
}

export type RoutingOutcome = { ok: true; route: Route } | { ok: false; reason: RoutingFailure };

const KIND_ORDER = { youth: 0, mixed: 1, adult: 2 } as const;

export function servesAge(network: Network, age: number): boolean {
  return age >= network.minAge && (network.maxAge === null || age <= network.maxAge);
}

/** Networks whose territory holds the commune, youth first. */
export function networksForCommune(snapshot: ReferenceSnapshot, nis: string): Network[] {
  return [...snapshot.networks.values()]
    .filter((network) => network.communes.has(nis))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id));
}

function zoneFor(snapshot: ReferenceSnapshot, query: RoutingQuery, postcode: string, networks: Network[]) {
  const wanted = new Set(networks.map((network) => network.id));
  const territorial = [...snapshot.zones.values()]
    .filter((zone) => zone.postcodes.includes(postcode))
    .sort(
      (a, b) =>
        b.networkIds.filter((id) => wanted.has(id)).length -
          a.networkIds.filter((id) => wanted.has(id)).length || a.id.localeCompare(b.id),
    );
  const home = territorial[0];
  if (!home) return { zone: null, area: null, zoneReason: null };
  const area = snapshot.areas.get(home.areaId) ?? null;
  // Rules are checked first: they route by who asks and in which language, wherever the place is.
  const rule = snapshot.rules.find(
    (r) => r.areaId === home.areaId && r.requester === query.requester && r.language === query.language,
  );
  const ruled = rule && snapshot.zones.get(rule.zoneId);
  if (ruled) return { zone: ruled, area, zoneReason: 'language-rule' as const };
  return { zone: home, area, zoneReason: 'territory' as const };
}

/**
 * (place, age, who asks, their language) → candidate networks and the coordinator zone.
 * Pure: the caller passes the reference snapshot.
 */
export function route(snapshot: ReferenceSnapshot, query: RoutingQuery): RoutingOutcome {
  const resolved = resolvePlace(snapshot, query.place);
  if (!resolved.ok) return { ok: false, reason: resolved.reason };
  const { commune, locality } = resolved.place;
  const territory = networksForCommune(snapshot, commune.nis);
  if (territory.length === 0) return { ok: false, reason: 'outside-territory' };
  const age = query.age;
  const networks = age === undefined ? territory : territory.filter((network) => servesAge(network, age));
  if (networks.length === 0) return { ok: false, reason: 'no-network-for-age' };
  return {
    ok: true,
    route: { ...resolved.place, networks, ...zoneFor(snapshot, query, locality.postcode, networks) },
  };
}
