// The session decision: what is proposed, what came before, and the answer.

import type { CareFunction, ConventionId } from './conventions/index.ts';
import type { IsoDate } from './dates.ts';
import type { Cap, CapGroup, NetworkType, SessionMode } from './rules.ts';

export interface ProposedSession {
  readonly date: IsoDate;
  readonly birthDate: IsoDate;
  /** Entitled to the increased reimbursement (BIM / verhoogde tegemoetkoming). */
  readonly bim: boolean;
  readonly function: CareFunction;
  readonly mode: SessionMode;
  /** The type of the network the clinician works for under this session. */
  readonly networkType: NetworkType;
  /** Whether a functional assessment was done before (required for specialised care / treatment). */
  readonly functionalAssessment: boolean;
}

/** An earlier session of the same patient, with any clinician in any network. */
export interface PastSession {
  readonly date: IsoDate;
  readonly function: CareFunction;
  readonly mode: SessionMode;
  /** Defaults to true; sessions that were not reimbursed count toward nothing. */
  readonly reimbursable?: boolean;
}

/** Why a session is not reimbursed; the order is the order in which rules are checked. */
export const REASON_CODES = [
  'before-scheme',
  'function-not-in-period',
  'mode-not-offered',
  'outside-network-age',
  'needs-functional-assessment',
  'same-day',
  'parallel-support-treatment',
  'cap-reached',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface SessionDecision {
  readonly reimbursable: boolean;
  readonly reason: ReasonCode | null;
  /** Rank of this session within its cap (reimbursed sessions of the same function and mode in the window, +1). */
  readonly sessionNumber: number | null;
  /** The cap that applies (null = no cap, or no cap known because the session is outside every convention). */
  readonly cap: Cap;
  readonly copayCents: number | null;
  /** The free first session rule applied (even if another rule made the session free as well). */
  readonly firstSessionFree: boolean;
  readonly convention: ConventionId | null;
  /** What the clinician is paid; null when unknown or not reimbursed. */
  readonly feeCents: number | null;
  readonly ageOnDate: number;
  readonly capGroup: CapGroup;
  // Echoed from the proposal and configuration so that an explanation needs nothing else.
  readonly function: CareFunction;
  readonly mode: SessionMode;
  readonly networkType: NetworkType;
  readonly windowMonths: number;
}
