import { defineWorkflow } from '../../platform/cases/workflow.ts';

// An application's life (clinician declaration of interest or conventioned service), one table:
// submitted → completeness-check → contact → concertation (services) → decision → approved →
// convention-signed, or rejected (may apply again), or withdrawn by the applicant. A signed
// convention may be suspended (and resumed) or ended; the finder follows.

export const APPLICATION_STATUSES = [
  'submitted',
  'completeness-check',
  'contact',
  'concertation',
  'decision',
  'approved',
  'convention-signed',
  'suspended',
  'ended',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_ACTIONS = [
  'submit',
  'start-check',
  'request-information',
  'answer',
  'upload-document',
  'log-contact',
  'record-advice',
  'send-to-decision',
  'body-decision',
  'approve',
  'reject',
  'sign-convention',
  'suspend',
  'resume',
  'end-convention',
  'withdraw',
  'note',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** What the applicant may do themselves (in their space); everything else is staff or system. */
export const APPLICANT_ACTIONS = ['answer', 'upload-document', 'withdraw'] as const;
export type ApplicantAction = (typeof APPLICANT_ACTIONS)[number];

/** What a zone coordinator may take from the case page. */
export const STAFF_ACTIONS = [
  'start-check',
  'request-information',
  'log-contact',
  'record-advice',
  'send-to-decision',
  'sign-convention',
  'suspend',
  'resume',
  'end-convention',
  'note',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

const APPLICANT = ['answer', 'upload-document', 'withdraw', 'note'] as const;

/** THE table: which actions each status allows. */
export const APPLICATION_ALLOWS = {
  submitted: ['start-check', ...APPLICANT],
  'completeness-check': ['request-information', 'log-contact', ...APPLICANT],
  contact: ['record-advice', 'send-to-decision', ...APPLICANT],
  concertation: ['send-to-decision', ...APPLICANT],
  // Bodies decide one by one; the last decision makes the system approve or reject.
  decision: ['body-decision', 'approve', 'reject', 'withdraw', 'note'],
  approved: ['sign-convention', 'withdraw', 'note'],
  'convention-signed': ['suspend', 'end-convention', 'note'],
  suspended: ['resume', 'end-convention', 'note'],
  ended: ['note'],
  rejected: ['note'],
  withdrawn: ['note'],
} as const satisfies Record<ApplicationStatus, readonly ApplicationAction[]>;

export const APPLICATION_WORKFLOW = defineWorkflow<ApplicationStatus, ApplicationAction>({
  caseType: 'application',
  opening: 'submit',
  initialStatus: 'submitted',
  statuses: APPLICATION_STATUSES,
  allows: APPLICATION_ALLOWS,
  actions: {
    submit: { leadsTo: 'submitted' },
    'start-check': { leadsTo: 'completeness-check', responds: true },
    'request-information': { leadsTo: null, responds: true },
    answer: { leadsTo: null },
    'upload-document': { leadsTo: null },
    'log-contact': { leadsTo: 'contact', responds: true },
    'record-advice': { leadsTo: 'concertation' },
    'send-to-decision': { leadsTo: 'decision' },
    'body-decision': { leadsTo: null },
    approve: { leadsTo: 'approved' },
    reject: { leadsTo: 'rejected' },
    'sign-convention': { leadsTo: 'convention-signed' },
    suspend: { leadsTo: 'suspended' },
    resume: { leadsTo: 'convention-signed' },
    'end-convention': { leadsTo: 'ended' },
    withdraw: { leadsTo: 'withdrawn' },
    note: { leadsTo: null },
  },
});

/** Statuses in which the case is still moving (the back office's default filter). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  'submitted',
  'completeness-check',
  'contact',
  'concertation',
  'decision',
  'approved',
];

/** Actions the applicant sees on their timeline (and hears about by e-mail); notes stay inside. */
export const PUBLIC_ACTIONS: ReadonlySet<ApplicationAction> = new Set(
  APPLICATION_ACTIONS.filter((action) => action !== 'note'),
);

/** Concertation is for conventioned services only; the table allows it, the kind decides. */
export function actionFitsKind(action: ApplicationAction, kind: 'clinician' | 'service'): boolean {
  return !(action === 'record-advice' && kind === 'clinician');
}
