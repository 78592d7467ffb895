import { can, loadAuthorized } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { CaseRecord } from '../platform/cases/case-log.ts';
import { CaseWorkDesk } from '../platform/cases/case-work.ts';
import type { Issue } from '../platform/forms/checker.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { isUuid } from '../platform/ids.ts';
import { decisionsOf, waitingNetworks } from './domain/decisions.ts';
import {
  APPLICATION_STATUSES,
  APPLICATION_WORKFLOW,
  type ApplicationAction,
  type ApplicationStatus,
  actionFitsKind,
  OPEN_STATUSES,
  STAFF_ACTIONS,
  type StaffAction,
} from './domain/workflow.ts';
import { Listing } from './listing.ts';
import type { ImpactSource, LiveBudget } from './live-impact.ts';
import { checkStaffInput } from './staff-actions.ts';

export { APPLICATION_NEXT, checkStaffInput, DESTRUCTIVE_ACTIONS } from './staff-actions.ts';

import { applicantMail } from './notifications.ts';
import { type ApplicationService, caseResource } from './service.ts';
import * as store from './store.ts';

export type ActOutcome =
  | { ok: true }
  | { ok: false; reason: 'stale' | 'not-allowed' }
  | { ok: false; reason: 'invalid'; issues: Issue[] };

/** The convention's dated record follows these actions, in their transaction (listing.ts). */
const CONVENTION_CHANGES = {
  suspend: 'suspended',
  resume: 'resumed',
  'end-convention': 'ended',
} as const satisfies Partial<Record<StaffAction, string>>;

/** The coordinators' side: the zone's list, case pages, actions, budget, the convention. */
const DECIDED_OR_DECIDING: readonly ApplicationStatus[] = [
  'decision',
  'approved',
  'rejected',
  'convention-signed',
  'suspended',
  'ended',
];

/** The deciding bodies a person sits on (the committees capability's answer). */
export type BodiesOf = (user: CurrentUser) => Promise<Array<{ id: string; networkIds: readonly string[] }>>;

type ApplicationRow = NonNullable<Awaited<ReturnType<typeof store.findApplication>>>;
interface LoadedApplication {
  row: ApplicationRow;
  record: CaseRecord<ApplicationStatus>;
}

const kindOf = (found: LoadedApplication) => found.row.kind as 'clinician' | 'service';

const impactSource = ({ row, record }: LoadedApplication): ImpactSource => ({
  caseId: record.id,
  kind: row.kind,
  sessionsPerWeek: row.sessionsPerWeek,
  details: row.details,
  clinicianId: row.clinicianId,
  zoneId: record.zoneId,
});

export class ApplicationCaseWork {
  readonly listing: Listing;
  private readonly desk: CaseWorkDesk<
    ApplicationStatus,
    ApplicationAction,
    StaffAction,
    LoadedApplication,
    Issue
  >;

  private async bodiesOfMember(user: CurrentUser | null) {
    if (!user || !this.bodiesOf || !user.grants.some((g) => g.role === 'committee-member')) return [];
    try {
      return await this.bodiesOf(user);
    } catch {
      return [];
    }
  }

  /**
   * `bodiesOf` answers for committee members (from the committees capability); without it they
   * read no case. `live` reads and follows the networks' budgets; without it no impact is shown.
   */
  constructor(
    private readonly service: ApplicationService,
    private readonly bodiesOf: BodiesOf | null = null,
    private readonly live: LiveBudget | null = null,
  ) {
    this.listing = new Listing(service);
    this.desk = new CaseWorkDesk({
      db: () => this.service.database.db,
      workflow: APPLICATION_WORKFLOW,
      staffActions: STAFF_ACTIONS,
      load: (caseId) => this.find(caseId),
      log: () => this.service.log,
      resource: (found) => caseResource(found.record, found.row.accountId),
      fits: (found, action) => actionFitsKind(action, kindOf(found)),
      auditName: (action) => `application.${action}`,
      auditNetworks: 'first',
      check: async (_found, type, body) => {
        const { payload, issues } = checkStaffInput(type, body);
        return issues.length > 0 ? { ok: false, issues } : { ok: true, payload };
      },
      mails: (found, _record, type, payload) =>
        type === 'note'
          ? []
          : [
              applicantMail(this.service.options.publicUrl, {
                to: found.row.applicantEmail,
                locale: found.row.locale,
                caseId: found.record.id,
                reference: found.record.reference,
                action: type,
                details:
                  typeof payload.text === 'string' && type === 'request-information'
                    ? payload.text
                    : ((payload.reason as string | undefined) ?? null),
              }),
            ],
      alsoInTransaction: async (tx, person, found, type, payload, at) => {
        const change = CONVENTION_CHANGES[type as keyof typeof CONVENTION_CHANGES];
        if (!change) return;
        const reason = typeof payload.reason === 'string' ? payload.reason : null;
        await this.listing.recordChange(tx, person, found.row, change, reason, at);
      },
      afterCommit: async (person, found, type, payload, at) => {
        const caseId = found.record.id;
        if (type === 'sign-convention') await this.listing.publish(person, caseId, String(payload.date));
        if (type === 'resume') await this.listing.follow(person, caseId, 'resumed', at);
        if (type === 'suspend' || type === 'end-convention') {
          await this.listing.follow(person, caseId, String(payload.reason), at);
        }
        await this.followBudget(person, caseId, type, payload, at);
      },
    });
  }

