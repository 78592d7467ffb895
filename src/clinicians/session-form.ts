// The session form as posted: what the clinician typed (kept as typed for re-display), its
// first checks (choices from the lists, dates readable), and care's errors on the right inputs.

import { CARE_FUNCTIONS, type CareFunction, type SessionMode } from '../care/domain/index.ts';
import { type ErrorContext, inputErrorMessage } from '../care/input-errors.ts';
import type { InputError } from '../care/recording.ts';
import type { Clinician } from '../directory/domain/types.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { dateAsTyped, parseBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isBelgianPostcode, normalizePostcode } from '../platform/identifiers/postcode.ts';
import type { FormErrors } from '../platform/views/components.tsx';
import { isOneOf, SESSION_MODES } from '../platform/vocabulary/index.ts';
import type { OwnSessionInput } from './service.ts';
import { sessionMessages } from './session-messages.ts';

/** Every function of every convention: the date decides which apply (a function outside its period is explained). */
export const CARE_FUNCTIONS_OFFERED: readonly CareFunction[] = CARE_FUNCTIONS;

export interface SessionFormState {
  function: string;
  mode: string;
  locationId: string;
  networkId: string;
  niss: string;
  birthDate: string;
  bim: string;
  date: string;
  functionalAssessment: boolean;
  /** Optional: a postcode only, never the address. */
  residencePostcode: string;
}

/** The form as it opens: today's date filled in as people of the locale write it. */
export function emptySessionForm(clinician: Clinician, today: string, locale: Locale): SessionFormState {
  return {
    function: '',
    mode: 'individual',
    locationId: clinician.locations.length === 1 ? clinician.locations[0]!.id : '',
    networkId: clinician.networks.length === 1 ? clinician.networks[0]! : '',
    niss: '',
    birthDate: '',
    bim: '',
    date: dateAsTyped(locale, today),
    functionalAssessment: false,
    residencePostcode: '',
  };
}

function text(body: Record<string, unknown>, name: string, max = 40): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim().slice(0, max) : '';
}

export function readSessionForm(body: unknown): SessionFormState {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return {
    function: text(form, 'function'),
    mode: text(form, 'mode'),
    locationId: text(form, 'locationId', 64),
    networkId: text(form, 'networkId', 64),
    niss: text(form, 'niss'),
    birthDate: text(form, 'birthDate'),
    bim: text(form, 'bim'),
    date: text(form, 'date'),
    functionalAssessment: text(form, 'functionalAssessment') === 'yes',
    residencePostcode: text(form, 'residencePostcode', 12),
  };
}

/** A date the form could not read, in words naming its field, quoting what was typed. */
function dateError(locale: Locale, typed: string, field: 'session-date' | 'birth-date'): string {
  const m = sessionMessages[locale].errors;
  return typed === '' ? m[`${field}-missing`] : format(locale, m[`${field}-invalid`], { value: typed });
}

/** The form's own checks; when they pass, the input for care (which checks the rest). */
export function checkSessionForm(
  locale: Locale,
  state: SessionFormState,
  clinician: Clinician,
): { ok: true; input: OwnSessionInput } | { ok: false; errors: FormErrors } {
  const m = sessionMessages[locale].errors;
  const errors: FormErrors = {};
  if (!(CARE_FUNCTIONS as readonly string[]).includes(state.function)) errors.function = m.choose;
  if (!isOneOf(SESSION_MODES, state.mode)) errors.mode = m.choose;
  if (!clinician.locations.some((location) => location.id === state.locationId)) errors.locationId = m.choose;
  if (!clinician.networks.includes(state.networkId)) errors.networkId = m.choose;
  if (state.niss === '') errors.niss = m['niss-required'];
  const birthDate = parseBelgianDate(state.birthDate);
  if (!birthDate) errors.birthDate = dateError(locale, state.birthDate, 'birth-date');
  if (state.bim !== 'yes' && state.bim !== 'no') errors.bim = m['bim-required'];
  const date = parseBelgianDate(state.date);
  if (!date) errors.date = dateError(locale, state.date, 'session-date');
  const postcode = normalizePostcode(state.residencePostcode);
  if (postcode !== '' && !isBelgianPostcode(postcode)) errors.residencePostcode = m['postcode-format'];
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      function: state.function as CareFunction,
      mode: state.mode as SessionMode,
      locationId: state.locationId,
      networkId: state.networkId,
      niss: state.niss,
      birthDate: birthDate!,
      bim: state.bim === 'yes',
      date: date!,
      functionalAssessment: state.functionalAssessment,
      ...(postcode === '' ? {} : { residencePostcode: postcode }),
    },
  };
}

/** Care's problems with a recording, on the form's inputs, in care's own words. */
export function careFormErrors(locale: Locale, errors: InputError[], context: ErrorContext): FormErrors {
  const out: FormErrors = {};
  for (const error of errors) {
    const field = error.field === 'clinicianId' ? 'locationId' : error.field;
    if (!(field in out)) out[field] = inputErrorMessage(locale, error, context);
  }
  return out;
}
