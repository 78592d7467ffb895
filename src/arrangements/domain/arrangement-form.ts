// What the coordinator types to make a standing arrangement: the weekday, the times, the first
// and last day (Belgian dates), every how many weeks, and a place or an online link. Checked
// without the database; lengths before patterns, every field kept as typed for an error page.

import { type IsoDate, parseBelgianDate } from '../../platform/identifiers/belgian-date.ts';
import { containsNiss } from '../../platform/identifiers/free-text-niss.ts';
import { isOneOf } from '../../platform/vocabulary/index.ts';
import { arrangementSlots, WEEKDAYS, type WeeklyRule } from './schedule.ts';

export const ARRANGEMENT_FIELDS = [
  'weekday',
  'startTime',
  'endTime',
  'firstDay',
  'lastDay',
  'everyWeeks',
  'venue',
  'onlineUrl',
] as const;
export type ArrangementField = (typeof ARRANGEMENT_FIELDS)[number];
export type ArrangementForm = Record<ArrangementField, string>;

export type ArrangementIssueCode =
  | 'required'
  | 'invalid'
  | 'too-long'
  | 'holds-niss'
  | 'in-past'
  | 'ends-before-start'
  | 'last-before-first'
  | 'too-far'
  | 'no-date'
  | 'venue-or-link';

export interface ArrangementIssue {
  field: ArrangementField;
  code: ArrangementIssueCode;
}

export interface ArrangementDraft extends WeeklyRule {
  venue: string | null;
  onlineUrl: string | null;
}

export const EMPTY_ARRANGEMENT_FORM: ArrangementForm = {
  weekday: '',
  startTime: '',
  endTime: '',
  firstDay: '',
  lastDay: '',
  everyWeeks: '1',
  venue: '',
  onlineUrl: '',
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const URL_PATTERN = /^https:\/\/[^\s<>"]+$/;
const LIMITS = { venue: 300, url: 500, date: 20, time: 5 };
/** An arrangement runs at most a year: the parties renew it rather than let it run forever. */
const MAX_DAYS = 366;

/** Reads the posted form: unknown fields ignored, every value capped. */
export function readArrangementForm(body: unknown): ArrangementForm {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const form = { ...EMPTY_ARRANGEMENT_FORM };
  for (const field of ARRANGEMENT_FIELDS) {
    const value = source[field];
    form[field] = typeof value === 'string' ? value.slice(0, 600) : '';
  }
  return form;
}

const daysBetween = (from: IsoDate, to: IsoDate) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function checkArrangement(
  form: ArrangementForm,
  today: IsoDate,
): { ok: true; value: ArrangementDraft } | { ok: false; issues: ArrangementIssue[] } {
  const issues: ArrangementIssue[] = [];
  const weekday = form.weekday.trim();
  if (!weekday) issues.push({ field: 'weekday', code: 'required' });
  else if (!isOneOf(WEEKDAYS, weekday)) issues.push({ field: 'weekday', code: 'invalid' });
  const time = (field: 'startTime' | 'endTime') => {
    const value = form[field].trim();
    if (!value) issues.push({ field, code: 'required' });
    else if (value.length > LIMITS.time || !TIME.test(value)) issues.push({ field, code: 'invalid' });
    return TIME.test(value) ? value : null;
  };
  const startTime = time('startTime');
  const endTime = time('endTime');
  if (startTime && endTime && endTime <= startTime)
    issues.push({ field: 'endTime', code: 'ends-before-start' });
  const day = (field: 'firstDay' | 'lastDay') => {
    const value = form[field].trim();
    if (!value) issues.push({ field, code: 'required' });
    else if (value.length > LIMITS.date || !parseBelgianDate(value)) issues.push({ field, code: 'invalid' });
    return value.length <= LIMITS.date ? parseBelgianDate(value) : null;
  };
  const firstDay = day('firstDay');
  const lastDay = day('lastDay');
  if (firstDay && firstDay < today) issues.push({ field: 'firstDay', code: 'in-past' });
  if (firstDay && lastDay && lastDay < firstDay) issues.push({ field: 'lastDay', code: 'last-before-first' });
  else if (firstDay && lastDay && daysBetween(firstDay, lastDay) > MAX_DAYS)
    issues.push({ field: 'lastDay', code: 'too-far' });
  const weeksText = form.everyWeeks.trim() || '1';
  const everyWeeks = /^[1-4]$/.test(weeksText) ? Number(weeksText) : null;
  if (everyWeeks === null) issues.push({ field: 'everyWeeks', code: 'invalid' });
  const venue = form.venue.trim();
  if (venue.length > LIMITS.venue) issues.push({ field: 'venue', code: 'too-long' });
  else if (containsNiss(venue)) issues.push({ field: 'venue', code: 'holds-niss' });
  const onlineUrl = form.onlineUrl.trim();
  if (onlineUrl && (onlineUrl.length > LIMITS.url || !URL_PATTERN.test(onlineUrl)))
    issues.push({ field: 'onlineUrl', code: 'invalid' });
  if (!venue && !onlineUrl) issues.push({ field: 'venue', code: 'venue-or-link' });
  if (issues.length > 0 || !isOneOf(WEEKDAYS, weekday) || !startTime || !endTime || !firstDay || !lastDay)
    return { ok: false, issues };
  const rule: WeeklyRule = { weekday, startTime, endTime, firstDay, lastDay, everyWeeks: everyWeeks! };
  if (arrangementSlots(rule).length === 0)
    return { ok: false, issues: [{ field: 'lastDay', code: 'no-date' }] };
  return { ok: true, value: { ...rule, venue: venue || null, onlineUrl: onlineUrl || null } };
}
