import { defineWorkflow } from '../../platform/cases/workflow.ts';
import type { RequestType } from './vocabulary.ts';

// A request's life, the same for GP support requests and organisation offers:
// submitted → acknowledged → in-progress → scheduled → closed, or declined with a reason.

export const REQUEST_STATUSES = [
  'submitted',
  'acknowledged',
  'in-progress',
  'scheduled',
  'closed',
  'declined',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_ACTIONS = [
  'submit',
  'acknowledge',
  'start',
  'assign-clinician',
  'schedule',
  'close',
  'decline',
  'reassign',
  'note',
  'message',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** Staff actions (everything but the requester's `submit`). */
export type StaffAction = Exclude<RequestAction, 'submit'>;

const ALWAYS = ['note', 'message'] as const;
const OPEN = ['decline', 'reassign', ...ALWAYS] as const;

/** THE table: which actions each status allows. */
export const REQUEST_ALLOWS = {
  submitted: ['acknowledge', ...OPEN],
  acknowledged: ['start', 'assign-clinician', 'schedule', ...OPEN],
  'in-progress': ['assign-clinician', 'schedule', ...OPEN],
  scheduled: ['schedule', 'assign-clinician', 'close', ...OPEN],
  closed: ['note'],
  declined: ['note'],
} as const satisfies Record<RequestStatus, readonly RequestAction[]>;

/** The main next step of each status, in order of preference: the case page's one primary button. */
export const REQUEST_NEXT: { readonly [status in RequestStatus]: readonly StaffAction[] } = {
  submitted: ['acknowledge'],
  acknowledged: ['start', 'assign-clinician'],
  'in-progress': ['schedule', 'assign-clinician'],
  scheduled: ['close'],
  closed: [],
  declined: [],
};

/** Actions that cannot be undone: warning buttons, confirmed on a page of their own. */
export const DESTRUCTIVE_ACTIONS: ReadonlySet<StaffAction> = new Set(['decline']);

/** Actions whose outcome the requester hears about by e-mail and sees on the status page. */
export const PUBLIC_ACTIONS: ReadonlySet<RequestAction> = new Set([
  'submit',
  'acknowledge',
  'start',
  'assign-clinician',
  'schedule',
  'close',
  'decline',
  'reassign',
  'message',
]);

function requestWorkflow(caseType: RequestType) {
  return defineWorkflow<RequestStatus, RequestAction>({
    caseType,
    opening: 'submit',
    initialStatus: 'submitted',
    statuses: REQUEST_STATUSES,
    allows: REQUEST_ALLOWS,
    actions: {
      submit: { leadsTo: 'submitted' },
      acknowledge: { leadsTo: 'acknowledged', responds: true },
      start: { leadsTo: 'in-progress', responds: true },
      'assign-clinician': { leadsTo: 'in-progress', responds: true },
      schedule: { leadsTo: 'scheduled', responds: true },
      close: { leadsTo: 'closed', responds: true },
      decline: { leadsTo: 'declined', responds: true },
      reassign: { leadsTo: null, movesZoneTo: 'toZoneId' },
      note: { leadsTo: null },
      // A message to the requester is a contact.
      message: { leadsTo: null, responds: true },
    },
  });
}

export const WORKFLOWS = {
  'support-request': requestWorkflow('support-request'),
  'partner-offer': requestWorkflow('partner-offer'),
} as const;

/** Statuses a coordinator still has work on. */
export const OPEN_STATUSES: readonly RequestStatus[] = [
  'submitted',
  'acknowledged',
  'in-progress',
  'scheduled',
];
