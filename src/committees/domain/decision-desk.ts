// The contract between deciding bodies (committees) and the applications they decide on.
// Committees build agendas and record decisions; the applications capability owns the cases
// and implements this desk. Neither reads the other's tables.

/** An application waiting for a body's decision, as it appears on a meeting's agenda. */
export interface AgendaItem {
  applicationId: string;
  /** The case reference the applicant and staff quote, e.g. "AP-2026-0042". */
  reference: string;
  kind: 'clinician' | 'service';
  /** The clinician's or the organisation's name. */
  applicantName: string;
  /** The networks, among those asked, that still wait for a decision on this application. */
  networkIds: string[];
  /**
   * Accounts involved with the application (the applicant, an employer's contact): a member who
   * holds one of them has a conflict of interest and is recused.
   */
  involvedAccountIds: string[];
  /** Yearly cost of what the application offers, in cents, or null when no fee is known. */
  budgetImpactCents: number | null;
  /** The application's case page, without the locale prefix: "/applications/{id}". */
  path: string;
}

/** One body's decision on one application, taken in a meeting. */
export interface BodyDecision {
  applicationId: string;
  bodyId: string;
  /** The networks the body decides for (a CRE for Bru-Stars, a CRR for Brumenta, or both when delegated). */
  networkIds: string[];
  outcome: 'approve' | 'reject';
  /** Why: always written, for the applicant and the minutes. */
  reasons: string;
  meetingId: string;
  recordedBy: { accountId: string; label: string };
  at: Date;
}

export type DecisionOutcome =
  | { ok: true; applicationStatus: string }
  | { ok: false; reason: 'not-found' | 'not-ready' | 'already-decided' };

export interface DecisionDesk {
  /** Applications in status `decision` that still wait for a decision of one of these networks. */
  readyForDecision(networkIds: readonly string[]): Promise<AgendaItem[]>;
  /**
   * Appends the decision to the application's case. When every network asked has decided, the
   * application moves on (approved when at least one network approved, rejected otherwise).
   */
  recordDecision(decision: BodyDecision): Promise<DecisionOutcome>;
}
