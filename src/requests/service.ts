import { randomBytes, randomUUID } from 'node:crypto';
import type { DirectoryService } from '../directory/service.ts';
import { audit } from '../platform/audit/audit.ts';
import { authorize, reach, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { CaseLog } from '../platform/cases/case-log.ts';
import { newReference, normaliseReference } from '../platform/cases/reference.ts';
import type { CaseActor } from '../platform/cases/workflow.ts';
import type { Database } from '../platform/db/database.ts';
import type { Issue } from '../platform/forms/checker.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import type { Locale } from '../platform/i18n/index.ts';
import { enqueue } from '../platform/outbox/index.ts';
import { addWorkingDays, brusselsDate } from '../platform/working-days.ts';
import type { ReferenceService } from '../reference/service.ts';
import { type CaseAssignment, findAssignment } from './assignment.ts';
import type { CasePanel } from './case-panels.ts';
import { CaseWork } from './case-work.ts';
import { appointmentText } from './domain/appointment.ts';
import type { PartnerOffer } from './domain/partner-offer.ts';
import { firstContactTarget, networksForAgeGroups } from './domain/routing.ts';
import type { SupportRequest } from './domain/support-request.ts';
import { type AgeGroup, REFERENCE_PREFIX, type RequestType } from './domain/vocabulary.ts';
import { PUBLIC_ACTIONS, type RequestAction, type RequestStatus, WORKFLOWS } from './domain/workflow.ts';
import { mailCase, submittedMails } from './notifications.ts';
import * as store from './store.ts';
import { type RequestWaits, type RequestWaitsQuery, readRequestWaits } from './waits.ts';

export interface RequestsOptions {
  /** The address people reach Passerelle at, for links in e-mails. */
  publicUrl: string;
  /** First-contact target in working days for networks without their own setting. */
  defaultFirstContactDays: number;
  /** How long an unfinished form is kept (ms). */
  draftLifetimeMs: number;
}

export interface SubmittedRequest {
  id: string;
  reference: string;
  zone: string;
  networks: string[];
  status: RequestStatus;
}

export type SubmitOutcome = { ok: true; submitted: SubmittedRequest } | { ok: false; issues: Issue[] };

export interface PublicStatus {
  reference: string;
  requestType: RequestType;
  kind: string;
  status: RequestStatus;
  zoneId: string;
  /** What the requester may see: no internal notes, no staff names. */
  timeline: Array<{ type: RequestAction; at: string; details: string | null }>;
}

/** The part of an action's payload the requester was told by e-mail anyway, in their language. */
function publicDetails(locale: Locale, type: RequestAction, payload: Record<string, unknown>): string | null {
  if (type === 'schedule') return appointmentText(locale, payload);
  const key = { 'assign-clinician': 'clinicianName', decline: 'reason', message: 'text' }[type as string];
  const value = key ? payload[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Acknowledgements one unverified address receives in 24 hours at most (mail bombing through us). */
export const ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY = 5;
const DAY_MS = 24 * 3_600_000;

const REQUESTER: CaseActor = { kind: 'requester', id: null, label: 'requester', zoneId: null };

interface Routed {
  zoneId: string;
  networkIds: string[];
}

/**
 * GP support requests and organisation offers: the forms' drafts, submission (routing to the
 * right zone and networks, opening the case), and the case work of the coordinators.
 */
export class RequestService {
  readonly logs = {
    'support-request': new CaseLog(WORKFLOWS['support-request']),
    'partner-offer': new CaseLog(WORKFLOWS['partner-offer']),
  } as const;

  /** The coordinators' side: inbox, case pages, actions. */
  readonly cases: CaseWork = new CaseWork(this);

  /** Other capabilities' panels on the case page (case-panels.ts). */
  readonly casePanels: CasePanel[] = [];

  constructor(
    readonly database: Database,
    readonly reference: ReferenceService,
    readonly directory: DirectoryService,
    readonly options: RequestsOptions,
  ) {}

  /** Zone and networks for a place, who asks, their language and the age groups concerned. */
  private routeRequest(input: {
    postcode: string;
    postcodeField: string;
    requester: 'gp' | 'organisation';
    language: string;
    ageGroups: AgeGroup[];
    ageField: string;
  }): { ok: true; routed: Routed } | { ok: false; issues: Issue[] } {
    const outcome = this.reference.route({
      place: { postcode: input.postcode },
      requester: input.requester,
      language: input.language,
    });
    if (!outcome.ok || !outcome.route.zone) {
      return {
        ok: false,
        issues: [
          { field: input.postcodeField, code: 'outside-territory', values: { place: input.postcode } },
        ],
      };
    }
    const networks = networksForAgeGroups(outcome.route.networks, input.ageGroups);
    if (networks.length === 0) {
      return {
        ok: false,
        issues: [{ field: input.ageField, code: 'no-network-for-age', values: { place: input.postcode } }],
      };
    }
    return { ok: true, routed: { zoneId: outcome.route.zone.id, networkIds: networks.map((n) => n.id) } };
  }

  /** Checks that a postcode is served, for the form's practice or venue page. */
  placeIssues(postcode: string, field: string, requester: 'gp' | 'organisation'): Issue[] {
    const outcome = this.reference.route({ place: { postcode }, requester, language: 'fr' });
    return outcome.ok && outcome.route.zone
      ? []
      : [{ field, code: 'outside-territory', values: { place: postcode } }];
  }

  async submitSupportRequest(request: SupportRequest, at = new Date()): Promise<SubmitOutcome> {
    const routing = this.routeRequest({
      postcode: request.practice.postcode,
      postcodeField: 'practice.postcode',
      requester: 'gp',
      language: request.requester.language,
      ageGroups: [request.ageGroup],
      ageField: 'ageGroup',
    });
    if (!routing.ok) return routing;
    return this.open('support-request', routing.routed, at, {
      kind: request.kind,
      ageGroups: [request.ageGroup],
      language: request.requester.language,
      requesterName: request.requester.name,
      requesterEmail: request.requester.email.toLowerCase(),
      organisationName: request.practice.name,
      postcode: request.practice.postcode,
      details: request as unknown as Record<string, unknown>,
    });
  }

  async submitPartnerOffer(offer: PartnerOffer, at = new Date()): Promise<SubmitOutcome> {
    const routing = this.routeRequest({
      postcode: offer.venue.postcode,
      postcodeField: 'venue.postcode',
      requester: 'organisation',
      language: offer.contact.language,
      ageGroups: offer.venue.targetPublic,
      ageField: 'venue.targetPublic',
    });
    if (!routing.ok) return routing;
    return this.open('partner-offer', routing.routed, at, {
      kind: offer.offer,
      ageGroups: offer.venue.targetPublic,
      language: offer.contact.language,
      requesterName: offer.contact.name,
      requesterEmail: offer.contact.email.toLowerCase(),
      organisationName: offer.organisation.name,
      postcode: offer.venue.postcode,
      details: offer as unknown as Record<string, unknown>,
    });
  }

  private async open(
    type: RequestType,
    routed: Routed,
    at: Date,
    row: Omit<store.RequestRow, 'caseId' | 'requestType'>,
  ): Promise<SubmitOutcome> {
    const settings = await store.readSettings(this.database.db);
    const days = firstContactTarget(routed.networkIds, settings, this.options.defaultFirstContactDays);
    const id = randomUUID();
    const log = this.logs[type];
    let reference = newReference(REFERENCE_PREFIX[type]);
    while (await log.referenceTaken(this.database.db, reference))
      reference = newReference(REFERENCE_PREFIX[type]);
    const record = await this.database.db.transaction(async (tx) => {
      const opened = await log.open(tx, {
        id,
        reference,
        zoneId: routed.zoneId,
        networkIds: routed.networkIds,
        respondBy: addWorkingDays(brusselsDate(at), days),
        actor: REQUESTER,
        at,
      });
      // Nobody verified the address: it gets a few acknowledgements a day at most, however many
      // requests name it (the request itself is accepted and reaches its zone either way).
      const earlier = await store.countRequestsFrom(tx, row.requesterEmail, new Date(at.getTime() - DAY_MS));
      await store.insertRequest(tx, { caseId: id, requestType: type, ...row });
      const mail = mailCase({ caseId: id, requestType: type, ...row }, opened);
      const acknowledge = earlier < ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY;
      for (const message of submittedMails(this.reference.snapshot(), this.options.publicUrl, mail, {
        acknowledge,
      })) {
        await enqueue(tx, message);
      }
      return opened;
    });
    return {
      ok: true,
      submitted: {
        id,
        reference: record.reference,
        zone: record.zoneId,
        networks: record.networkIds,
        status: record.status,
      },
    };
  }

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
    const reference = normaliseReference(referenceInput.slice(0, 40));
    const email = emailInput.trim().toLowerCase().slice(0, 254);
    const found = await store.findCaseIdByReferenceAndEmail(this.database.db, reference, email);
    if (!found) return null;
    const log = this.logs[found.requestType];
    const [record, actions, row] = await Promise.all([
      log.get(this.database.db, found.caseId),
      log.actions(this.database.db, found.caseId),
      store.findRequest(this.database.db, found.caseId),
    ]);
    if (!record || !row) return null;
    return {
      reference: record.reference,
      requestType: found.requestType,
      kind: row.kind,
      status: record.status,
      zoneId: record.zoneId,
      timeline: actions
        .filter((action) => PUBLIC_ACTIONS.has(action.type))
        .map((action) => ({
          type: action.type,
          at: action.at,
          details: publicDetails(locale, action.type, action.payload),
        })),
    };
  }

  /**
   * Each request a network received in a period, with its first contact and first schedule, and
   * the network's first-contact target. For reporting, which checks who may read the figures.
   */
  requestWaits(query: RequestWaitsQuery): Promise<RequestWaits> {
    return readRequestWaits(this.database.db, query, this.options.defaultFirstContactDays);
  }

  /**
   * A GP's or an organisation's case by its reference, with the clinician last assigned to it
   * (null: none yet), for whoever records time spent on it; null for an unknown reference. No
   * policy here: the caller decides from the assignment.
   */
  assignmentByReference(referenceInput: string): Promise<CaseAssignment | null> {
    return findAssignment(this.database.db, Object.values(this.logs), referenceInput);
  }

  // ——— Per-network settings (network admins) ———

  /** The first-contact target of each network the person configures. 401 signed out, 403 none. */
  async firstContactSettings(
    user: CurrentUser | null,
  ): Promise<Array<{ networkId: string; days: number; own: boolean }>> {
    const person = requireUser(user);
    const networks = reach(person, 'network.configure').networkIds;
    if (networks.length === 0) throw new StandardProblem(403, 'forbidden');
    const settings = await store.readSettings(this.database.db);
    return [...new Set(networks)].sort().map((networkId) => ({
      networkId,
      days: settings.get(networkId) ?? this.options.defaultFirstContactDays,
      own: settings.has(networkId),
    }));
  }

  /** Sets a network's first-contact target (1–60 working days); applies to cases submitted from now on. */
  async setFirstContactDays(
    user: CurrentUser | null,
    networkId: string,
    days: number,
    now = new Date(),
  ): Promise<void> {
    const person = authorize(user, 'network.configure', {
      type: 'network',
      id: networkId,
      networkIds: [networkId],
    });
    if (!Number.isInteger(days) || days < 1 || days > 60)
      throw new StandardProblem(400, 'invalid-parameters');
    await this.database.db.transaction(async (tx) => {
      await store.writeSetting(tx, networkId, days, now);
      await audit.record(tx, {
        actor: person,
        action: 'network.configure',
        resource: { type: 'network', id: networkId },
        networkId,
        detail: { firstContactDays: days },
      });
    });
  }

  // ——— Drafts of the multi-page forms ———

  newDraftId(): string {
    return randomBytes(16).toString('base64url');
  }

  async loadDraft(id: string | undefined, form: string, now = new Date()): Promise<Record<string, unknown>> {
    if (!id) return {};
    return (await store.readDraft(this.database.db, id, form, now)) ?? {};
  }

  async saveDraft(id: string, form: string, data: Record<string, unknown>, now = new Date()): Promise<void> {
    const expiresAt = new Date(now.getTime() + this.options.draftLifetimeMs);
    await store.writeDraft(this.database.db, { id, form, data, now, expiresAt });
  }

  discardDraft(id: string): Promise<void> {
    return store.deleteDraft(this.database.db, id);
  }

  /** Run by a poller: unfinished forms are forgotten when they expire. */
  purgeExpiredDrafts(now = new Date()): Promise<number> {
    return store.deleteExpiredDrafts(this.database.db, now);
  }
}

export type { RequestAction };
