// The rules a clinician's profile must follow before it is listed. Pure: what the directory
// knows of the world (networks, postcodes) is passed in, so imports and tests share the rules.

import { isLanguageCode } from '../../platform/i18n/languages.ts';
import { isIsoDate, parseBelgianDate } from '../../platform/identifiers/belgian-date.ts';
import { isEmailAddress } from '../../platform/identifiers/email.ts';
import { containsNiss } from '../../platform/identifiers/free-text-niss.ts';
import { isValidInami, normalizeInami } from '../../platform/identifiers/inami.ts';
import { AGE_GROUP_BOUNDS, type AgeGroup } from '../../platform/vocabulary/index.ts';
import { isValidVisa, normalizeVisa } from './identifiers.ts';
import {
  AGE_GROUPS,
  CLINICIAN_KINDS,
  FUNCTIONS,
  LOCATION_KINDS,
  MODES,
  type NewClinician,
  SPECIALITIES,
  WAITING_BANDS,
} from './types.ts';

/** A profile as it arrives (an import row, a form): strings not yet known to be codes. */
export interface ProfileInput {
  id?: string | undefined;
  kind: string;
  givenName: string;
  familyName: string;
  inami: string | null;
  visa: string | null;
  languages: string[];
  ageGroups: string[];
  functions: string[];
  modes: string[];
  specialities: string[];
  acceptingNewPatients: boolean;
  waitingBand: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  listed: boolean;
  networks: string[];
  locations: LocationInput[];
  /** YYYY-MM-DD or an ISO timestamp; absent means now. */
  updatedAt?: string | undefined;
}

export interface LocationInput {
  kind: string;
  name: string | null;
  street: string;
  postcode: string;
  /** Absent coordinates default to the postcode's centre. */
  lat: number | null;
  lon: number | null;
  wheelchair: boolean;
}

/** What the rules need to know: the networks (with their ages) and the postcodes (with their centres). */
export interface ProfileContext {
  networks: ReadonlyMap<string, { minAge: number; maxAge: number | null }>;
  postcodes: ReadonlyMap<string, { lat: number; lon: number }>;
  /** Today in Brussels (YYYY-MM-DD): an "updated on" date cannot be later. */
  today: string;
}

/** One broken rule: the field (dotted path, e.g. `locations.1.postcode`), a code, values for the message. */
export interface ProfileError {
  field: string;
  code: string;
  values?: Record<string, string | number>;
}

export { ageGroupOf } from '../../platform/vocabulary/index.ts';

