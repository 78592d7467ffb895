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
  /** The application's case page, without the locale prefix: "/applications/{id}". */
  path: string;
}

/**
 * What an application would cost one network for the rest of the current year, computed when a
 * page is shown from the network's budget: the contingent asked × weeks left × the fee as it is
 * now, and what would be left in the zone's envelope (or the network's whole amount without one).
 */
export type LiveBudgetImpact =
  | { networkId: string; year: number; isSet: false }
  | {
      networkId: string;
      year: number;
      isSet: true;
      /** Sessions a week for a clinician, hours a week for a service. */
      perWeek: number;
      holderKind: 'clinician' | 'service';
      weeks: number;
      /** The fee per session (or hourly rate) used; null when neither care nor the network gives one. */
      rateCents: number | null;
      impactCents: number | null;
      /** True once the convention is signed: its contingent is already in the committed figure. */
      committed: boolean;
      /** The zone envelope's label, or null when the network's whole amount is meant. */
      envelopeLabel: string | null;
      allocationCents: number;
      leftCents: number;
      leftAfterCents: number;
    };

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
  /** Each application's live budget impact for these networks, read now (absent: unknown application). */
  budgetImpacts(
    applicationIds: readonly string[],
    networkIds: readonly string[],
  ): Promise<Map<string, LiveBudgetImpact[]>>;
  /**
   * Appends the decision to the application's case. When every network asked has decided, the
   * application moves on (approved when at least one network approved, rejected otherwise).
   */
  recordDecision(decision: BodyDecision): Promise<DecisionOutcome>;
}
