import { randomBytes } from 'node:crypto';
import type { DirectoryService } from '../directory/service.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { CaseLog } from '../platform/cases/case-log.ts';
import type { Database } from '../platform/db/database.ts';
import type { Issue } from '../platform/forms/checker.ts';
import type { Locale } from '../platform/i18n/index.ts';
import type { ReferenceService } from '../reference/service.ts';
import { type CaseAssignment, findAssignment } from './assignment.ts';
import type { CasePanel, OwnRequestPanel } from './case-panels.ts';
import { CaseWork } from './case-work.ts';
import type { PartnerOffer } from './domain/partner-offer.ts';
import type { SupportRequest } from './domain/support-request.ts';
import { type RequestAction, WORKFLOWS } from './domain/workflow.ts';
import { FirstContactSettings } from './first-contact-settings.ts';
import { type OwnRequest, type PublicStatus, RequesterView } from './requester-view.ts';
import * as store from './store.ts';
import { Submissions, type SubmitOutcome } from './submission.ts';
import { type RequestWaits, type RequestWaitsQuery, readRequestWaits } from './waits.ts';

export interface RequestsOptions {
  /** The address people reach Passerelle at, for links in e-mails. */
  publicUrl: string;
  /** First-contact target in working days for networks without their own setting. */
  defaultFirstContactDays: number;
  /** How long an unfinished form is kept (ms). */
  draftLifetimeMs: number;
}

/**
 * GP support requests and organisation offers, one door per responsibility: submission
 * (submission.ts), the requester's own view (requester-view.ts), the coordinators' case work
 * and the clinicians' answers (case-work.ts, clinician-answers.ts), the networks' settings
 * (first-contact-settings.ts), and the forms' drafts (here).
 */
export class RequestService {
  readonly logs = {
    'support-request': new CaseLog(WORKFLOWS['support-request']),
    'partner-offer': new CaseLog(WORKFLOWS['partner-offer']),
  } as const;

  /** The coordinators' side: inbox, case pages, actions; and the clinicians' answers. */
  readonly cases: CaseWork = new CaseWork(this);
  private readonly submissions = new Submissions(this);
  readonly requester: RequesterView;
  private readonly settings: FirstContactSettings;

  /** Other capabilities' panels on the case page (case-panels.ts). */
  readonly casePanels: CasePanel[] = [];
  /** Other capabilities' panels on the requester's "my requests" page (case-panels.ts). */
  readonly ownRequestPanels: OwnRequestPanel[] = [];

  constructor(
    readonly database: Database,
    readonly reference: ReferenceService,
    readonly directory: DirectoryService,
    readonly options: RequestsOptions,
  ) {
    this.requester = new RequesterView(database, this.logs);
    this.settings = new FirstContactSettings(database, options);
  }

  /** Checks that a postcode is served, for the form's practice or venue page. */
  placeIssues(postcode: string, field: string, requester: 'gp' | 'organisation'): Issue[] {
    return this.submissions.placeIssues(postcode, field, requester);
  }

  submitSupportRequest(request: SupportRequest, at = new Date()): Promise<SubmitOutcome> {
    return this.submissions.submitSupportRequest(request, at);
  }

  submitPartnerOffer(offer: PartnerOffer, at = new Date()): Promise<SubmitOutcome> {
    return this.submissions.submitPartnerOffer(offer, at);
  }

  /** The status page: a case by its reference and the requester's address (requester-view.ts). */
  lookupStatus(referenceInput: string, emailInput: string, locale: Locale): Promise<PublicStatus | null> {
    return this.requester.lookupStatus(referenceInput, emailInput, locale);
  }

  /** "My requests" of a signed-in GP or organisation. */
  ownRequests(user: CurrentUser | null | undefined, locale: Locale): Promise<OwnRequest[]> {
    return this.requester.ownRequests(user, locale);
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

  /** The first-contact target of each network the person configures. 401 signed out, 403 none. */
  firstContactSettings(user: CurrentUser | null) {
    return this.settings.list(user);
  }

  /** Sets a network's first-contact target (1–60 working days); applies to cases submitted from now on. */
  setFirstContactDays(user: CurrentUser | null, networkId: string, days: number, now = new Date()) {
    return this.settings.set(user, networkId, days, now);
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

export type { PublicStatus, RequestAction, SubmitOutcome };
