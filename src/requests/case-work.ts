import { audit } from '../platform/audit/audit.ts';
import {
  authorize,
  loadAuthorized,
  type Resource,
  reach,
  reachesAnything,
  requireUser,
} from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { CaseRecord } from '../platform/cases/case-log.ts';
import { casesInReach } from '../platform/cases/reach.ts';
import { normaliseReference } from '../platform/cases/reference.ts';
import type { CaseAction, CaseActor } from '../platform/cases/workflow.ts';
import type { Executor } from '../platform/db/database.ts';
import type { Issue } from '../platform/forms/checker.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { enqueue } from '../platform/outbox/index.ts';
import { type ActionIssueCode, checkActionInput } from './domain/actions.ts';
import { inboxOrder, type Waiting, waiting } from './domain/inbox.ts';
import type { AgeGroup, RequestType } from './domain/vocabulary.ts';
import {
  OPEN_STATUSES,
  REQUEST_ALLOWS,
  REQUEST_STATUSES,
  type RequestAction,
  type RequestStatus,
  type StaffAction,
} from './domain/workflow.ts';
import { actionMails, mailCase } from './notifications.ts';
import type { RequestService } from './service.ts';
import * as store from './store.ts';

export interface InboxFilters {
  /** Default: the open statuses. */
  status?: RequestStatus | undefined;
  requestType?: RequestType | undefined;
  kind?: string | undefined;
  ageGroup?: AgeGroup | undefined;
  language?: string | undefined;
  reference?: string | undefined;
}

export type InboxItem = store.InboxRow & Waiting;

export interface CaseView {
  record: CaseRecord<RequestStatus>;
  request: store.RequestRow;
  actions: CaseAction<RequestAction>[];
  /** What the viewer may do now: the status's actions if they may act, else none. */
  allowed: readonly StaffAction[];
}

export type ActOutcome =
  | { ok: true; record: CaseRecord<RequestStatus> }
  | { ok: false; reason: 'invalid'; issues: Array<Issue | { field: string; code: ActionIssueCode }> }
  | { ok: false; reason: 'stale' | 'not-allowed' };

/** The jurisdiction of a case, for the policy. */
export function caseResource(record: Pick<CaseRecord, 'id' | 'networkIds' | 'zoneId'>): Resource {
  return { type: 'case', id: record.id, networkIds: record.networkIds, zoneId: record.zoneId };
}

/** The grant a staff member acts under on a case: their coordinator zone, for "from which zone". */
function actorOf(user: CurrentUser, record: CaseRecord): CaseActor {
  const grant = user.grants.find(
    (g) =>
      g.role === 'coordinator' && g.zoneId === record.zoneId && record.networkIds.includes(g.networkId ?? ''),
  );
  return { kind: 'staff', id: user.accountId, label: user.displayName, zoneId: grant?.zoneId ?? null };
}

/** One audit entry per network of the case, so each network's admins see it. */
async function auditCase(
  tx: Executor,
  user: CurrentUser,
  action: string,
  record: CaseRecord,
  detail?: Record<string, unknown>,
): Promise<void> {
  for (const networkId of record.networkIds) {
    await audit.record(tx, {
      actor: user,
      action,
      resource: { type: 'case', id: record.id },
      networkId,
      zoneId: record.zoneId,
      detail: { reference: record.reference, ...detail },
    });
  }
}

/** The coordinators' side: the inbox, a case's page, and every action on it. */
export class CaseWork {
  constructor(private readonly requests: RequestService) {}

  private get db() {
    return this.requests.database.db;
  }

