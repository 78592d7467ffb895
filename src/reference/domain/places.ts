import { isBelgianPostcode } from '../../platform/identifiers/postcode.ts';
import type { Commune, Locality, ReferenceSnapshot } from './types.ts';

export const NIS_PATTERN = /^\d{5}$/;

/** A place someone gave: a postcode (a hint to a locality) or a commune. */
export type Place = { postcode: string } | { communeNis: string };

export interface ResolvedPlace {
  commune: Commune;
  /** The locality, when known: from the postcode, or the commune's main locality. */
  locality: Locality;
  /** Other localities of the same commune (the City of Brussels has four postcodes). */
  otherLocalities: Locality[];
}

export type PlaceResolution =
  | { ok: true; place: ResolvedPlace }
  | { ok: false; reason: 'unknown-postcode' | 'unknown-commune' };

function localitiesOf(snapshot: ReferenceSnapshot, nis: string): Locality[] {
  return [...snapshot.localities.values()]
    .filter((l) => l.communeNis === nis)
    .sort((a, b) => a.postcode.localeCompare(b.postcode));
}

/**
 * A commune's main locality is the one that carries its name (1000 Bruxelles for the City);
 * otherwise its lowest postcode.
 */
export function mainLocality(snapshot: ReferenceSnapshot, nis: string): Locality | undefined {
  const all = localitiesOf(snapshot, nis);
  const commune = snapshot.communes.get(nis);
  return all.find((l) => commune && l.names.fr === commune.names.fr) ?? all[0];
}

export function resolvePlace(snapshot: ReferenceSnapshot, place: Place): PlaceResolution {
  const locality =
    'postcode' in place ? snapshot.localities.get(place.postcode) : mainLocality(snapshot, place.communeNis);
  const commune = locality && snapshot.communes.get(locality.communeNis);
  if (!locality || !commune)
    return { ok: false, reason: 'postcode' in place ? 'unknown-postcode' : 'unknown-commune' };
  const otherLocalities = localitiesOf(snapshot, commune.nis).filter((l) => l.postcode !== locality.postcode);
  return { ok: true, place: { commune, locality, otherLocalities } };
}

/** Lower case, no accents, hyphens and apostrophes as spaces: "Saint-Josse" finds "saint josse ten noode". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-'’.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type PlaceSearch =
  | { kind: 'found'; place: Place }
  | { kind: 'ambiguous'; candidates: Locality[] }
  | { kind: 'not-found'; suggestions: Locality[] }
  | { kind: 'invalid-postcode' }
  | { kind: 'empty' };

/**
 * Understands what someone typed in a "postcode or commune" box: a postcode, a commune name or
 * a locality name, in French or Dutch, with or without accents and hyphens.
 */
// Bounded, anchored and with classes that cannot overlap across the postcode: linear time.
const POSTCODE_WITH_NAME = /^(?:B-?)?(?<postcode>\d{4})[\s,-]{1,3}\p{L}[^\d]{0,80}$/u;
const NAME_WITH_POSTCODE = /^\p{L}[^\d]{0,80}?[\s,-]{1,3}(?<postcode>\d{4})$/u;

export function searchPlace(snapshot: ReferenceSnapshot, input: string): PlaceSearch {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  const digits = text.replace(/\s/g, '');
  if (/^\d+$/.test(digits)) {
    return isBelgianPostcode(digits)
      ? { kind: 'found', place: { postcode: digits } }
      : { kind: 'invalid-postcode' };
  }
  // "1000 Brussel", "1070 Anderlecht", "Anderlecht 1070", "B-1030 Schaerbeek": an address line's
  // habit. The postcode is what was typed most exactly, so it decides.
  const withName = POSTCODE_WITH_NAME.exec(text) ?? NAME_WITH_POSTCODE.exec(text);
  const postcode = withName?.groups?.postcode;
  if (postcode && isBelgianPostcode(postcode)) return { kind: 'found', place: { postcode } };
  const wanted = normalizeName(text);
  // A place is found by any of its names: French, Dutch or German.
  const named = (names: { fr: string; nl: string; de: string }) =>
    [names.fr, names.nl, names.de].some((name) => normalizeName(name) === wanted);
  const localities = [...snapshot.localities.values()];
  const exactCommune = [...snapshot.communes.values()].find((c) => named(c.names));
  if (exactCommune) return { kind: 'found', place: { communeNis: exactCommune.nis } };
  const exactLocality = localities.filter((l) => named(l.names));
  if (exactLocality.length === 1) return { kind: 'found', place: { postcode: exactLocality[0]!.postcode } };
  const partial = localities.filter((l) => {
    const names = [
      l.names.fr,
      l.names.nl,
      snapshot.communes.get(l.communeNis)?.names.fr ?? '',
      snapshot.communes.get(l.communeNis)?.names.nl ?? '',
    ].map(normalizeName);
    return names.some((name) => name.startsWith(wanted) || name.includes(` ${wanted}`));
  });
  if (partial.length === 1) return { kind: 'found', place: { postcode: partial[0]!.postcode } };
  if (partial.length > 1)
    return { kind: 'ambiguous', candidates: partial.sort((a, b) => a.postcode.localeCompare(b.postcode)) };
  const firstLetters = wanted.slice(0, 2);
  const suggestions = localities.filter(
    (l) =>
      normalizeName(l.names.fr).startsWith(firstLetters) ||
      normalizeName(l.names.nl).startsWith(firstLetters),
  );
  return { kind: 'not-found', suggestions: suggestions.slice(0, 5) };
}