export const MAX_SPECIALITIES = 8;
const MAX_NAME = 100;
// Belgium lies within these bounds; a coordinate outside is a typo or swapped columns.
const LAT = [49.4, 51.6] as const;
const LON = [2.5, 6.5] as const;
const PHONE = /^\+?[0-9 ./()-]{8,25}$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function codes<T extends string>(
  field: string,
  values: string[],
  allowed: readonly T[],
  errors: ProfileError[],
  required = true,
): T[] {
  const unique = [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  if (required && unique.length === 0) errors.push({ field, code: 'required' });
  for (const value of unique) {
    if (!(allowed as readonly string[]).includes(value))
      errors.push({ field, code: 'unknown-value', values: { value, allowed: allowed.join(', ') } });
  }
  return unique.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

function text(field: string, value: string, errors: ProfileError[]): string {
  const trimmed = value.trim();
  if (trimmed === '') errors.push({ field, code: 'required' });
  else if (trimmed.length > MAX_NAME) errors.push({ field, code: 'too-long', values: { max: MAX_NAME } });
  else refuseNiss(field, trimmed, errors);
  return trimmed;
}

/**
 * The profile is public (the finder shows it): a national number (NISS), however written, has no
 * place in its names, phone or places. The message never repeats the value.
 */
function refuseNiss(field: string, value: string | null, errors: ProfileError[]): boolean {
  if (value === null || !containsNiss(value)) return false;
  errors.push({ field, code: 'patient-identifier' });
  return true;
}

function optional(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function checkContacts(input: ProfileInput, errors: ProfileError[]) {
  const phone = optional(input.phone);
  const email = optional(input.email);
  const website = optional(input.website);
  // A national number in the phone field is said to be one, not a badly written phone number.
  const phoneHoldsNiss = refuseNiss('phone', phone, errors);
  if (phone && !phoneHoldsNiss && !(PHONE.test(phone) && phone.replace(/\D/g, '').length >= 8))
    errors.push({ field: 'phone', code: 'phone-format', values: { value: phone } });
  if (email && !isEmailAddress(email))
    errors.push({ field: 'email', code: 'email-format', values: { value: email } });
  if (website && !isHttpUrl(website))
    errors.push({ field: 'website', code: 'website-format', values: { value: website } });
  // The finder's promise is a next step: every listed clinician can be reached somehow.
  if (!phone && !email && !website) errors.push({ field: 'phone', code: 'contact-required' });
  return { phone, email, website };
}

function checkLocations(input: ProfileInput, context: ProfileContext, errors: ProfileError[]) {
  if (input.locations.length === 0) errors.push({ field: 'locations', code: 'location-required' });
  return input.locations.map((location, index) => {
    const at = (name: string) => `locations.${index}.${name}`;
    if (!(LOCATION_KINDS as readonly string[]).includes(location.kind))
      errors.push({
        field: at('kind'),
        code: 'unknown-value',
        values: { value: location.kind, allowed: LOCATION_KINDS.join(', ') },
      });
    const street = location.street.trim();
    if (street === '') errors.push({ field: at('street'), code: 'required' });
    else refuseNiss(at('street'), street, errors);
    refuseNiss(at('name'), optional(location.name), errors);
    const postcode = location.postcode.trim();
    const centre = context.postcodes.get(postcode);
    if (postcode === '') errors.push({ field: at('postcode'), code: 'required' });
    else if (!centre)
      errors.push({ field: at('postcode'), code: 'unknown-postcode', values: { value: postcode } });
    const lat = location.lat ?? centre?.lat ?? 0;
    const lon = location.lon ?? centre?.lon ?? 0;
    if (location.lat !== null && !(lat >= LAT[0] && lat <= LAT[1]))
      errors.push({ field: at('lat'), code: 'latitude-range', values: { value: lat } });
    if (location.lon !== null && !(lon >= LON[0] && lon <= LON[1]))
      errors.push({ field: at('lon'), code: 'longitude-range', values: { value: lon } });
    return {
      kind: location.kind as (typeof LOCATION_KINDS)[number],
      name: optional(location.name),
      street,
      postcode,
      lat,
      lon,
      wheelchair: location.wheelchair,
    };
  });
}

/** Each age group offered must be served by one of the clinician's networks (no children in an adult-only network). */
function checkNetworks(
  input: ProfileInput,
  ageGroups: AgeGroup[],
  context: ProfileContext,
  errors: ProfileError[],
) {
  const networks = codes('networks', input.networks, [...context.networks.keys()], errors);
  if (networks.length === 0) return networks;
  for (const group of ageGroups) {
    const range = AGE_GROUP_BOUNDS[group];
    const served = networks.some((id) => {
      const network = context.networks.get(id)!;
      const endsAfterStart = network.maxAge === null || network.maxAge >= range.min;
      const startsBeforeEnd = range.max === null || network.minAge <= range.max;
      return endsAfterStart && startsBeforeEnd;
    });
    if (!served) errors.push({ field: 'ageGroups', code: 'age-group-not-covered', values: { value: group } });
  }
  return networks;
}

function checkUpdatedAt(
  value: string | undefined,
  today: string,
  errors: ProfileError[],
): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  // A day as people write it (17/12/2026, 2026-12-17), or an ISO timestamp from an export.
  const typed = parseBelgianDate(text);
  const stamped = typed === null && text.length <= 40 && isIsoDate(text.slice(0, 10)) ? new Date(text) : null;
  const day = typed ?? (stamped ? text.slice(0, 10) : null);
  const date = typed ? new Date(`${typed}T12:00:00Z`) : stamped;
  if (day === null || date === null || Number.isNaN(date.getTime())) {
    errors.push({ field: 'updatedAt', code: 'date-format', values: { value: text } });
    return undefined;
  }
  if (day > today) errors.push({ field: 'updatedAt', code: 'date-future', values: { value: text } });
  return date.toISOString();
}

/** Checks a whole profile and reports every broken rule; returns the clean profile only when all hold. */
export function validateProfile(
  input: ProfileInput,
  context: ProfileContext,
): { ok: true; value: NewClinician } | { ok: false; errors: ProfileError[] } {
  const errors: ProfileError[] = [];
  const [kind] = codes('kind', [input.kind], CLINICIAN_KINDS, errors);
  const givenName = text('givenName', input.givenName, errors);
  const familyName = text('familyName', input.familyName, errors);
  const inami = optional(input.inami);
  if (inami && !isValidInami(inami))
    errors.push({ field: 'inami', code: 'inami-format', values: { value: inami } });
  const visa = optional(input.visa);
  if (visa && !isValidVisa(visa))
    errors.push({ field: 'visa', code: 'visa-format', values: { value: visa } });
  const languages = [...new Set(input.languages.map((code) => code.trim().toLowerCase()).filter(Boolean))];
  if (languages.length === 0) errors.push({ field: 'languages', code: 'required' });
  for (const code of languages)
    if (!isLanguageCode(code))
      errors.push({ field: 'languages', code: 'unknown-language', values: { value: code } });
  const ageGroups = codes('ageGroups', input.ageGroups, AGE_GROUPS, errors);
  const functions = codes('functions', input.functions, FUNCTIONS, errors);
  const modes = codes('modes', input.modes, MODES, errors);
  const specialities = codes('specialities', input.specialities, SPECIALITIES, errors, false);
  if (specialities.length > MAX_SPECIALITIES)
    errors.push({ field: 'specialities', code: 'too-many', values: { max: MAX_SPECIALITIES } });
  const [waitingBand] = codes('waitingBand', [input.waitingBand], WAITING_BANDS, errors);
  const contacts = checkContacts(input, errors);
  const locations = checkLocations(input, context, errors);
  const hasVenue = locations.some((location) => location.kind === 'outreach');
  if (modes.includes('outreach') && !hasVenue && locations.length > 0)
    errors.push({ field: 'modes', code: 'outreach-without-venue' });
  if (hasVenue && !modes.includes('outreach'))
    errors.push({ field: 'modes', code: 'venue-without-outreach' });
  const networks = checkNetworks(input, ageGroups, context, errors);
  const updatedAt = checkUpdatedAt(input.updatedAt, context.today, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...(input.id ? { id: input.id } : {}),
      kind: kind!,
      givenName,
      familyName,
      inami: inami ? normalizeInami(inami) : null,
      visa: visa ? normalizeVisa(visa) : null,
      languages,
      ageGroups,
      functions,
      modes,
      specialities,
      acceptingNewPatients: input.acceptingNewPatients,
      waitingBand: waitingBand!,
      ...contacts,
      listed: input.listed,
      networks,
      locations,
      updatedAt,
    },
  };
}
