import { arrayOverlaps, eq } from 'drizzle-orm';
import type {
  AgendaItem,
  BodyDecision,
  DecisionDesk,
  DecisionOutcome,
  LiveBudgetImpact,
} from '../committees/domain/decision-desk.ts';
import { audit } from '../platform/audit/audit.ts';
import { cases } from '../platform/cases/tables.ts';
import { isUuid } from '../platform/ids.ts';
import { enqueue } from '../platform/outbox/index.ts';
import { decisionsOf, overallOutcome, waitingNetworks } from './domain/decisions.ts';
import type { LiveBudget } from './live-impact.ts';
import { applicantMail } from './notifications.ts';
import type { ApplicationService } from './service.ts';
import * as store from './store.ts';

// The applications' side of the committees contract. The committees capability authorizes its
// members (case.decide, quorum, recusals) before calling; this desk appends each body's
// decision to the case and, once every network asked has decided, approves or rejects.

export class ApplicationDecisionDesk implements DecisionDesk {
  constructor(
    private readonly service: ApplicationService,
    private readonly live: LiveBudget | null = null,
  ) {}

  async readyForDecision(networkIds: readonly string[]): Promise<AgendaItem[]> {
    if (networkIds.length === 0) return [];
    const db = this.service.database.db;
    const rows = await store.listApplications(db, {
      scope: arrayOverlaps(cases.networkIds, [...networkIds]),
      statuses: ['decision'],
      limit: 500,
    });
    const items: AgendaItem[] = [];
    for (const row of rows) {
      const actions = await this.service.log.actions(db, row.caseId);
      const waiting = waitingNetworks(row.networkIds, decisionsOf(actions)).filter((id) =>
        networkIds.includes(id),
      );
      if (waiting.length === 0) continue;
      items.push({
        applicationId: row.caseId,
        reference: row.reference,
        kind: row.kind as 'clinician' | 'service',
        applicantName: row.applicantName,
        networkIds: waiting,
        involvedAccountIds: [row.accountId],
        path: `/applications/${row.caseId}`,
      });
    }
    return items.sort((a, b) => a.reference.localeCompare(b.reference));
  }

  /** The live impact the case page also shows (live-impact.ts), for the networks asked. */
  async budgetImpacts(
    applicationIds: readonly string[],
    networkIds: readonly string[],
  ): Promise<Map<string, LiveBudgetImpact[]>> {
    const impacts = new Map<string, LiveBudgetImpact[]>();
    if (!this.live) return impacts;
    const db = this.service.database.db;
    for (const caseId of applicationIds) {
      if (!isUuid(caseId)) continue;
      const row = await store.findApplication(db, caseId);
      const record = row ? await this.service.log.get(db, caseId) : null;
      if (!row || !record) continue;
      const source = {
        caseId,
        kind: row.kind,
        sessionsPerWeek: row.sessionsPerWeek,
        details: row.details,
        clinicianId: row.clinicianId,
        zoneId: record.zoneId,
      };
      impacts.set(caseId, await this.live.impacts(source, networkIds));
    }
    return impacts;
  }

  async recordDecision(decision: BodyDecision): Promise<DecisionOutcome> {
    const db = this.service.database.db;
    const caseId = decision.applicationId;
    if (!isUuid(caseId)) return { ok: false, reason: 'not-found' };
    const row = await store.findApplication(db, caseId);
    if (!row) return { ok: false, reason: 'not-found' };
    return db.transaction(async (tx) => {
      // Locks the case: two bodies deciding at once are serialised.
      const [locked] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
      if (!locked) return { ok: false as const, reason: 'not-found' as const };
      if (locked.status !== 'decision') return { ok: false as const, reason: 'not-ready' as const };
      const before = decisionsOf(await this.service.log.actions(tx, caseId));
      const waiting = waitingNetworks(locked.networkIds, before);
      const networkIds = decision.networkIds.filter((id) => waiting.includes(id));
      if (networkIds.length === 0) {
        const asked = decision.networkIds.some((id) => locked.networkIds.includes(id));
        return { ok: false as const, reason: asked ? ('already-decided' as const) : ('not-ready' as const) };
      }
      const actor = {
        kind: 'staff' as const,
        id: decision.recordedBy.accountId,
        label: decision.recordedBy.label,
        zoneId: null,
      };
      const appended = await this.service.log.append(tx, caseId, {
        type: 'body-decision',
        actor,
        payload: {
          bodyId: decision.bodyId,
          networkIds,
          outcome: decision.outcome,
          reasons: decision.reasons,
          meetingId: decision.meetingId,
        },
        at: decision.at,
      });
      if (!appended?.ok) return { ok: false as const, reason: 'not-ready' as const };
      const after = decisionsOf(await this.service.log.actions(tx, caseId));
      const overall = overallOutcome(locked.networkIds, after);
      let status: string = appended.state.status;
      if (overall) {
        const reasons = after
          .map((d) => d.reasons)
          .filter(Boolean)
          .join('\n');
        const final = await this.service.log.append(tx, caseId, {
          type: overall.outcome === 'approve' ? 'approve' : 'reject',
          actor: { kind: 'system', id: null, label: 'Passerelle', zoneId: null },
          payload: { networkIds: overall.approvedNetworkIds, reasons },
          at: decision.at,
        });
        if (final?.ok) status = final.state.status;
        if (overall.outcome === 'approve') {
          await store.updateApplication(tx, caseId, {
            approvedNetworkIds: overall.approvedNetworkIds,
            approvedAt: decision.at,
          });
        }
        await enqueue(
          tx,
          applicantMail(this.service.options.publicUrl, {
            to: row.applicantEmail,
            locale: row.locale,
            caseId,
            reference: locked.reference,
            action: overall.outcome === 'approve' ? 'approve' : 'reject',
            details: reasons || null,
          }),
        );
      }
      await audit.record(tx, {
        actor: { accountId: decision.recordedBy.accountId, email: decision.recordedBy.label },
        action: 'application.body-decision',
        resource: { type: 'case', id: caseId },
        detail: {
          bodyId: decision.bodyId,
          networkIds,
          outcome: decision.outcome,
          meetingId: decision.meetingId,
        },
      });
      return { ok: true as const, applicationStatus: status };
    });
  }
}
