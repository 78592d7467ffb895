import { audit } from '../platform/audit/audit.ts';
import { can, loadAuthorized, reach, reachesAnything, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { casesInReach } from '../platform/cases/reach.ts';
import type { CaseActor } from '../platform/cases/workflow.ts';
import { Checker, type Issue } from '../platform/forms/checker.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { isUuid } from '../platform/ids.ts';
import { enqueue } from '../platform/outbox/index.ts';
import { loadBudgetSettings } from './budget-settings.ts';
import { budgetLeft } from './domain/budget.ts';
import { decisionsOf, waitingNetworks } from './domain/decisions.ts';
import {
  APPLICATION_ALLOWS,
  APPLICATION_STATUSES,
  type ApplicationStatus,
  actionFitsKind,
  OPEN_STATUSES,
  STAFF_ACTIONS,
  type StaffAction,
} from './domain/workflow.ts';
import { Listing } from './listing.ts';
import { applicantMail } from './notifications.ts';
import { type ApplicationService, caseResource } from './service.ts';
import * as store from './store.ts';

export type ActOutcome =
  | { ok: true }
  | { ok: false; reason: 'stale' | 'not-allowed' }
  | { ok: false; reason: 'invalid'; issues: Issue[] };

/** What each staff action needs besides the case, checked the same for every page. */
export function checkStaffInput(
  type: StaffAction,
  body: unknown,
): { payload: Record<string, unknown>; issues: Issue[] } {
  const c = new Checker(body);
  const payload: Record<string, unknown> = {};
  // 17/12/2026, 17.12.2026 or 2026-12-17: kept as the ISO date.
  const date = (field: string) => c.date(field);
  switch (type) {
    case 'request-information':
    case 'note':
      payload.text = c.text('text', { required: true, max: 4000 });
      break;
    case 'log-contact':
      payload.date = date('date');
      payload.text = c.text('text', { required: true, max: 4000 });
      break;
    case 'record-advice':
      payload.level = c.choice('level', ['local', 'regional'] as const);
      payload.text = c.text('text', { required: true, max: 4000 });
      break;
    case 'sign-convention':
      payload.date = date('date');
      payload.signatories = c.text('signatories', { required: true, max: 500 });
      break;
    case 'suspend':
    case 'end-convention':
      payload.reason = c.text('reason', { required: true, max: 2000 });
      break;
    default:
      payload.text = c.text('text', { required: false, max: 4000 });
  }
  return {
    payload: Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined)),
    issues: c.issues,
  };
}

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

export class ApplicationCaseWork {
  readonly listing: Listing;

  private async bodiesOfMember(user: CurrentUser | null) {
    if (!user || !this.bodiesOf || !user.grants.some((g) => g.role === 'committee-member')) return [];
    try {
      return await this.bodiesOf(user);
    } catch {
      return [];
    }
  }

  /** `bodiesOf` answers for committee members (from the committees capability); without it they read no case. */
  constructor(
    private readonly service: ApplicationService,
    private readonly bodiesOf: BodiesOf | null = null,
  ) {
    this.listing = new Listing(service);
  }

  private get db() {
    return this.service.database.db;
  }

  async list(
    user: CurrentUser | null,
    filters: { status?: ApplicationStatus | undefined; kind?: 'clinician' | 'service' | undefined },
  ) {
    const person = requireUser(user);
    const where = reach(person, 'case.list');
    if (!reachesAnything(where)) throw new StandardProblem(403, 'forbidden');
    return store.listApplications(this.db, {
      scope: casesInReach(where),
      statuses: filters.status ? [filters.status] : OPEN_STATUSES,
      kind: filters.kind,
      limit: 500,
    });
  }

  async find(caseId: string) {
    if (!isUuid(caseId)) return null;
    const row = await store.findApplication(this.db, caseId);
    const record = row ? await this.service.log.get(this.db, caseId) : null;
    return row && record ? { row, record } : null;
  }

  /**
   * A case, if this person may read it: its applicant, the zone's coordinators, the network's
   * admins, and, once it is put to decision, the members of a deciding body for its networks.
   * 404 for anyone else. The case page and the documents' downloads both ask here.
   */
  async readable(user: CurrentUser | null, caseId: string) {
    const bodies = await this.bodiesOfMember(user);
    return loadAuthorized(
      user,
      'case.read',
      () => this.find(caseId),
      (c) => {
        const body = DECIDED_OR_DECIDING.includes(c.record.status as ApplicationStatus)
          ? bodies.find((b) => b.networkIds.some((id) => c.record.networkIds.includes(id)))
          : undefined;
        return { ...caseResource(c.record, c.row.accountId), bodyId: body?.id ?? null };
      },
    );
  }

