import { Checker, type Issue } from '../platform/forms/checker.ts';
import type { ApplicationStatus, StaffAction } from './domain/workflow.ts';

// The staff actions of an application's case page, beyond the workflow's table: what each needs
// besides the case (checked the same for every page and the API), which one is a status's main
// next step, and which cannot be undone.

/** What each staff action needs besides the case, checked the same for every page. */
export function checkStaffInput(
  type: StaffAction,
  body: unknown,
): { payload: Record<string, unknown>; issues: Issue[] } {
  const c = new Checker(body);
  const payload: Record<string, unknown> = {};
  // 17/12/2026, 17.12.2026 or 2026-12-17: kept as the ISO date.
  const date = (field: string) => c.date(field);
  switch (type) {
    case 'request-information':
    case 'note':
      payload.text = c.text('text', { required: true, max: 4000 });
      break;
    case 'log-contact':
      payload.date = date('date');
      payload.text = c.text('text', { required: true, max: 4000 });
      break;
    case 'record-advice':
      payload.level = c.choice('level', ['local', 'regional'] as const);
      payload.text = c.text('text', { required: true, max: 4000 });
      break;
    case 'sign-convention':
      payload.date = date('date');
      payload.signatories = c.text('signatories', { required: true, max: 500 });
      break;
    case 'suspend':
    case 'end-convention':
      payload.reason = c.text('reason', { required: true, max: 2000 });
      break;
    default:
      payload.text = c.text('text', { required: false, max: 4000 });
  }
  return {
    payload: Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined)),
    issues: c.issues,
  };
}

/** The main next step of each status, in order of preference: the case page's one primary button. */
export const APPLICATION_NEXT: { readonly [status in ApplicationStatus]: readonly StaffAction[] } = {
  submitted: ['start-check'],
  'completeness-check': ['log-contact'],
  contact: ['record-advice', 'send-to-decision'],
  concertation: ['send-to-decision'],
  decision: [],
  approved: ['sign-convention'],
  'convention-signed': [],
  suspended: ['resume'],
  ended: [],
  rejected: [],
  withdrawn: [],
};

/** Actions that cannot be undone: warning buttons, confirmed on a page of their own. */
export const DESTRUCTIVE_ACTIONS: ReadonlySet<StaffAction> = new Set(['suspend', 'end-convention']);
