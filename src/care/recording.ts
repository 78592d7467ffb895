// Checking what a clinician sends before a session is recorded: the NISS (format, check digits,
// the birth date it encodes), real dates, and the clinician, place and network in the directory.

import type { ConventionStanding } from '../directory/conventions.ts';
import type { Clinician } from '../directory/domain/types.ts';
import type { DirectoryService } from '../directory/service.ts';
import { validateNiss } from '../platform/identifiers/niss.ts';
import { isBelgianPostcode, normalizePostcode } from '../platform/identifiers/postcode.ts';
import type { ReferenceService } from '../reference/service.ts';
import {
  ageOn,
  type CareFunction,
  type CareRulesConfig,
  DEFAULT_CARE_RULES_CONFIG,
  isIsoDate,
  type NetworkType,
  type ProposedSession,
  rulesNetworkType,
  type SessionMode,
} from './domain/index.ts';

export interface RecordInput {
  niss: string;
  birthDate: string;
  bim: boolean;
  date: string;
  function: CareFunction;
  mode: SessionMode;
  locationId: string;
  networkId: string;
  clinicianId: string;
  functionalAssessment: boolean;
  /** Where the patient lives: a Belgian postcode only, optional (reporting counts reach by commune). */
  residencePostcode?: string | undefined;
}

/** A problem with one field of a recording; the routes turn the code into a sentence. */
export interface InputError {
  field: string;
  code:
    | 'date'
    | 'postcode'
    | 'niss-format'
    | 'niss-checksum'
    | 'niss-birth-date'
    | 'birth-after-session'
    | 'unknown-clinician'
    | 'not-clinician-location'
    | 'unknown-network'
    | 'not-network-member'
    | `convention-${Extract<ConventionStanding, { inForce: false }>['state']}`;
  /** For a convention not in force: the session's date, the network, and since when. */
  convention?: { date: string; networkId: string; since: string };
}

/** Whether a clinician's convention with a network was in force on a date (the directory's answer). */
export type ConventionLookup = (
  clinicianId: string,
  networkId: string,
  date: string,
) => Promise<ConventionStanding>;

/** The error for a session dated when the clinician's convention was not in force, or null. */
export function conventionError(
  input: Pick<RecordInput, 'date' | 'networkId'>,
  standing: ConventionStanding,
): InputError | null {
  if (standing.inForce) return null;
  return {
    field: 'date',
    code: `convention-${standing.state}`,
    convention: { date: input.date, networkId: input.networkId, since: standing.since },
  };
}

/** The network type a session is decided under: a mixed network acts as a youth one up to the configured age. */
export function networkTypeFor(
  kind: string,
  ageOnDate: number,
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): NetworkType {
  return rulesNetworkType(
    kind === 'youth' ? 'youth' : kind === 'mixed' ? 'mixed' : 'adult',
    ageOnDate,
    config,
  );
}

/** The session the rules decide, from what was recorded and the network's kind. */
export function proposedSession(
  input: RecordInput,
  networkKind: string,
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): ProposedSession {
  return {
    date: input.date,
    birthDate: input.birthDate,
    bim: input.bim,
    function: input.function,
    mode: input.mode,
    networkType: networkTypeFor(networkKind, ageOn(input.birthDate, input.date), config),
    functionalAssessment: input.functionalAssessment,
  };
}

/** A session as its recorder sends it: the clinician is the recorder's (access.ts). */
export type SessionInput = Omit<RecordInput, 'clinicianId'>;

/**
 * The recording's problems, or what it needs next: the NISS's digits, the clinician, the
 * network's kind. The clinician's convention with the network must have been in force on the
 * session's date: a role alone records nothing.
 */
export async function checkRecording(
  input: RecordInput,
  /** As the recorder found it (null: not in the directory). */
  clinician: Clinician | null,
  /** Null: the caller asks it itself (recording, in its transaction). */
  conventionOn: ConventionLookup | null,
  reference: ReferenceService,
) {
  const errors: InputError[] = [];
  if (!isIsoDate(input.date)) errors.push({ field: 'date', code: 'date' });
  if (!isIsoDate(input.birthDate)) errors.push({ field: 'birthDate', code: 'date' });
  const niss = validateNiss(input.niss);
  if (!niss.ok)
    errors.push({ field: 'niss', code: niss.error === 'format' ? 'niss-format' : 'niss-checksum' });
  else if (niss.birthDate && isIsoDate(input.birthDate) && niss.birthDate !== input.birthDate) {
    errors.push({ field: 'birthDate', code: 'niss-birth-date' });
  }
  if (isIsoDate(input.date) && isIsoDate(input.birthDate) && input.birthDate > input.date) {
    errors.push({ field: 'birthDate', code: 'birth-after-session' });
  }
  if (
    input.residencePostcode !== undefined &&
    !isBelgianPostcode(normalizePostcode(input.residencePostcode))
  ) {
    errors.push({ field: 'residencePostcode', code: 'postcode' });
  }
  const network = reference.snapshot().networks.get(input.networkId);
  if (!clinician) errors.push({ field: 'clinicianId', code: 'unknown-clinician' });
  else if (!clinician.locations.some((location) => location.id === input.locationId)) {
    errors.push({ field: 'locationId', code: 'not-clinician-location' });
  }
  if (!network) errors.push({ field: 'networkId', code: 'unknown-network' });
  else if (clinician && !clinician.networks.includes(input.networkId)) {
    errors.push({ field: 'networkId', code: 'not-network-member' });
  } else if (clinician && conventionOn && isIsoDate(input.date)) {
    const error = conventionError(input, await conventionOn(input.clinicianId, input.networkId, input.date));
    if (error) errors.push(error);
  }

  if (errors.length > 0 || !niss.ok || !clinician || !network) return { ok: false as const, errors };
  return { ok: true as const, niss: niss.niss, clinician, networkKind: network.kind };
}

const CLINICIAN_CACHE_MS = 2000;

/**
 * Looks clinicians up in the directory, reusing an answer for CLINICIAN_CACHE_MS: a clinician
 * recording a day's sessions costs the directory one lookup, not one per session. A change of
 * location or network reaches recording within that delay. Unknown ids are asked again.
 */
export function recentClinicians(directory: DirectoryService): (id: string) => Promise<Clinician | null> {
  const cache = new Map<string, { at: number; value: Promise<Clinician | null> }>();
  return (id) => {
    const now = Date.now();
    const hit = cache.get(id);
    if (hit && now - hit.at < CLINICIAN_CACHE_MS) return hit.value;
    if (cache.size > 10_000) cache.clear();
    const value = directory.getClinician(id);
    cache.set(id, { at: now, value });
    value.then(
      (found) => found ?? cache.delete(id),
      () => cache.delete(id),
    );
    return value;
  };
}

/** Clinician names are written for statements once per change and instance, not per session. */
export function nameSignature(clinician: Pick<Clinician, 'givenName' | 'familyName' | 'inami'>): string {
  return JSON.stringify([clinician.givenName, clinician.familyName, clinician.inami]);
}