  /** A case for staff (zone coordinators, network admins, committee members): the read is audited. */
  async view(user: CurrentUser | null, caseId: string, now = new Date()) {
    const found = await this.readable(user, caseId);
    const person = user!;
    if (found.row.accountId === person.accountId) throw new StandardProblem(404, 'not-found');
    const [actions, documents] = await Promise.all([
      this.service.log.actions(this.db, caseId),
      store.caseFiles(this.db, caseId),
    ]);
    await this.db.transaction((tx) =>
      audit.record(tx, {
        actor: person,
        action: 'case.read',
        resource: { type: 'case', id: caseId },
        zoneId: found.record.zoneId,
        networkId: found.record.networkIds[0] ?? null,
      }),
    );
    const mayAct = can(person, 'case.update', caseResource(found.record, found.row.accountId));
    const allowed = mayAct
      ? (APPLICATION_ALLOWS[found.record.status] as readonly string[]).filter(
          (a): a is StaffAction =>
            (STAFF_ACTIONS as readonly string[]).includes(a) &&
            actionFitsKind(a as StaffAction, found.row.kind as 'clinician' | 'service'),
        )
      : [];
    const decisions = decisionsOf(actions);
    return {
      ...found,
      actions,
      documents,
      allowed,
      decisions,
      waiting: found.record.status === 'decision' ? waitingNetworks(found.record.networkIds, decisions) : [],
      ...(await this.budget(found.record.networkIds, now)),
    };
  }

  /** The budget settings, and what each network has left this year after the applications it approved. */
  async budget(networkIds: readonly string[], now = new Date()) {
    const budgetSettings = await loadBudgetSettings(this.db, this.service.options.budget);
    const year = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(now),
    );
    const approved = await store.approvedSince(this.db, new Date(Date.UTC(year, 0, 1) - 2 * 3600_000));
    const rows = approved.map((a) => ({ networkIds: a.networkIds ?? [], yearlyCents: a.yearlyCents }));
    const budget = networkIds.flatMap((networkId) => {
      const left = budgetLeft(networkId, rows, budgetSettings);
      return left ? [{ networkId, ...left }] : [];
    });
    return { budgetSettings, budget };
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
    const found = await loadAuthorized(
      user,
      'case.update',
      () => this.find(caseId),
      (c) => caseResource(c.record, c.row.accountId),
    );
    const person = user!;
    if (!actionFitsKind(type, found.row.kind as 'clinician' | 'service'))
      return { ok: false, reason: 'not-allowed' };
    const { payload, issues } = checkStaffInput(type, body);
    if (issues.length > 0) return { ok: false, reason: 'invalid', issues };
    const actor = staffActor(person, found.record.zoneId);
    const at = new Date();
    const outcome = await this.db.transaction(async (tx) => {
      const appended = await this.service.log.append(tx, caseId, {
        type,
        actor,
        payload,
        expectedVersion,
        at,
      });
      if (!appended?.ok) return { ok: false as const, reason: appended?.reason ?? ('not-allowed' as const) };
      const change = CONVENTION_CHANGES[type as keyof typeof CONVENTION_CHANGES];
      if (change) {
        const reason = typeof payload.reason === 'string' ? payload.reason : null;
        await this.listing.recordChange(tx, person, found.row, change, reason, at);
      }
      await audit.record(tx, {
        actor: person,
        action: `application.${type}`,
        resource: { type: 'case', id: caseId },
        zoneId: found.record.zoneId,
        networkId: found.record.networkIds[0] ?? null,
      });
      if (type !== 'note') {
        const details =
          typeof payload.text === 'string' && type === 'request-information'
            ? payload.text
            : ((payload.reason as string | undefined) ?? null);
        await enqueue(
          tx,
          applicantMail(this.service.options.publicUrl, {
            to: found.row.applicantEmail,
            locale: found.row.locale,
            caseId,
            reference: found.record.reference,
            action: type,
            details,
          }),
        );
      }
      return { ok: true as const };
    });
    if (!outcome.ok) return outcome;
    if (type === 'sign-convention') await this.listing.publish(person, caseId, String(payload.date));
    if (type === 'resume') await this.listing.follow(person, caseId, 'resumed', at);
    if (type === 'suspend' || type === 'end-convention') {
      await this.listing.follow(person, caseId, String(payload.reason), at);
    }
    return { ok: true };
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

export function staffActor(person: CurrentUser, zoneId: string): CaseActor {
  const grant = person.grants.find((g) => g.role === 'coordinator' && g.zoneId === zoneId);
  return { kind: 'staff', id: person.accountId, label: person.displayName, zoneId: grant?.zoneId ?? null };
}

export { APPLICATION_STATUSES };
