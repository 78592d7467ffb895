import { randomUUID } from 'node:crypto';
import type { DirectoryService } from '../directory/service.ts';
import { audit } from '../platform/audit/audit.ts';
import { requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { CaseLog } from '../platform/cases/case-log.ts';
import { newReference } from '../platform/cases/reference.ts';
import type { CaseActor } from '../platform/cases/workflow.ts';
import type { Database } from '../platform/db/database.ts';
import type { FileStore, UploadQuota } from '../platform/files/index.ts';
import type { Issue } from '../platform/forms/checker.ts';
import { enqueue } from '../platform/outbox/index.ts';
import type { ReferenceService } from '../reference/service.ts';
import { ApplicantSpace } from './applicant-space.ts';
import { ApplicationDocuments } from './documents.ts';
import {
  checkDeclarationSection,
  DECLARATION_SECTIONS,
  type DeclarationSection,
  type NetworkChoice,
  readDeclaration,
  type TreatmentCriteria,
} from './domain/declaration.ts';
import {
  checkServiceSection,
  mainFunction,
  readServiceApplication,
  SERVICE_SECTIONS,
  type ServiceSection,
} from './domain/service-application.ts';
import { APPLICATION_WORKFLOW } from './domain/workflow.ts';
import { applicantMail, zoneMail } from './notifications.ts';
import * as store from './store.ts';

export type ApplicationKind = 'clinician' | 'service';

export interface ApplicationsOptions {
  publicUrl: string;
  criteria: TreatmentCriteria;
  maxUploadBytes: number;
  /** What one application, and one account across all of its, may hold (anyone may create an account). */
  uploadQuotas: { perCase: UploadQuota; perAccount: UploadQuota };
  /** How long an untouched questionnaire (and its documents) is kept. */
  draftLifetimeMs: number;
}

export type SubmitOutcome =
  | { ok: true; id: string; reference: string }
  | { ok: false; section: string; issues: Issue[] };

/** The case resource the policy decides on: its zone, networks and the applicant's account. */
export function caseResource(
  record: { id: string; zoneId: string; networkIds: string[] },
  accountId: string,
) {
  return {
    type: 'case' as const,
    id: record.id,
    zoneId: record.zoneId,
    networkIds: record.networkIds,
    ownerAccountId: accountId,
  };
}

export function applicantActor(user: CurrentUser): CaseActor {
  return { kind: 'requester', id: user.accountId, label: user.displayName, zoneId: null };
}

/**
 * Declarations of interest and conventioned-service applications: drafts kept per account,
 * uploads, submission (routing to the zone and networks, opening the case), and the applicant's
 * own space. Staff work is in case-work.ts; the deciding bodies' side in decision-desk.ts.
 */
export class ApplicationService {
  readonly log = new CaseLog(APPLICATION_WORKFLOW);
  /** Uploaded documents (draft and case), and their downloads. */
  readonly documents: ApplicationDocuments = new ApplicationDocuments(this);
  /** The applicant's own space: their cases, timelines, answers and withdrawal. */
  readonly space: ApplicantSpace = new ApplicantSpace(this);

  constructor(
    readonly database: Database,
    readonly reference: ReferenceService,
    readonly directory: DirectoryService,
    readonly files: FileStore,
    readonly options: ApplicationsOptions,
  ) {}

  // ——— Routing ———

  served(postcode: string): boolean {
    const outcome = this.reference.route({ place: { postcode }, requester: 'organisation', language: 'fr' });
    return outcome.ok && outcome.route.zone !== null;
  }

  /** The zone of the place, and the networks asked among the place's (youth, adult or both). */
  route(
    postcode: string,
    choice: NetworkChoice,
    language: string,
    requester: 'public' | 'organisation',
  ): { zoneId: string; networkIds: string[] } | null {
    // The language rule (Dutch-speaking organisations) applies to services, not to clinicians.
    const outcome = this.reference.route({ place: { postcode }, requester, language });
    if (!outcome.ok || !outcome.route.zone) return null;
    const wanted = choice === 'both' ? ['youth', 'adult'] : [choice];
    const networkIds = outcome.route.networks
      .filter((network) => wanted.includes(network.kind) || network.kind === 'mixed')
      .map((network) => network.id);
    return networkIds.length > 0 ? { zoneId: outcome.route.zone.id, networkIds } : null;
  }

  // ——— Drafts ———

  async draft(user: CurrentUser | null, form: ApplicationKind): Promise<Record<string, unknown>> {
    const person = requireUser(user);
    return (await store.readDraft(this.database.db, person.accountId, form)) ?? {};
  }

  async saveDraft(user: CurrentUser | null, form: ApplicationKind, data: Record<string, unknown>) {
    const person = requireUser(user);
    await store.writeDraft(this.database.db, person.accountId, form, data, new Date());
  }

  async draftDocuments(user: CurrentUser | null) {
    const person = requireUser(user);
    return store.draftFiles(this.database.db, person.accountId);
  }

  checkDeclaration(section: DeclarationSection, data: unknown, documents: ReadonlySet<string>): Issue[] {
    return checkDeclarationSection(section, data, {
      criteria: this.options.criteria,
      served: (postcode) => this.served(postcode),
      documents,
    });
  }

  checkService(section: ServiceSection, data: unknown): Issue[] {
    return checkServiceSection(section, data, (postcode) => this.served(postcode));
  }

  /**
   * Run by a poller: questionnaires untouched for `draftLifetimeMs` (and documents sent with no
   * case since) are forgotten; they hold personal data nobody submitted.
   */
  async purgeStaleDrafts(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.options.draftLifetimeMs);
    const purged = await this.database.db.transaction((tx) => store.deleteStaleDrafts(tx, before));
    for (const name of purged.storedNames) await this.files.remove(name);
    return purged.drafts;
  }

  // ——— Submission ———

  async submit(user: CurrentUser | null, form: ApplicationKind, at = new Date()): Promise<SubmitOutcome> {
    const person = requireUser(user);
    const data = await this.draft(person, form);
    const documents = new Set((await this.draftDocuments(person)).map((f) => f.documentKind));
    const sections: readonly string[] = form === 'clinician' ? DECLARATION_SECTIONS : SERVICE_SECTIONS;
    for (const section of sections) {
      const issues =
        form === 'clinician'
          ? this.checkDeclaration(section as DeclarationSection, data, documents)
          : this.checkService(section as ServiceSection, data);
      if (issues.length > 0) return { ok: false, section, issues };
    }
    const summary = form === 'clinician' ? this.clinicianSummary(data) : this.serviceSummary(data);
    const routed = this.route(
      summary.postcode,
      summary.networks,
      summary.language,
      form === 'clinician' ? 'public' : 'organisation',
    );
    if (!routed) {
      const field = form === 'clinician' ? 'practice.postcode' : 'organisation.postcode';
      return {
        ok: false,
        section: form === 'clinician' ? 'places' : 'address',
        issues: [{ field, code: 'outside-territory' }],
      };
    }
    const id = randomUUID();
    let reference = newReference('AP');
    while (await this.log.referenceTaken(this.database.db, reference)) reference = newReference('AP');
    const zone = this.reference.snapshot().zones.get(routed.zoneId);
    await this.database.db.transaction(async (tx) => {
      const record = await this.log.open(tx, {
        id,
        reference,
        zoneId: routed.zoneId,
        networkIds: routed.networkIds,
        respondBy: null,
        actor: applicantActor(person),
        payload: { kind: form },
        at,
      });
      await store.insertApplication(tx, {
        caseId: id,
        kind: form,
        accountId: person.accountId,
        applicantName: summary.name,
        applicantEmail: person.email,
        locale: person.locale,
        sessionsPerWeek: summary.sessionsPerWeek,
        details: summary.details,
      });
      await store.attachDraftFiles(tx, person.accountId, id);
      await store.deleteDraft(tx, person.accountId, form);
      await enqueue(
        tx,
        applicantMail(this.options.publicUrl, {
          to: person.email,
          locale: person.locale,
          caseId: id,
          reference: record.reference,
          action: 'submit',
          details: null,
        }),
      );
      if (zone?.email) {
        await enqueue(
          tx,
          zoneMail(this.options.publicUrl, {
            to: zone.email,
            caseId: id,
            reference,
            applicantName: summary.name,
            kind: form,
          }),
        );
      }
      await audit.record(tx, {
        actor: person,
        action: 'application.submit',
        resource: { type: 'case', id },
        zoneId: routed.zoneId,
        detail: { kind: form, networkIds: routed.networkIds },
      });
    });
    return { ok: true, id, reference };
  }

  private clinicianSummary(data: Record<string, unknown>) {
    const d = readDeclaration(data);
    const fn = mainFunction(d.functions);
    return {
      name: `${d.givenName} ${d.familyName}`,
      postcode: d.practice.postcode,
      networks: d.networks,
      language: d.languages.includes('nl') && !d.languages.includes('fr') ? 'nl' : 'fr',
      sessionsPerWeek: d.sessionsPerWeek,
      fn,
      details: d as unknown as Record<string, unknown>,
    };
  }

  private serviceSummary(data: Record<string, unknown>) {
    const s = readServiceApplication(data);
    return {
      name: s.organisation.name,
      postcode: s.organisation.postcode,
      networks: s.networks,
      language: s.contact.language,
      // The column holds a clinician's sessions or a service's hours a week: a service's
      // contingent is in hours, valued at the network's hourly rate, never turned into sessions.
      sessionsPerWeek: s.hoursPerWeek,
      fn: mainFunction(s.functions),
      details: s as unknown as Record<string, unknown>,
    };
  }
}
