// What a GP or an organisation sees of their own cases: one case by its reference and their
// e-mail address (the status page, no account needed), or every case sent from the verified
// address of their account ("my requests"). Only the actions they were told about by e-mail,
// never internal notes or staff names.

import { authorize, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { CaseLog } from '../platform/cases/case-log.ts';
import { normaliseReference } from '../platform/cases/reference.ts';
import type { CaseAction } from '../platform/cases/workflow.ts';
import type { Database } from '../platform/db/database.ts';
import type { Locale } from '../platform/i18n/index.ts';
import { appointmentText } from './domain/appointment.ts';
import type { RequestType } from './domain/vocabulary.ts';
import { PUBLIC_ACTIONS, type RequestAction, type RequestStatus } from './domain/workflow.ts';
import { requestsFrom } from './follow-up-store.ts';
import * as store from './store.ts';

export interface PublicStatus {
  reference: string;
  requestType: RequestType;
  kind: string;
  status: RequestStatus;
  zoneId: string;
  /** What the requester may see: no internal notes, no staff names. */
  timeline: Array<{ type: RequestAction; at: string; details: string | null }>;
}

export interface OwnRequest extends PublicStatus {
  openedAt: string;
  /** For other capabilities' panels (never shown). */
  caseId: string;
}

type Logs = Record<RequestType, CaseLog<RequestStatus, RequestAction>>;

/** The part of an action's payload the requester was told by e-mail anyway, in their language. */
function publicDetails(locale: Locale, type: RequestAction, payload: Record<string, unknown>): string | null {
  if (type === 'schedule') return appointmentText(locale, payload);
  const key = { 'assign-clinician': 'clinicianName', decline: 'reason', message: 'text' }[type as string];
  const value = key ? payload[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

function publicTimeline(locale: Locale, actions: readonly CaseAction<RequestAction>[]) {
  return actions
    .filter((action) => PUBLIC_ACTIONS.has(action.type))
    .map((action) => ({
      type: action.type,
      at: action.at,
      details: publicDetails(locale, action.type, action.payload),
    }));
}

export class RequesterView {
  constructor(
    private readonly database: Database,
    private readonly logs: Logs,
  ) {}

  /**
   * The requester's view of their case, found with the reference AND their e-mail address.
   * One query either way, and the same `null` for an unknown reference or a wrong address, so
   * that references cannot be enumerated.
   */
  async lookupStatus(
    referenceInput: string,
    emailInput: string,
    locale: Locale,
  ): Promise<PublicStatus | null> {
    const db = this.database.db;
    const reference = normaliseReference(referenceInput.slice(0, 40));
    const email = emailInput.trim().toLowerCase().slice(0, 254);
    const found = await store.findCaseIdByReferenceAndEmail(db, reference, email);
    if (!found) return null;
    const log = this.logs[found.requestType];
    const [record, actions, row] = await Promise.all([
      log.get(db, found.caseId),
      log.actions(db, found.caseId),
      store.findRequest(db, found.caseId),
    ]);
    if (!record || !row) return null;
    return {
      reference: record.reference,
      requestType: found.requestType,
      kind: row.kind,
      status: record.status,
      zoneId: record.zoneId,
      timeline: publicTimeline(locale, actions),
    };
  }

  /**
   * "My requests": every request and offer sent from the signed-in GP's or organisation's
   * address (verified: signing in needs it), newest first. 401 signed out, 403 without the role.
   */
  async ownRequests(user: CurrentUser | null | undefined, locale: Locale): Promise<OwnRequest[]> {
    const person = requireUser(user);
    authorize(person, 'case.list-own', { type: 'case', ownerAccountId: person.accountId });
    const db = this.database.db;
    const rows = await requestsFrom(db, person.email.trim().toLowerCase());
    const own: OwnRequest[] = [];
    for (const row of rows) {
      const requestType = row.request.requestType as RequestType;
      const actions = await this.logs[requestType].actions(db, row.caseId);
      own.push({
        reference: row.reference,
        requestType,
        kind: row.request.kind,
        status: row.status,
        zoneId: row.zoneId,
        openedAt: row.openedAt.toISOString(),
        caseId: row.caseId,
        timeline: publicTimeline(locale, actions),
      });
    }
    return own;
  }
}
