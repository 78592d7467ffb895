import { Checker, type Issue } from '../../platform/forms/checker.ts';
import { type IsoDate, parseBelgianDate } from '../../platform/identifiers/belgian-date.ts';
import type { StaffAction } from './workflow.ts';

// What each staff action needs besides the case: a reason to decline, a zone to reassign to, a
// clinician, a date. Checked here so the inbox pages and the API say the same.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type ActionIssueCode =
  | 'same-zone'
  | 'unknown-zone'
  | 'invalid-date'
  | 'date-in-past'
  | 'invalid-time'
  | 'unknown-clinician'
  /** Choosing, on a call, a clinician who did not answer it. */
  | 'not-an-answer';

export type CheckedAction =
  | { ok: true; payload: Record<string, unknown> }
  | { ok: false; issues: Array<Issue | { field: string; code: ActionIssueCode }> };

export function checkActionInput(
  type: StaffAction,
  input: unknown,
  context: { zoneIds: ReadonlySet<string>; currentZoneId: string; today: IsoDate },
): CheckedAction {
  const c = new Checker(input);
  const extra: Array<{ field: string; code: ActionIssueCode }> = [];
  const payload: Record<string, unknown> = {};
  switch (type) {
    case 'decline':
      payload.reason = c.text('reason', { required: true, max: 1000 });
      break;
    case 'note':
    case 'message':
      payload.text = c.text('text', { required: true, max: 4000 });
      break;
    case 'reassign': {
      const zone = c.text('toZoneId', {
        required: true,
        max: 60,
        identifier: true,
      });
      if (zone !== undefined && !context.zoneIds.has(zone))
        extra.push({ field: 'toZoneId', code: 'unknown-zone' });
      else if (zone === context.currentZoneId) extra.push({ field: 'toZoneId', code: 'same-zone' });
      payload.fromZoneId = context.currentZoneId;
      payload.toZoneId = zone;
      payload.reason = c.text('reason', { required: false, max: 1000 });
      break;
    }
    case 'assign-clinician': {
      const id = c.text('clinicianId', {
        required: true,
        max: 60,
        identifier: true,
      });
      if (id !== undefined && !UUID.test(id)) extra.push({ field: 'clinicianId', code: 'unknown-clinician' });
      payload.clinicianId = id;
      break;
    }
    case 'schedule': {
      // 17/12/2026, 17.12.2026 or 2026-12-17: kept as the ISO date.
      const typed = c.text('date', { required: true, max: 24 });
      const date = typed === undefined ? undefined : (parseBelgianDate(typed) ?? undefined);
      if (typed !== undefined && date === undefined) extra.push({ field: 'date', code: 'invalid-date' });
      // An appointment is for today or later (in Brussels): a past one is a typo.
      else if (date !== undefined && date < context.today)
        extra.push({ field: 'date', code: 'date-in-past' });
      const time = c.text('time', { required: false, max: 5 });
      if (time !== undefined && !TIME.test(time)) extra.push({ field: 'time', code: 'invalid-time' });
      const place = c.text('place', { required: false, max: 300 });
      payload.date = date;
      payload.time = time ?? null;
      payload.place = place ?? null;
      break;
    }
    case 'acknowledge':
    case 'start':
    case 'close':
    case 'publish-call':
      payload.text = c.text('text', { required: false, max: 4000 });
      break;
  }
  const issues = [...c.issues, ...extra];
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    payload: Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined)),
  };
}

/** A clinician's answer to a call, or their reason for declining a proposal: an optional message. */
export function checkClinicianAnswer(input: unknown): CheckedAction {
  const c = new Checker(input);
  const text = c.text('text', { required: false, max: 2000 });
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  return { ok: true, payload: text === undefined ? {} : { text } };
}
