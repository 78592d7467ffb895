// A decision desk test double: applications held in memory, with the contract's behaviour
// (only applications in decision for a network are ready; each network decides once; the
// application is approved when one network approved, rejected otherwise, once all decided).
import type {
  AgendaItem,
  BodyDecision,
  DecisionDesk,
  DecisionOutcome,
  LiveBudgetImpact,
} from '../../../src/committees/domain/decision-desk.ts';

interface Application {
  item: AgendaItem;
  status: string;
  waiting: Set<string>;
  decisions: BodyDecision[];
}

export class InMemoryDecisionDesk implements DecisionDesk {
  readonly applications = new Map<string, Application>();

  add(item: Partial<AgendaItem> & Pick<AgendaItem, 'applicationId' | 'networkIds'>): AgendaItem {
    const full: AgendaItem = {
      reference: `AP-2026-${String(this.applications.size + 1).padStart(4, '0')}`,
      kind: 'clinician',
      applicantName: `Applicant ${this.applications.size + 1}`,
      involvedAccountIds: [],
      path: `/applications/${item.applicationId}`,
      ...item,
    };
    this.applications.set(full.applicationId, {
      item: full,
      status: 'decision',
      waiting: new Set(full.networkIds),
      decisions: [],
    });
    return full;
  }

  async readyForDecision(networkIds: readonly string[]): Promise<AgendaItem[]> {
    return [...this.applications.values()]
      .filter((a) => a.status === 'decision' && networkIds.some((id) => a.waiting.has(id)))
      .map((a) => ({ ...a.item, networkIds: [...a.waiting] }));
  }

  /** No budget is known here: every network answers "not set" for the current year. */
  async budgetImpacts(
    applicationIds: readonly string[],
    networkIds: readonly string[],
  ): Promise<Map<string, LiveBudgetImpact[]>> {
    const year = new Date().getUTCFullYear();
    return new Map(
      applicationIds
        .filter((id) => this.applications.has(id))
        .map((id) => [id, networkIds.map((networkId) => ({ networkId, year, isSet: false as const }))]),
    );
  }

  async recordDecision(decision: BodyDecision): Promise<DecisionOutcome> {
    const application = this.applications.get(decision.applicationId);
    if (!application) return { ok: false, reason: 'not-found' };
    if (application.status !== 'decision') return { ok: false, reason: 'not-ready' };
    if (!decision.networkIds.some((id) => application.waiting.has(id))) {
      return { ok: false, reason: 'already-decided' };
    }
    for (const id of decision.networkIds) application.waiting.delete(id);
    application.decisions.push(decision);
    if (application.waiting.size === 0) {
      application.status = application.decisions.some((d) => d.outcome === 'approve')
        ? 'approved'
        : 'rejected';
    }
    return { ok: true, applicationStatus: application.status };
  }
}
