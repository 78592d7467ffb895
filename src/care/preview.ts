// What a clinician sees before confirming a session. The patient's NISS opens their path across
// every clinician, so the preview tells only what the clinician must tell the patient: whether
// the session is reimbursed and what they pay. Not the session's rank in the cap (it counts the
// patient's sessions elsewhere), and not which of the patient's earlier sessions stands in the
// way (a reimbursed treatment elsewhere says the patient is in treatment). Once recorded (a real
// session, limited and audited), the session's own page explains its decision in full.

import type { CareFunction, NetworkType, ReasonCode, SessionDecision, SessionMode } from './domain/index.ts';

/**
 * Where each refusal comes from: the proposed session itself (its date, function, mode, the
 * patient's age, the assessment), or the patient's earlier sessions. A new reason code must be
 * placed here (a compile error otherwise).
 */
const REASON_SOURCE = {
  'before-scheme': 'session',
  'function-not-in-period': 'session',
  'mode-not-offered': 'session',
  'outside-network-age': 'session',
  'needs-functional-assessment': 'session',
  'same-day': 'history',
  'parallel-support-treatment': 'history',
  'cap-reached': 'history',
} as const satisfies Record<ReasonCode, 'session' | 'history'>;

/** A reason the proposed session alone gives. */
export type SessionReason = {
  [R in ReasonCode]: (typeof REASON_SOURCE)[R] extends 'session' ? R : never;
}[ReasonCode];

export interface PreviewDecision {
  reimbursable: boolean;
  /** What the patient pays when reimbursed (0: nothing). */
  copayCents: number | null;
  /** Why not: the session's own reason, or only that the patient's earlier sessions decide it. */
  reason: SessionReason | 'patient-history' | null;
  // Echoed from what the clinician typed, for the explanation.
  function: CareFunction;
  mode: SessionMode;
  networkType: NetworkType;
  ageOnDate: number;
}

export function previewDecision(decision: SessionDecision): PreviewDecision {
  const reason = decision.reason;
  return {
    reimbursable: decision.reimbursable,
    copayCents: decision.reimbursable ? decision.copayCents : null,
    reason:
      reason === null
        ? null
        : REASON_SOURCE[reason] === 'session'
          ? (reason as SessionReason)
          : 'patient-history',
    function: decision.function,
    mode: decision.mode,
    networkType: decision.networkType,
    ageOnDate: decision.ageOnDate,
  };
}
