// A patient's care path: every recorded session, decided in order (date, then recording order).
// When a session is recorded late (dated before others) or cancelled, the sessions after it are
// decided again. Two promises hold, so that nobody loses a reimbursement they were told about:
//  - a session that was reimbursed stays reimbursed when another one is cancelled or recorded;
//  - a session that was refused (or is new) becomes reimbursed only if no later reimbursed
//    session would then break a rule (cap, one a day, support after treatment). Otherwise it
//    is refused for the reason that later session would have been refused.
// Re-deciding the rest of a path naively is not monotone with rolling windows: a cancelled early
// session frees a place, a refused session takes it, and a later session falls over the cap.

import { type CareRulesConfig, DEFAULT_CARE_RULES_CONFIG } from './config.ts';
import { decideSession } from './decide.ts';
import type { PastSession, ProposedSession, ReasonCode, SessionDecision } from './types.ts';

export interface PathSession extends ProposedSession {
  readonly id: string;
  /** The decision this session had before; null for a session being recorded now. */
  readonly previous: SessionDecision | null;
}

export interface PathDecision {
  readonly id: string;
  readonly decision: SessionDecision;
  /** True when the decision differs from `previous` in anything the patient or the network sees. */
  readonly changed: boolean;
}

/** The same decision, refused for `reason`: no rank, no copay, no fee. */
export function refusedBecause(decision: SessionDecision, reason: ReasonCode): SessionDecision {
  return {
    ...decision,
    reimbursable: false,
    reason,
    sessionNumber: null,
    copayCents: null,
    firstSessionFree: false,
    feeCents: null,
  };
}

function asPast(session: ProposedSession, reimbursable: boolean): PastSession {
  return { date: session.date, function: session.function, mode: session.mode, reimbursable };
}

const COMPARED = [
  'reimbursable',
  'reason',
  'sessionNumber',
  'cap',
  'copayCents',
  'firstSessionFree',
  'convention',
  'feeCents',
] as const satisfies readonly (keyof SessionDecision)[];

export function sameDecision(a: SessionDecision, b: SessionDecision): boolean {
  return COMPARED.every((key) => a[key] === b[key]);
}

/**
 * Decides `sessions` (in path order) after a fixed `history` of earlier sessions whose decisions
 * stand. Sessions with `previous` null are new; the others are re-decided under the promises above.
 */
export function decidePath(
  history: readonly PastSession[],
  sessions: readonly PathSession[],
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): PathDecision[] {
  const accepted: PastSession[] = [...history];
  const results: PathDecision[] = [];
  for (const [index, session] of sessions.entries()) {
    let decision = decideSession(session, accepted, config);
    if (decision.reimbursable && session.previous?.reimbursable !== true) {
      const blocked = laterRefusal(accepted, session, sessions.slice(index + 1), config);
      if (blocked) decision = refusedBecause(decision, blocked);
    }
    accepted.push(asPast(session, decision.reimbursable));
    results.push({
      id: session.id,
      decision,
      changed: session.previous === null || !sameDecision(session.previous, decision),
    });
  }
  return results;
}

/**
 * Why a later, already reimbursed session would be refused if `candidate` were reimbursed too;
 * null when none would be. Later sessions that were refused do not count: they stay behind.
 */
function laterRefusal(
  accepted: readonly PastSession[],
  candidate: PathSession,
  later: readonly PathSession[],
  config: CareRulesConfig,
): ReasonCode | null {
  const seen: PastSession[] = [...accepted, asPast(candidate, true)];
  for (const session of later) {
    const reimbursed = session.previous?.reimbursable === true;
    if (reimbursed) {
      const again = decideSession(session, seen, config);
      if (again.reason !== null) return again.reason;
    }
    seen.push(asPast(session, reimbursed));
  }
  return null;
}

/**
 * Every session of a path decided from nothing, in order: what a network gets when it re-runs
 * the rules over a year, and what tests compare recording and cancelling against.
 */
export function decideFromScratch(
  sessions: readonly ProposedSession[],
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): SessionDecision[] {
  const accepted: PastSession[] = [];
  return sessions.map((session) => {
    const decision = decideSession(session, accepted, config);
    accepted.push(asPast(session, decision.reimbursable));
    return decision;
  });
}

/** A session already in a patient's path, with the decision it has now. */
export interface RecordedSession extends ProposedSession {
  readonly id: string;
  readonly decision: SessionDecision;
}

function splitAt(path: readonly RecordedSession[], index: number) {
  const history = path.slice(0, index).map((s) => asPast(s, s.decision.reimbursable));
  const later = path.slice(index).map((s): PathSession => ({ ...s, previous: s.decision }));
  return { history, later };
}

/**
 * Records `proposed` in a patient's path (their sessions not cancelled, in path order, from at
 * least one window before its date). It goes after every session dated the same day or before.
 * Returns its decision first, then every later session whose decision changed.
 */
export function recordInPath(
  path: readonly RecordedSession[],
  proposed: ProposedSession & { readonly id: string },
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): PathDecision[] {
  const index = path.findIndex((session) => session.date > proposed.date);
  const { history, later } = splitAt(path, index === -1 ? path.length : index);
  const [own, ...rest] = decidePath(history, [{ ...proposed, previous: null }, ...later], config);
  return [own!, ...rest.filter((result) => result.changed)];
}

/** Cancels session `id` of a path: returns every later session whose decision changed. */
export function cancelInPath(
  path: readonly RecordedSession[],
  id: string,
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): PathDecision[] {
  const index = path.findIndex((session) => session.id === id);
  if (index === -1) return [];
  const { history, later } = splitAt(
    path.filter((session) => session.id !== id),
    index,
  );
  return decidePath(history, later, config).filter((result) => result.changed);
}
