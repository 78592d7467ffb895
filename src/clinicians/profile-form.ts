// The profile form as posted (no JavaScript): flat field names, one block per location plus one
// empty block to add a location. Turns a post into directory changes, and the directory's
// errors back into messages on the right inputs, keeping everything typed.

import type { Clinician } from '../directory/domain/types.ts';
import type { ProfileChanges, ProfileError } from '../directory/service.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import type { FormErrors } from '../platform/views/components.tsx';
import { clinicianMessages } from './messages.ts';

/** More rows than any practice needs; beyond, posted rows are ignored (no unbounded loops on input). */
export const MAX_LOCATION_ROWS = 20;

export interface LocationRow {
  id: string;
  kind: string;
  name: string;
  street: string;
  postcode: string;
  wheelchair: boolean;
  remove: boolean;
}

/** What the form shows: the profile, or what was typed. The last location row is the "add" row. */
export interface ProfileFormState {
  languages: string[];
  specialities: string[];
  modes: string[];
  accepting: string;
  waitingBand: string;
  locations: LocationRow[];
}

const EMPTY_ROW: LocationRow = {
  id: '',
  kind: 'practice',
  name: '',
  street: '',
  postcode: '',
  wheelchair: false,
  remove: false,
};

export function stateOf(clinician: Clinician): ProfileFormState {
  return {
    languages: [...clinician.languages],
    specialities: [...clinician.specialities],
    modes: [...clinician.modes],
    accepting: clinician.acceptingNewPatients ? 'yes' : 'no',
    waitingBand: clinician.waitingBand,
    locations: [
      ...clinician.locations.map((l) => ({
        id: l.id,
        kind: l.kind,
        name: l.name ?? '',
        street: l.street,
        postcode: l.postcode,
        wheelchair: l.wheelchair,
        remove: false,
      })),
      { ...EMPTY_ROW },
    ],
  };
}

type Body = Record<string, unknown>;

function one(body: Body, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.slice(0, 500) : '';
}

function many(body: Body, name: string): string[] {
  const value = body[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string').slice(0, 50);
}

export function readProfileForm(body: unknown): ProfileFormState {
  const form = (body && typeof body === 'object' ? body : {}) as Body;
  const count = Math.min(Number.parseInt(one(form, 'locationRows'), 10) || 1, MAX_LOCATION_ROWS);
  const locations: LocationRow[] = [];
  for (let i = 0; i < count; i++) {
    const at = (field: string) => `location-${i}-${field}`;
    locations.push({
      id: one(form, at('id')),
      kind: one(form, at('kind')) || 'practice',
      name: one(form, at('name')),
      street: one(form, at('street')),
      postcode: one(form, at('postcode')),
      wheelchair: one(form, at('wheelchair')) === 'yes',
      remove: one(form, at('remove')) === 'yes',
    });
  }
  if (locations.length === 0 || locations.at(-1)!.id !== '') locations.push({ ...EMPTY_ROW });
  return {
    languages: many(form, 'languages'),
    specialities: many(form, 'specialities'),
    modes: many(form, 'modes'),
    accepting: one(form, 'accepting'),
    waitingBand: one(form, 'waitingBand'),
    locations,
  };
}

function isBlank(row: LocationRow): boolean {
  return row.id === '' && !row.street.trim() && !row.postcode.trim() && !row.name.trim();
}

/** The changes to send, and for each sent location the form row it came from (for errors). */
export function changesFrom(state: ProfileFormState): { changes: ProfileChanges; rows: number[] } {
  const rows: number[] = [];
  const locations: ProfileChanges['locations'] = [];
  state.locations.forEach((row, index) => {
    if (row.remove || isBlank(row)) return;
    rows.push(index);
    locations.push({
      id: row.id || null,
      kind: row.kind,
      name: row.name,
      street: row.street,
      postcode: row.postcode,
      wheelchair: row.wheelchair,
    });
  });
  return {
    rows,
    changes: {
      languages: state.languages,
      specialities: state.specialities,
      modes: state.modes,
      // Anything but an explicit "no" keeps the profile open: the radio always sends one of the two.
      acceptingNewPatients: state.accepting !== 'no',
      waitingBand: state.waitingBand,
      locations,
    },
  };
}

/** A message for an error on one of the profile-wide fields (languages, modes, topics, waiting time). */
function fieldMessage(locale: Locale, error: ProfileError): string {
  const m = clinicianMessages[locale].errors;
  switch (error.code) {
    case 'required':
      if (error.field === 'languages') return m['languages-required'];
      if (error.field === 'modes') return m['modes-required'];
      return m.required;
    case 'outreach-without-venue':
    case 'venue-without-outreach':
      return m[error.code];
    case 'too-many':
      return format(locale, m['too-many'], { max: Number(error.values?.max ?? 0) });
    case 'unknown-value':
    case 'unknown-language':
      return m['unknown-value'];
    case 'patient-identifier':
      return m['patient-identifier'];
    default:
      // Rules on fields the clinician does not edit here (their network validated them).
      return format(locale, m.other, { code: error.code });
  }
}

/** The directory's errors as messages keyed by input id (the error summary links to them). */
export function profileFormErrors(
  locale: Locale,
  errors: ProfileError[],
  rows: number[],
  state: ProfileFormState,
): FormErrors {
  const m = clinicianMessages[locale].errors;
  const out: FormErrors = {};
  const put = (id: string, message: string) => {
    if (!(id in out)) out[id] = message;
  };
  for (const error of errors) {
    const values = error.values ?? {};
    const location = /^locations\.(\d+)\.(\w+)$/.exec(error.field);
    if (location) {
      const row = rows[Number(location[1])] ?? 0;
      const field = location[2]!;
      const n = row + 1;
      const id = `location-${row}-${field === 'lat' || field === 'lon' ? 'postcode' : field}`;
      if (error.code === 'required')
        put(id, format(locale, field === 'street' ? m['street-required'] : m['postcode-required'], { n }));
      else if (error.code === 'unknown-postcode')
        put(id, format(locale, m['unknown-postcode'], { n, value: String(values.value ?? '') }));
      else if (error.code === 'unknown-value') put(id, m['unknown-value']);
      else if (error.code === 'patient-identifier') put(id, m['patient-identifier']);
      else put(id, format(locale, m.other, { code: error.code }));
      continue;
    }
    if (error.field === 'locations') {
      put(`location-${state.locations.length - 1}-street`, m['location-required']);
      continue;
    }
    const field = error.field;
    const message = fieldMessage(locale, error);
    put(field === 'acceptingNewPatients' ? 'accepting' : field, message);
  }
  return out;
}
