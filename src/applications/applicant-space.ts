import { authorize, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { containsNiss } from '../platform/identifiers/free-text-niss.ts';
import { isUuid } from '../platform/ids.ts';
import { enqueue } from '../platform/outbox/index.ts';
import { APPLICATION_WORKFLOW, PUBLIC_ACTIONS } from './domain/workflow.ts';
import { applicantMail, zoneUpdateMail } from './notifications.ts';
import { type ApplicationService, applicantActor, caseResource } from './service.ts';
import * as store from './store.ts';

// The applicant's space: their applications, each case's public timeline (no internal notes,
// no staff names), answers to the coordination's questions, and withdrawal.

export class ApplicantSpace {
  constructor(private readonly service: ApplicationService) {}

  private get database() {
    return this.service.database;
  }

  private get log() {
    return this.service.log;
  }

  private get options() {
    return this.service.options;
  }

  // ——— The applicant's space ———

  async mine(user: CurrentUser | null) {
    const person = requireUser(user);
    return store.listApplications(this.database.db, {
      scope: undefined,
      accountId: person.accountId,
      statuses: APPLICATION_WORKFLOW.statuses,
      limit: 100,
    });
  }

  /** The case as its applicant sees it: status, public timeline, documents. */
  async applicantView(user: CurrentUser | null, caseId: string) {
    const person = requireUser(user);
    const row = isUuid(caseId) ? await store.findApplication(this.database.db, caseId) : null;
    const record = row ? await this.log.get(this.database.db, caseId) : null;
    if (!row || !record || row.accountId !== person.accountId) throw new StandardProblem(404, 'not-found');
    authorize(person, 'application.respond', caseResource(record, row.accountId));
    const [actions, documents] = await Promise.all([
      this.log.actions(this.database.db, caseId),
      store.caseFiles(this.database.db, caseId),
    ]);
    return {
      record,
      row,
      documents,
      timeline: actions.filter((action) => PUBLIC_ACTIONS.has(action.type)),
    };
  }

  /** The applicant answers a question or withdraws. */
  async applicantAct(
    user: CurrentUser | null,
    caseId: string,
    input: { type: 'answer' | 'withdraw'; text: string; expectedVersion: number | undefined },
  ): Promise<
    { ok: true } | { ok: false; reason: 'stale' | 'not-allowed' | 'required' | 'patient-identifier' }
  > {
    const view = await this.applicantView(user, caseId);
    const person = user!;
    const text = input.text.trim().slice(0, 4000);
    if (input.type === 'answer' && text === '') return { ok: false, reason: 'required' };
    // Committees read the answers and keep them: no national number (NISS) in them.
    if (containsNiss(text)) return { ok: false, reason: 'patient-identifier' };
    return this.database.db.transaction(async (tx) => {
      const outcome = await this.log.append(tx, caseId, {
        type: input.type,
        actor: applicantActor(person),
        payload: text ? { text } : {},
        expectedVersion: input.expectedVersion,
        at: new Date(),
      });
      if (!outcome?.ok) return { ok: false as const, reason: outcome?.reason ?? ('not-allowed' as const) };
      await enqueue(
        tx,
        applicantMail(this.options.publicUrl, {
          to: view.row.applicantEmail,
          locale: view.row.locale,
          caseId,
          reference: view.record.reference,
          action: input.type,
          details: null,
        }),
      );
      const zone = zoneUpdateMail(this.service, {
        zoneId: view.record.zoneId,
        caseId,
        reference: view.record.reference,
        applicantName: view.row.applicantName,
        action: input.type,
      });
      if (zone) await enqueue(tx, zone);
      return { ok: true as const };
    });
  }
}
