// Correcting a recorded entry of first-line support hours: the day, the hours (0 withdraws an
// entry recorded by mistake) and why, which the audit log keeps with the values before and after.

import { type IsoDate, parseBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { containsNiss } from '../platform/identifiers/free-text-niss.ts';
import { MAX_HOURS } from './first-line-hours-form.ts';

export const CORRECTION_FIELDS = ['date', 'hours', 'reason'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
export type CorrectionForm = Record<CorrectionField, string>;

export const REASON_MAX = 500;

export type CorrectionErrorCode =
  | 'date-invalid'
  | 'date-future'
  | 'hours-invalid'
  | 'reason-required'
  | 'reason-too-long'
  | 'reason-holds-niss';

export interface CorrectionIssue {
  field: CorrectionField;
  code: CorrectionErrorCode;
}

export function readCorrectionForm(body: unknown): CorrectionForm {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (name: CorrectionField, max: number) =>
    typeof source[name] === 'string' ? (source[name] as string).slice(0, max) : '';
  return { date: text('date', 60), hours: text('hours', 60), reason: text('reason', REASON_MAX + 100) };
}

/** Hours as typed, 0 allowed (the entry is withdrawn): a whole number of quarter hours. */
function quarterHoursOrZero(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(trimmed)) return null;
  const quarters = Number(trimmed) * 4;
  return Number.isInteger(quarters) && quarters >= 0 && quarters <= MAX_HOURS * 4 ? quarters : null;
}

export function checkCorrection(
  form: CorrectionForm,
  today: IsoDate,
):
  | { ok: true; value: { day: IsoDate; quarterHours: number; reason: string } }
  | { ok: false; issues: CorrectionIssue[] } {
  const issues: CorrectionIssue[] = [];
  const day = parseBelgianDate(form.date);
  if (day === null) issues.push({ field: 'date', code: 'date-invalid' });
  else if (day > today) issues.push({ field: 'date', code: 'date-future' });
  const quarterHours = quarterHoursOrZero(form.hours);
  if (quarterHours === null) issues.push({ field: 'hours', code: 'hours-invalid' });
  const reason = form.reason.trim();
  // Length before pattern: a long text is refused as too long, whatever it holds.
  if (reason === '') issues.push({ field: 'reason', code: 'reason-required' });
  else if (reason.length > REASON_MAX) issues.push({ field: 'reason', code: 'reason-too-long' });
  else if (containsNiss(reason)) issues.push({ field: 'reason', code: 'reason-holds-niss' });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { day: day!, quarterHours: quarterHours!, reason } };
}