  private get db() {
    return this.service.database.db;
  }

  async list(
    user: CurrentUser | null,
    filters: { status?: ApplicationStatus | undefined; kind?: 'clinician' | 'service' | undefined },
  ) {
    const { scope } = this.desk.reachOf(user);
    return store.listApplications(this.db, {
      scope,
      statuses: filters.status ? [filters.status] : OPEN_STATUSES,
      kind: filters.kind,
      limit: 500,
    });
  }

  async find(caseId: string): Promise<LoadedApplication | null> {
    if (!isUuid(caseId)) return null;
    const row = await store.findApplication(this.db, caseId);
    const record = row ? await this.service.log.get(this.db, caseId) : null;
    return row && record ? { row, record } : null;
  }

  /** Who may read: the case's own jurisdiction, plus a deciding body of its networks once it is put to decision. */
  private async readResource(user: CurrentUser | null) {
    const bodies = await this.bodiesOfMember(user);
    return (c: LoadedApplication) => {
      const body = DECIDED_OR_DECIDING.includes(c.record.status)
        ? bodies.find((b) => b.networkIds.some((id) => c.record.networkIds.includes(id)))
        : undefined;
      return { ...caseResource(c.record, c.row.accountId), bodyId: body?.id ?? null };
    };
  }

  /**
   * A case, if this person may read it: its applicant, the zone's coordinators, the network's
   * admins, and, once it is put to decision, the members of a deciding body for its networks.
   * 404 for anyone else. The case page and the documents' downloads both ask here.
   */
  async readable(user: CurrentUser | null, caseId: string) {
    return this.desk.loadFor(user, caseId, await this.readResource(user));
  }

  /** A case for staff (zone coordinators, network admins, committee members): the read is audited. */
  async view(user: CurrentUser | null, caseId: string) {
    const { found, actions, allowed } = await this.desk.view(user, caseId, {
      resource: await this.readResource(user),
      hiddenFrom: (c, person) => c.row.accountId === person.accountId,
    });
    const documents = await store.caseFiles(this.db, caseId);
    const decisions = decisionsOf(actions);
    return {
      ...found,
      actions,
      documents,
      allowed,
      decisions,
      waiting: found.record.status === 'decision' ? waitingNetworks(found.record.networkIds, decisions) : [],
      // The networks whose budget this person sets: pointed to the budget page when it is not set.
      configures: found.record.networkIds.filter((id) =>
        can(user, 'network.configure', { type: 'network', networkIds: [id] }),
      ),
      impacts: this.live ? await this.live.impacts(impactSource(found), found.record.networkIds) : [],
    };
  }

  /**
   * Signing commits the convention's contingent to the budgets of the networks that approved it;
   * suspending or ending releases it, resuming commits it again. After the case's commit: the
   * clinician's directory id, the contingent's holder, is made at signing (listing.publish).
   */
  private async followBudget(
    person: CurrentUser,
    caseId: string,
    type: StaffAction,
    payload: Record<string, unknown>,
    at: Date,
  ) {
    if (!this.live || !['sign-convention', 'resume', 'suspend', 'end-convention'].includes(type)) return;
    const found = await this.find(caseId);
    if (!found) return;
    const networkIds = found.row.approvedNetworkIds ?? found.record.networkIds;
    const change =
      type === 'suspend' || type === 'end-convention'
        ? { kind: 'end' as const, reason: String(payload.reason) }
        : { kind: 'set' as const, reason: type === 'resume' ? 'resumed' : null };
    await this.live.follow(person, impactSource(found), networkIds, change, at);
  }

  /**
   * A staff action: coordinator of the case's zone, input checked, allowed by the status table,
   * appended with its audit entry and the applicant's e-mail in one transaction. Signing,
   * suspending, resuming and ending then update the directory (after the commit).
   */
  async act(
    user: CurrentUser | null,
    caseId: string,
    type: StaffAction,
    body: unknown,
    expectedVersion?: number,
  ): Promise<ActOutcome> {
    const outcome = await this.desk.act(user, caseId, type, body, expectedVersion);
    return outcome.ok ? { ok: true } : outcome;
  }

  /** What `act` would answer, without acting (the confirmation step of a suspension or an end). */
  async check(
    user: CurrentUser | null,
    caseId: string,
    type: StaffAction,
    body: unknown,
    expectedVersion?: number,
  ) {
    const outcome = await this.desk.check(user, caseId, type, body, expectedVersion);
    return outcome.ok ? { ok: true as const } : outcome;
  }

  /** The convention of an approved application: its applicant or the zone's staff. */
  async convention(user: CurrentUser | null, caseId: string) {
    const found = await loadAuthorized(
      user,
      'case.read',
      () => this.find(caseId),
      (c) => caseResource(c.record, c.row.accountId),
    );
    if (!['approved', 'convention-signed', 'suspended', 'ended'].includes(found.record.status)) {
      throw new StandardProblem(404, 'not-found');
    }
    const actions = await this.service.log.actions(this.db, caseId);
    const signature = [...actions].reverse().find((a) => a.type === 'sign-convention');
    return { ...found, signature: signature ?? null };
  }
}

export { APPLICATION_STATUSES };
