import { audit } from '../platform/audit/audit.ts';
import type { Resource } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { CaseRecord } from '../platform/cases/case-log.ts';
import { type ActOutcome as CaseActOutcome, CaseWorkDesk } from '../platform/cases/case-work.ts';
import { normaliseReference } from '../platform/cases/reference.ts';
import type { CaseAction } from '../platform/cases/workflow.ts';
import type { Issue } from '../platform/forms/checker.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { ClinicianAnswers, callAnswers, proposalMails, venueJoinsProfile } from './clinician-answers.ts';
import { type ActionIssueCode, checkActionInput } from './domain/actions.ts';
import { inboxOrder, type Waiting, waiting } from './domain/inbox.ts';
import type { AgeGroup, RequestType } from './domain/vocabulary.ts';
import {
  OFFER_ONLY_ACTIONS,
  OPEN_STATUSES,
  REQUEST_STATUSES,
  type RequestAction,
  type RequestStatus,
  STAFF_REQUEST_ACTIONS,
  type StaffAction,
  WORKFLOWS,
} from './domain/workflow.ts';
import { clinicianLocale } from './follow-up-mails.ts';
import { actionMails, mailCase } from './notifications.ts';
import type { RequestService } from './service.ts';
import * as store from './store.ts';

// The coordinators' side of GP requests and organisation offers: the platform's case work
// (platform/cases/case-work.ts) configured with the requests' workflow, their action checks and
// their e-mails; the inbox's own filters and waiting times stay here.

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

export type ActionIssue = Issue | { field: string; code: ActionIssueCode };
export type ActOutcome = CaseActOutcome<RequestStatus, ActionIssue>;

export interface LoadedRequest {
  type: RequestType;
  record: CaseRecord<RequestStatus>;
  request: store.RequestRow;
}

/** The jurisdiction of a case, for the policy. */
export function caseResource(record: Pick<CaseRecord, 'id' | 'networkIds' | 'zoneId'>): Resource {
  return { type: 'case', id: record.id, networkIds: record.networkIds, zoneId: record.zoneId };
}

/** The coordinators' side: the inbox, a case's page, and every action on it. */
export class CaseWork {
  private readonly desk: CaseWorkDesk<RequestStatus, RequestAction, StaffAction, LoadedRequest, ActionIssue>;

  constructor(private readonly requests: RequestService) {
    this.desk = new CaseWorkDesk({
      db: () => this.requests.database.db,
      // Both request types share one table; the desk only reads `allows`.
      workflow: WORKFLOWS['support-request'],
      staffActions: STAFF_REQUEST_ACTIONS,
      load: (caseId) => this.find(caseId),
      log: (found) => this.requests.logs[found.type],
      resource: (found) => caseResource(found.record),
      auditName: (action) => `case.${action}`,
      auditNetworks: 'each',
      auditDetail: (record, payload) => ({ status: record.status, toZoneId: payload.toZoneId }),
      // A GP's request is not published as a call.
      fits: (found, action) => found.type === 'partner-offer' || !OFFER_ONLY_ACTIONS.has(action),
      check: (found, type, input, now) => this.checkInput(found, type, input, now),
      mails: (found, record, type, payload) => [
        ...actionMails(
          this.requests.reference.snapshot(),
          this.requests.options.publicUrl,
          mailCase(found.request, record),
          type,
          payload,
        ),
        ...proposalMails(this.requests, found.request, record, type, payload),
      ],
      // Chosen among those who answered a call: the clinician agreed already, so the venue joins
      // their profile now (a clinician proposed without a call agrees from their page).
      afterCommit: async (person, found, type, payload) => {
        if (type === 'assign-clinician' && payload.answeredCall === true)
          await venueJoinsProfile(
            this.requests.directory,
            person,
            found.request,
            String(payload.clinicianId),
          );
      },
    });
    this.clinicians = new ClinicianAnswers(this.requests, this.desk, (caseId) => this.find(caseId));
  }

  /** The clinicians' side of the same cases: answering calls and proposals from their page. */
  readonly clinicians: ClinicianAnswers;

  private get db() {
    return this.requests.database.db;
  }

  /** The cases of the zones (coordinator) or networks (network admin) the person may list; audited. */
  async inbox(user: CurrentUser | null, filters: InboxFilters, now = new Date()): Promise<InboxItem[]> {
    const { person, where, scope } = this.desk.reachOf(user);
    const rows = await store.listInbox(this.db, {
      scope,
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
    const { found, actions, allowed } = await this.desk.view(user, caseId);
    return { record: found.record, request: found.request, actions, allowed };
  }

  private async find(caseId: string): Promise<LoadedRequest | null> {
    if (!isUuid(caseId)) return null;
    const request = await store.findRequest(this.db, caseId);
    if (!request) return null;
    const type = request.requestType as RequestType;
    const record = await this.requests.logs[type].get(this.db, caseId);
    return record ? { type, record, request } : null;
  }

  /** The action's input (actions.ts), and the proposed clinician looked up in the directory. */
  private async checkInput(found: LoadedRequest, type: StaffAction, input: unknown, now: Date) {
    const checked = checkActionInput(type, input, {
      zoneIds: new Set(this.requests.reference.snapshot().zones.keys()),
      currentZoneId: found.record.zoneId,
      today: brusselsDay(now),
    });
    if (!checked.ok || type !== 'assign-clinician') return checked;
    const payload = checked.payload;
    const clinician = await this.requests.directory.getClinician(String(payload.clinicianId));
    if (!clinician) {
      return { ok: false as const, issues: [{ field: 'clinicianId', code: 'unknown-clinician' as const }] };
    }
    if (found.record.status === 'calling') {
      // While a call is open, the coordinator chooses among the clinicians who answered it.
      const actions = await this.requests.logs[found.type].actions(this.db, found.record.id);
      if (!callAnswers(actions).some((answer) => answer.clinicianId === clinician.id))
        return { ok: false as const, issues: [{ field: 'clinicianId', code: 'not-an-answer' as const }] };
      payload.answeredCall = true;
    }
    payload.clinicianName = `${clinician.givenName} ${clinician.familyName}`;
    payload.clinicianEmail = clinician.email;
    payload.clinicianLocale = clinicianLocale(clinician.languages);
    return checked;
  }

  /** What `act` would answer, without acting (the confirmation step of a decline). */
  check(
    user: CurrentUser | null,
    caseId: string,
    type: StaffAction,
    input: unknown,
    expectedVersion?: number,
  ) {
    return this.desk.check(user, caseId, type, input, expectedVersion);
  }

  /**
   * A staff action: checked against the policy (coordinator of the case's zone), the action's
   * input, and the status table; appended with its audit entry and the e-mails it causes in
   * one transaction.
   */
  act(
    user: CurrentUser | null,
    caseId: string,
    type: StaffAction,
    input: unknown,
    expectedVersion?: number,
    now = new Date(),
  ): Promise<ActOutcome> {
    return this.desk.act(user, caseId, type, input, expectedVersion, now);
  }
}
