// What a clinician types to record time spent supporting a GP or an organisation on their case,
// or on a GP event they ran (knowledge session, CPM meeting): the case's reference or the event,
// the day (Belgian or ISO date), the hours in quarter hours and the kind of
// support. Checked here without the database; whether the case is theirs is the service's.

import { type IsoDate, parseBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isOneOf } from '../platform/vocabulary/codes.ts';

/** The kinds of first-line support the INAMI letter's envelope pays for. */
export const FIRST_LINE_KINDS = ['advice', 'joint-consultation', 'knowledge-session', 'case-advice'] as const;
export type FirstLineKind = (typeof FIRST_LINE_KINDS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A day's support above this is a typing slip (a working day, with room for an evening session). */
export const MAX_HOURS = 12;

export const HOURS_FIELDS = ['reference', 'event', 'date', 'hours', 'kind', 'network'] as const;
export type HoursField = (typeof HOURS_FIELDS)[number];

/** The form as typed, every field a string so that an error page gives it back unchanged. */
export type HoursForm = Record<HoursField, string>;

export type HoursErrorCode =
  | 'reference-required'
  | 'one-subject'
  | 'not-assigned'
  | 'not-running'
  | 'date-invalid'
  | 'date-future'
  | 'hours-invalid'
  | 'kind-required'
  | 'network-required';

export interface HoursIssue {
  field: HoursField;
  code: HoursErrorCode;
}

export interface CheckedHours {
  /** The case's reference, or '' when the time was spent on an event. */
  reference: string;
  /** The event's id, or '' when the time was spent on a case. */
  event: string;
  day: IsoDate;
  quarterHours: number;
  kind: FirstLineKind;
  /** The network the clinician chose, or '' to take the case's only network. */
  network: string;
}

/** Reads the posted form: unknown or repeated fields are ignored, lengths capped. */
export function readHoursForm(body: unknown): HoursForm {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const form = {} as HoursForm;
  for (const field of HOURS_FIELDS) {
    const value = source[field];
    form[field] = typeof value === 'string' ? value.slice(0, 60) : '';
  }
  return form;
}

/** Hours as people type them ("1,5", "1.25", "2"): a positive whole number of quarter hours. */
export function parseQuarterHours(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(trimmed)) return null;
  const quarters = Number(trimmed) * 4;
  if (!Number.isInteger(quarters) || quarters <= 0 || quarters > MAX_HOURS * 4) return null;
  return quarters;
}

export function checkHoursForm(
  form: HoursForm,
  today: IsoDate,
): { ok: true; value: CheckedHours } | { ok: false; issues: HoursIssue[] } {
  const issues: HoursIssue[] = [];
  const reference = form.reference.trim();
  const event = form.event.trim();
  if (reference === '' && event === '') issues.push({ field: 'reference', code: 'reference-required' });
  else if (reference !== '' && event !== '') issues.push({ field: 'reference', code: 'one-subject' });
  else if (event !== '' && !UUID.test(event)) issues.push({ field: 'event', code: 'not-running' });
  const day = parseBelgianDate(form.date);
  if (day === null) issues.push({ field: 'date', code: 'date-invalid' });
  else if (day > today) issues.push({ field: 'date', code: 'date-future' });
  const quarterHours = parseQuarterHours(form.hours);
  if (quarterHours === null) issues.push({ field: 'hours', code: 'hours-invalid' });
  if (!isOneOf(FIRST_LINE_KINDS, form.kind)) issues.push({ field: 'kind', code: 'kind-required' });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      reference,
      event,
      day: day!,
      quarterHours: quarterHours!,
      kind: form.kind as FirstLineKind,
      network: form.network.trim(),
    },
  };
}
