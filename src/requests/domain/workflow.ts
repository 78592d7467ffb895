import { defineWorkflow } from '../../platform/cases/workflow.ts';
import type { RequestType } from './vocabulary.ts';

// A request's life, the same for GP support requests and organisation offers:
// submitted → acknowledged → in-progress → scheduled → closed, or declined with a reason.
// An organisation's offer may also be published as a call to the clinicians of its zone
// (calling) until the coordinator chooses one of those who answered; a clinician proposed on a
// case accepts or declines from their own page.

export const REQUEST_STATUSES = [
  'submitted',
  'acknowledged',
  'in-progress',
  'calling',
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
  'publish-call',
  'answer-call',
  'clinician-accept',
  'clinician-decline',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** What a clinician does from their own page: answer a call, accept or decline being proposed. */
export const CLINICIAN_ACTIONS = ['answer-call', 'clinician-accept', 'clinician-decline'] as const;
export type ClinicianAction = (typeof CLINICIAN_ACTIONS)[number];

/** Staff actions (everything but the requester's `submit` and the clinicians' answers). */
export type StaffAction = Exclude<RequestAction, 'submit' | ClinicianAction>;

export const STAFF_REQUEST_ACTIONS = REQUEST_ACTIONS.filter(
  (action): action is StaffAction =>
    action !== 'submit' && !(CLINICIAN_ACTIONS as readonly string[]).includes(action),
);

/** Actions that fit organisation offers only (a GP's request is not published as a call). */
export const OFFER_ONLY_ACTIONS: ReadonlySet<RequestAction> = new Set(['publish-call', 'answer-call']);

const ALWAYS = ['note', 'message'] as const;
const OPEN = ['decline', 'reassign', ...ALWAYS] as const;
/** The proposed clinician's answer, wherever a proposal may stand. */
const PROPOSED = ['clinician-accept', 'clinician-decline'] as const;

/** THE table: which actions each status allows. */
export const REQUEST_ALLOWS = {
  submitted: ['acknowledge', ...OPEN],
  acknowledged: ['start', 'assign-clinician', 'schedule', 'publish-call', ...OPEN],
  'in-progress': ['assign-clinician', 'schedule', 'publish-call', ...PROPOSED, ...OPEN],
  // Choosing one of the clinicians who answered is assigning them.
  calling: ['answer-call', 'assign-clinician', ...OPEN],
  scheduled: ['schedule', 'assign-clinician', 'close', ...PROPOSED, ...OPEN],
  closed: ['note'],
  declined: ['note'],
} as const satisfies Record<RequestStatus, readonly RequestAction[]>;

/** The main next step of each status, in order of preference: the case page's one primary button. */
export const REQUEST_NEXT: { readonly [status in RequestStatus]: readonly StaffAction[] } = {
  submitted: ['acknowledge'],
  acknowledged: ['start', 'assign-clinician'],
  'in-progress': ['schedule', 'assign-clinician'],
  calling: ['assign-clinician'],
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
      'publish-call': { leadsTo: 'calling', responds: true },
      'answer-call': { leadsTo: null },
      'clinician-accept': { leadsTo: null },
      'clinician-decline': { leadsTo: null },
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
  'calling',
  'scheduled',
];
