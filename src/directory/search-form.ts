// The finder's GET form: read from the query string, checked, and turned into a directory
// search. The finder page and the clinician page share it, so a clinician page opened from the
// results keeps the search (for its distances and its back link), in every language.

import { queryValue } from '../platform/http/pages.ts';
import { isLanguageCode, type Locale } from '../platform/i18n/index.ts';
import type { FormErrors } from '../platform/views/components.tsx';
import { queryString } from '../platform/views/context.ts';
import type { Locality } from '../reference/domain/types.ts';
import { referenceMessages } from '../reference/messages.ts';
import { parseAge, readPlace } from '../reference/place-input.ts';
import type { ReferenceService } from '../reference/service.ts';
import { FUNCTIONS, MODES, SPECIALITIES } from './domain/types.ts';
import { directoryMessages } from './messages.ts';
import type { DirectorySearch } from './service.ts';

export interface FinderForm {
  place: string;
  age: string;
  language: string;
  function: string;
  mode: string;
  speciality: string;
  wheelchair: boolean;
  accepting: boolean;
  page: number;
}

/** The filters a person can relax when nothing matches (the place is where they are: it stays). */
export const RELAXABLE = [
  'age',
  'language',
  'function',
  'mode',
  'speciality',
  'wheelchair',
  'accepting',
] as const;
export type Relaxable = (typeof RELAXABLE)[number];

const CHOICES = {
  language: (value: string) => isLanguageCode(value),
  function: (value: string) => (FUNCTIONS as readonly string[]).includes(value),
  mode: (value: string) => (MODES as readonly string[]).includes(value),
  speciality: (value: string) => (SPECIALITIES as readonly string[]).includes(value),
} as const;

export function readFinderForm(query: unknown): FinderForm {
  const page = Number.parseInt(queryValue(query, 'page'), 10);
  return {
    place: queryValue(query, 'place').slice(0, 100),
    age: queryValue(query, 'age').slice(0, 10),
    language: queryValue(query, 'language').slice(0, 10),
    function: queryValue(query, 'function').slice(0, 20),
    mode: queryValue(query, 'mode').slice(0, 20),
    speciality: queryValue(query, 'speciality').slice(0, 40),
    wheelchair: queryValue(query, 'wheelchair') !== '',
    accepting: queryValue(query, 'accepting') !== '',
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** Whether the form was sent (the place box is always sent, even empty). */
export function isSubmitted(query: unknown): boolean {
  return Object.hasOwn((query ?? {}) as object, 'place');
}

/**
 * The query string of a search, without empty filters; page 1 is implicit. `place` is always
 * there, even empty, because it is what tells a sent form from a first visit.
 */
export function formQuery(form: FinderForm, page = 1): string {
  const rest = queryString({
    age: form.age,
    language: form.language,
    function: form.function,
    mode: form.mode,
    speciality: form.speciality,
    wheelchair: form.wheelchair ? 'yes' : '',
    accepting: form.accepting ? 'yes' : '',
    page: page > 1 ? page : '',
  });
  const place = new URLSearchParams({ place: form.place }).toString();
  return `?${place}${rest ? `&${rest.slice(1)}` : ''}`;
}

export function activeFilters(form: FinderForm): Relaxable[] {
  return RELAXABLE.filter((key) => (typeof form[key] === 'boolean' ? form[key] : form[key] !== ''));
}

export function withoutFilter(form: FinderForm, key: Relaxable): FinderForm {
  return { ...form, [key]: typeof form[key] === 'boolean' ? false : '', page: 1 };
}

export type CheckedForm =
  | { ok: true; search: DirectorySearch }
  | { ok: false; errors: FormErrors; choices: Locality[] };

/** Checks what was typed and chosen; an empty place is allowed (results then come by freshness). */
export function checkFinderForm(form: FinderForm, reference: ReferenceService, locale: Locale): CheckedForm {
  const m = directoryMessages[locale].finder;
  const errors: FormErrors = {};
  let choices: Locality[] = [];
  let place: DirectorySearch['place'];
  if (form.place.trim() !== '') {
    const lookup = readPlace(reference, form.place, locale);
    if (lookup.ok) place = lookup.place;
    else {
      errors.place = lookup.error;
      choices = lookup.choices;
    }
  }
  const age = parseAge(form.age);
  if (age === 'invalid') errors.age = referenceMessages[locale].errors.ageInvalid;
  for (const key of ['language', 'function', 'mode', 'speciality'] as const) {
    if (form[key] !== '' && !CHOICES[key](form[key])) errors[key] = m.chooseFromList;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, choices };
  return {
    ok: true,
    search: {
      place,
      age: age === 'invalid' ? undefined : age,
      language: form.language || undefined,
      function: (form.function || undefined) as DirectorySearch['function'],
      mode: (form.mode || undefined) as DirectorySearch['mode'],
      speciality: (form.speciality || undefined) as DirectorySearch['speciality'],
      wheelchair: form.wheelchair || undefined,
      acceptingNewPatients: form.accepting || undefined,
    },
  };
}
