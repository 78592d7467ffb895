// A case is an ordered, append-only list of actions (who, when, what, from which zone, payload).
// Its state is never stored as the truth: it is derived by folding the actions through the case
// type's workflow, a table that says which actions each status allows and where each leads
// (OpenCRVS's pattern). Pure: no I/O, no framework. Every case type (GP requests, organisation
// offers, declarations of interest…) defines one Workflow and reuses everything else.

/** Who took an action: a staff member, the person who asked, a clinician answering, or the platform itself. */
export interface CaseActor {
  kind: 'staff' | 'requester' | 'clinician' | 'system';
  /** The account id for staff; null for requesters without an account and for the system. */
  id: string | null;
  /** A name people can read in the timeline (staff display name, "requester", "Passerelle"). */
  label: string;
  /** The zone the actor acted from (a coordinator's zone), when there is one. */
  zoneId: string | null;
}

export interface CaseAction<A extends string = string> {
  /** 1, 2, 3… within the case: the order is the log's truth. */
  seq: number;
  type: A;
  /** ISO timestamp. */
  at: string;
  actor: CaseActor;
  payload: Record<string, unknown>;
}

/** What the fold derives from the actions. */
export interface CaseState<S extends string = string> {
  status: S;
  /** The zone whose coordinators hold the case now (moves with actions that reassign it). */
  zoneId: string;
  /** The seq of the last action: a form posts it back so that a stale page cannot act twice. */
  version: number;
  openedAt: string;
  updatedAt: string;
  /** When the first action counting as a response (first contact) was taken, or null. */
  respondedAt: string | null;
}

export interface ActionRule<S extends string> {
  /** The status after the action; null keeps the current one (notes, messages, reassignment). */
  leadsTo: S | null;
  /** The payload key holding the zone the case moves to (reassignment). */
  movesZoneTo?: string;
  /** Whether taking this action counts as the first contact with the requester. */
  responds?: boolean;
}

export interface Workflow<S extends string, A extends string> {
  caseType: string;
  /** The action that opens a case and the status it starts in. */
  opening: A;
  initialStatus: S;
  statuses: readonly S[];
  /** THE table: for each status, the actions that may be taken. Everything else is refused. */
  allows: { readonly [status in S]: readonly A[] };
  actions: { readonly [action in A]: ActionRule<S> };
}

export function defineWorkflow<S extends string, A extends string>(workflow: Workflow<S, A>): Workflow<S, A> {
  for (const status of workflow.statuses) {
    for (const action of workflow.allows[status]) {
      if (!(action in workflow.actions)) throw new Error(`${workflow.caseType}: unknown action ${action}`);
      const target = workflow.actions[action].leadsTo;
      if (target !== null && !workflow.statuses.includes(target)) {
        throw new Error(`${workflow.caseType}: ${action} leads to unknown status ${target}`);
      }
    }
  }
  return workflow;
}

export class CaseLogError extends Error {}

/** Applies one action to a state; the caller has checked that it is allowed. */
export function applyAction<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  state: CaseState<S>,
  action: CaseAction<A>,
): CaseState<S> {
  const rule = workflow.actions[action.type];
  const zone = rule.movesZoneTo ? action.payload[rule.movesZoneTo] : undefined;
  return {
    status: rule.leadsTo ?? state.status,
    zoneId: typeof zone === 'string' && zone !== '' ? zone : state.zoneId,
    version: action.seq,
    openedAt: state.openedAt,
    updatedAt: action.at,
    respondedAt: state.respondedAt ?? (rule.responds ? action.at : null),
  };
}

/**
 * Folds a whole log into the case's state. The first action must be the opening one, whose
 * payload names the starting zone (`zoneId`); every later action must be allowed by the status
 * it was taken in. A log that breaks these rules was not written through `decideAction`: it throws.
 */
export function foldCase<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  actions: readonly CaseAction<A>[],
): CaseState<S> {
  const [first, ...rest] = actions;
  if (!first || first.type !== workflow.opening) {
    throw new CaseLogError(`${workflow.caseType}: a case log starts with ${workflow.opening}`);
  }
  let state: CaseState<S> = {
    status: workflow.initialStatus,
    zoneId: String(first.payload.zoneId ?? ''),
    version: first.seq,
    openedAt: first.at,
    updatedAt: first.at,
    respondedAt: null,
  };
  for (const action of rest) {
    if (!isAllowed(workflow, state.status, action.type)) {
      throw new CaseLogError(`${workflow.caseType}: ${action.type} is not allowed in ${state.status}`);
    }
    state = applyAction(workflow, state, action);
  }
  return state;
}

export function isAllowed<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  status: S,
  action: string,
): action is A {
  return (workflow.allows[status] as readonly string[]).includes(action);
}

export function allowedActions<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  status: S,
): readonly A[] {
  return workflow.allows[status];
}

export type ActionDecision<S extends string, A extends string> =
  | { ok: true; action: CaseAction<A>; state: CaseState<S> }
  | { ok: false; reason: 'not-allowed' | 'stale' };

/**
 * Decides whether an action may be appended to a case in `state`: allowed by the status, and
 * taken on the version the actor saw (when they say which). Returns the action to append and
 * the state after it.
 */
export function decideAction<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  state: CaseState<S>,
  input: {
    type: A;
    actor: CaseActor;
    payload: Record<string, unknown>;
    at: string;
    expectedVersion?: number | undefined;
  },
): ActionDecision<S, A> {
  if (input.expectedVersion !== undefined && input.expectedVersion !== state.version) {
    return { ok: false, reason: 'stale' };
  }
  if (!isAllowed(workflow, state.status, input.type)) return { ok: false, reason: 'not-allowed' };
  const action: CaseAction<A> = {
    seq: state.version + 1,
    type: input.type,
    at: input.at,
    actor: input.actor,
    payload: input.payload,
  };
  return { ok: true, action, state: applyAction(workflow, state, action) };
}
