import type { Locale } from '../../platform/i18n/index.ts';

/**
 * A network's, area's or zone's name in each locale. Packs (and the tables they load) name them
 * in French, Dutch and English, and in German where the network has a German name (Ostbelgien):
 * otherwise the snapshot loader gives German readers the French name (`withGermanName`), French
 * being the other language of Wallonia, where German readers live.
 */
export interface Names {
  fr: string;
  nl: string;
  en: string;
  de: string;
}

/** A commune's or locality's official names: French, Dutch, and German where it has one (else French). */
export interface OfficialPlaceNames {
  fr: string;
  nl: string;
  de: string;
}

/** Names from a pack or a row, the French name standing in for a German one not given. */
export function withGermanName(names: Omit<Names, 'de'> & { de?: string | null | undefined }): Names {
  return { fr: names.fr, nl: names.nl, en: names.en, de: names.de ?? names.fr };
}

export type NetworkKind = 'youth' | 'adult' | 'mixed';
export const NETWORK_KINDS: readonly NetworkKind[] = ['youth', 'adult', 'mixed'];

export interface Network {
  id: string;
  kind: NetworkKind;
  names: Names;
  minAge: number;
  /** Inclusive; null when the network has no upper age (adult networks). */
  maxAge: number | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  /** ISO 639-1 codes of the languages it serves, its main one first (empty: not said). */
  languages: readonly string[];
  /** False when its clinicians are not in Passerelle: the finder points to it instead. */
  listedInPasserelle: boolean;
  /** Where it lists its clinicians itself, when they are not in Passerelle. */
  cliniciansUrl: string | null;
  /** NIS codes of the communes of its territory. */
  communes: ReadonlySet<string>;
}

export interface Commune {
  nis: string;
  names: OfficialPlaceNames;
  lat: number;
  lon: number;
}

/** A postcode's locality: a whole commune or a section of one (1020 Laeken, City of Brussels). */
export interface Locality {
  postcode: string;
  names: OfficialPlaceNames;
  communeNis: string;
  lat: number;
  lon: number;
}

export interface CoordinationArea {
  id: string;
  names: Names;
  email: string;
}

export interface Zone {
  id: string;
  areaId: string;
  names: Names;
  email: string;
  phone: string | null;
  networkIds: readonly string[];
  postcodes: readonly string[];
}

export type Requester = 'public' | 'gp' | 'organisation';
export const REQUESTERS: readonly Requester[] = ['public', 'gp', 'organisation'];

/** A rule that wins over territory: (area, requester, language) → zone. */
export interface ZoneRule {
  areaId: string;
  requester: Requester;
  language: string;
  zoneId: string;
}

/** Everything routing needs, loaded once and shared: it is small (Belgium: ~1,200 postcodes). */
export interface ReferenceSnapshot {
  revision: number;
  networks: ReadonlyMap<string, Network>;
  communes: ReadonlyMap<string, Commune>;
  localities: ReadonlyMap<string, Locality>;
  areas: ReadonlyMap<string, CoordinationArea>;
  zones: ReadonlyMap<string, Zone>;
  rules: readonly ZoneRule[];
}

/**
 * A commune's name for people reading `locale`; English readers get the French name with the
 * Dutch one. German readers get the German name where the commune has one (the nine communes of
 * the German-speaking Community), else the French one, as signs in Ostbelgien do.
 */
export function placeName(names: { fr: string; nl: string; de?: string }, locale: Locale): string {
  if (locale === 'nl') return names.nl;
  if (locale === 'de') return names.de ?? names.fr;
  if (locale === 'en' && names.nl !== names.fr) return `${names.fr} (${names.nl})`;
  return names.fr;
}
