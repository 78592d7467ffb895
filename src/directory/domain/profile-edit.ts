// What a clinician may change in their own profile once approved, and how a change is checked:
// the edited fields are merged into the current profile and the whole profile must still follow
// the listing rules (profile.ts), so a self-service edit can never make a profile unlistable.

import { type LocationInput, type ProfileContext, type ProfileError, validateProfile } from './profile.ts';
import type { Clinician, ClinicianLocation, NewClinician } from './types.ts';

/** A location as the form sends it; `id` names one of the clinician's current locations, kept when edited. */
export interface LocationChange extends Omit<LocationInput, 'lat' | 'lon'> {
  id?: string | null | undefined;
}

/** The editable fields, as typed (codes not yet checked). */
export interface ProfileChanges {
  languages: string[];
  specialities: string[];
  modes: string[];
  acceptingNewPatients: boolean;
  waitingBand: string;
  locations: LocationChange[];
}

/** The fields the clinician may edit; the rest (name, INAMI, networks…) belongs to the network's validation. */
export const EDITABLE_FIELDS = [
  'languages',
  'specialities',
  'modes',
  'acceptingNewPatients',
  'waitingBand',
  'locations',
] as const;

/** An edited profile: the new values, and each location with the id it keeps (absent: a new location). */
export interface EditedProfile {
  profile: Pick<NewClinician, Exclude<(typeof EDITABLE_FIELDS)[number], 'locations'>>;
  locations: Array<Omit<ClinicianLocation, 'id'> & { id?: string | undefined }>;
}

export function changesOf(clinician: Clinician): ProfileChanges {
  return {
    languages: [...clinician.languages],
    specialities: [...clinician.specialities],
    modes: [...clinician.modes],
    acceptingNewPatients: clinician.acceptingNewPatients,
    waitingBand: clinician.waitingBand,
    locations: clinician.locations.map(({ id, kind, name, street, postcode, wheelchair }) => ({
      id,
      kind,
      name,
      street,
      postcode,
      wheelchair,
    })),
  };
}

/**
 * Checks an edit against every listing rule. A kept location whose postcode did not change keeps
 * its exact coordinates; a new one or a moved one is placed at its postcode's centre. An `id`
 * that is not one of this clinician's locations is treated as a new location.
 */
export function applyProfileChanges(
  current: Clinician,
  changes: ProfileChanges,
  context: ProfileContext,
): { ok: true; value: EditedProfile } | { ok: false; errors: ProfileError[] } {
  const known = new Map(current.locations.map((location) => [location.id, location]));
  const keptIds = changes.locations.map((location) =>
    location.id && known.has(location.id) ? location.id : undefined,
  );
  const locations: LocationInput[] = changes.locations.map((location, index) => {
    const kept = keptIds[index] ? known.get(keptIds[index]!) : undefined;
    const samePlace = kept && kept.postcode === location.postcode.trim();
    return {
      kind: location.kind,
      name: location.name,
      street: location.street,
      postcode: location.postcode,
      wheelchair: location.wheelchair,
      lat: samePlace ? kept.lat : null,
      lon: samePlace ? kept.lon : null,
    };
  });
  const checked = validateProfile(
    {
      ...current,
      languages: changes.languages,
      specialities: changes.specialities,
      modes: changes.modes,
      acceptingNewPatients: changes.acceptingNewPatients,
      waitingBand: changes.waitingBand,
      locations,
      updatedAt: undefined,
    },
    context,
  );
  if (!checked.ok) return checked;
  const { value } = checked;
  return {
    ok: true,
    value: {
      profile: {
        languages: value.languages,
        specialities: value.specialities,
        modes: value.modes,
        acceptingNewPatients: value.acceptingNewPatients,
        waitingBand: value.waitingBand,
      },
      locations: value.locations.map((location, index) => ({ ...location, id: keptIds[index] })),
    },
  };
}