  /** The cases of the zones (coordinator) or networks (network admin) the person may list. */
  async inbox(user: CurrentUser | null, filters: InboxFilters, now = new Date()): Promise<InboxItem[]> {
    const person = requireUser(user);
    const where = reach(person, 'case.list');
    if (!reachesAnything(where)) throw new StandardProblem(403, 'forbidden');
    const rows = await store.listInbox(this.db, {
      scope: casesInReach(where),
      statuses: filters.status ? [filters.status] : filters.reference ? REQUEST_STATUSES : OPEN_STATUSES,
      requestType: filters.requestType,
      kind: filters.kind,
      ageGroup: filters.ageGroup,
      language: filters.language,
      reference: filters.reference ? normaliseReference(filters.reference) : undefined,
      limit: 500,
    });
    const networks = new Set([...where.networkIds, ...where.zones.map((z) => z.networkId)]);
    await this.db.transaction(async (tx) => {
      for (const networkId of networks) {
        await audit.record(tx, {
          actor: person,
          action: 'case.list',
          resource: { type: 'case' },
          networkId,
          detail: {
            shown: rows.length,
            filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
          },
        });
      }
    });
    return inboxOrder(rows.map((row) => ({ ...row, ...waiting(row, now) })));
  }

  /** A case with its request and log; the read is audited. 401 / 404 (not yours or not there). */
  async view(user: CurrentUser | null, caseId: string): Promise<CaseView> {
    const found = await loadAuthorized(
      user,
      'case.read',
      () => this.find(caseId),
      (c) => caseResource(c.record),
    );
    const person = user!;
    const [actions] = await Promise.all([
      this.requests.logs[found.type].actions(this.db, caseId),
      this.db.transaction((tx) => auditCase(tx, person, 'case.read', found.record)),
    ]);
    const mayAct = (() => {
      try {
        authorize(person, 'case.update', caseResource(found.record));
        return true;
      } catch {
        return false;
      }
    })();
    return {
      record: found.record,
      request: found.request,
      actions,
      allowed: mayAct ? (REQUEST_ALLOWS[found.record.status] as readonly StaffAction[]) : [],
    };
  }

  private async find(caseId: string) {
    if (!isUuid(caseId)) return null;
    const request = await store.findRequest(this.db, caseId);
    if (!request) return null;
    const type = request.requestType as RequestType;
    const record = await this.requests.logs[type].get(this.db, caseId);
    return record ? { type, record, request } : null;
  }

  /**
   * A staff action: checked against the policy (coordinator of the case's zone), the action's
   * input, and the status table; appended with its audit entry and the e-mails it causes in
   * one transaction.
   */
  async act(
    user: CurrentUser | null,
    caseId: string,
    type: StaffAction,
    input: unknown,
    expectedVersion?: number,
    now = new Date(),
  ): Promise<ActOutcome> {
    const found = await loadAuthorized(
      user,
      'case.update',
      () => this.find(caseId),
      (c) => caseResource(c.record),
    );
    const person = user!;
    const snapshot = this.requests.reference.snapshot();
    const checked = checkActionInput(type, input, {
      zoneIds: new Set(snapshot.zones.keys()),
      currentZoneId: found.record.zoneId,
      today: brusselsDay(now),
    });
    if (!checked.ok) return { ok: false, reason: 'invalid', issues: checked.issues };
    const payload = checked.payload;
    if (type === 'assign-clinician') {
      const clinician = await this.requests.directory.getClinician(String(payload.clinicianId));
      if (!clinician)
        return {
          ok: false,
          reason: 'invalid',
          issues: [{ field: 'clinicianId', code: 'unknown-clinician' }],
        };
      payload.clinicianName = `${clinician.givenName} ${clinician.familyName}`;
      payload.clinicianEmail = clinician.email;
    }
    const log = this.requests.logs[found.type];
    const publicUrl = this.requests.options.publicUrl;
    return this.db.transaction(async (tx) => {
      const result = await log.append(tx, caseId, {
        type,
        actor: actorOf(person, found.record),
        payload,
        expectedVersion,
        at: now,
      });
      if (!result) throw new StandardProblem(404, 'not-found');
      if (!result.ok) return { ok: false, reason: result.reason };
      const record = result.record!;
      await auditCase(tx, person, `case.${type}`, found.record, {
        status: record.status,
        toZoneId: payload.toZoneId,
      });
      for (const message of actionMails(
        snapshot,
        publicUrl,
        mailCase(found.request, record),
        type,
        payload,
      )) {
        await enqueue(tx, message);
      }
      return { ok: true, record };
    });
  }
}
