// The services every capability opens on one database, and how they reach each other: the
// composition of the use cases, with no HTTP. buildApp (app.ts) puts the routes and pages on them.

import { ApplicationCaseWork } from './applications/case-work.ts';
import { ApplicationDecisionDesk } from './applications/decision-desk.ts';
import { LiveBudget } from './applications/live-impact.ts';
import { ApplicationService } from './applications/service.ts';
import {
  DRAFT_LIFETIME_MS as APPLICATION_DRAFT_LIFETIME_MS,
  DEFAULT_CRITERIA,
  MAX_UPLOAD_BYTES,
} from './applications/settings.ts';
import { BudgetService } from './budget/service.ts';
import { CareService } from './care/service.ts';
import type { DecidingBody } from './committees/domain/bodies.ts';
import type { DecisionDesk } from './committees/domain/decision-desk.ts';
import { CommitteeService } from './committees/service.ts';
import { ProfileReminders } from './directory/reminders.ts';
import { DirectoryService } from './directory/service.ts';
import { openReference } from './networks.ts';
import { AuditService } from './platform/audit/service.ts';
import { type AccountServices, type Jurisdictions, openAccounts } from './platform/auth/index.ts';
import { findAccount } from './platform/auth/store.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/database.ts';
import { FileStore } from './platform/files/index.ts';
import type { Logger } from './platform/logger.ts';
import { OutboxAdmin } from './platform/outbox/admin.ts';
import { LinkSealer, type OutboxDelivery, openOutboxDelivery } from './platform/outbox/index.ts';
import type { ReferenceService } from './reference/service.ts';
import { RequestService } from './requests/service.ts';

/** Unfinished forms are kept a week, then forgotten (they hold personal data). */
export const REQUEST_DRAFT_LIFETIME_MS = 7 * 24 * 3600 * 1000;

export interface AppDependencies {
  config: Config;
  database: Database;
  cookieSecret: string;
  logger?: Logger | undefined;
  /** Tests move time forward (session time-outs, token expiry); the system clock otherwise. */
  clock?: Clock | undefined;
  /**
   * The applications' side of deciding bodies' meetings. Until the applications capability
   * provides one, committees have empty agendas. (Tests pass their own.)
   */
  decisionDesk?: DecisionDesk | undefined;
}

export interface Services {
  reference: ReferenceService;
  requests: RequestService;
  directory: DirectoryService;
  care: CareService;
  /** Declarations of interest and service applications; `decisionDesk` is the committees' side. */
  applications: ApplicationService;
  applicationCases: ApplicationCaseWork;
  decisionDesk: ApplicationDecisionDesk;
  committees: CommitteeService;
  budgets: BudgetService;
  /** Sends queued e-mail after commit; capabilities queue with `enqueue(tx, …)` (platform/outbox). */
  outbox: OutboxDelivery;
  /** Accounts, sessions and staff roles; capabilities see only `request.user` and the policy. */
  accounts: AccountServices;
  /** Reading the audit log (capabilities write to it with `audit.record(tx, …)`, platform/audit). */
  audit: AuditService;
  outboxAdmin: OutboxAdmin;
  /** E-mails clinicians whose profile has not been updated for 90 days (app.ts polls it). */
  profileReminders: ProfileReminders;
}

/** Networks and zones (the reference capability's) and deciding bodies (the committees') for role scopes. */
function jurisdictionsOf(reference: ReferenceService, bodies: () => readonly DecidingBody[]): Jurisdictions {
  return {
    bodies: () => bodies().map(({ id, names }) => ({ id, names })),
    networks: () => [...reference.snapshot().networks.values()].map(({ id, names }) => ({ id, names })),
    zones: () =>
      [...reference.snapshot().zones.values()].map(({ id, names, networkIds }) => ({
        id,
        names,
        networkIds,
      })),
  };
}

export async function openServices({
  config,
  database,
  clock = systemClock,
  patientKeySecret,
  decisionDesk,
  cookieSecret,
}: Pick<AppDependencies, 'config' | 'database' | 'clock' | 'decisionDesk' | 'cookieSecret'> & {
  patientKeySecret?: string;
}): Promise<Services> {
  const reference = await openReference(database);
  const directory = await DirectoryService.open(database, reference, clock);
  // Sign-in links in queued e-mails are sealed with a key from the cookie secret (platform/outbox/sealing.ts).
  const sealer = new LinkSealer(cookieSecret);
  const outbox = openOutboxDelivery(config, database, sealer);
  const requests = new RequestService(database, reference, directory, {
    publicUrl: config.publicUrl,
    defaultFirstContactDays: config.firstContactWorkingDays,
    draftLifetimeMs: REQUEST_DRAFT_LIFETIME_MS,
  });
  const applications = new ApplicationService(database, reference, directory, new FileStore(config.dataDir), {
    publicUrl: config.publicUrl,
    criteria: DEFAULT_CRITERIA,
    maxUploadBytes: MAX_UPLOAD_BYTES,
    uploadQuotas: {
      perCase: { files: config.uploadCaseMaxFiles, bytes: config.uploadCaseMaxMb * 1_048_576 },
      perAccount: { files: config.uploadAccountMaxFiles, bytes: config.uploadAccountMaxMb * 1_048_576 },
    },
    draftLifetimeMs: APPLICATION_DRAFT_LIFETIME_MS,
  });
  // The budgets follow the applications: their impact is read live, signing commits a contingent.
  const budgets = new BudgetService(database, reference, clock);
  const liveBudget = new LiveBudget(budgets, reference);
  const applicationDesk = new ApplicationDecisionDesk(applications, liveBudget);
  // Deciding bodies decide on applications through the applications' desk (tests may give another).
  const committees = await CommitteeService.open(database, decisionDesk ?? applicationDesk, clock);
  // Their members read the applications put to their body.
  const applicationCases = new ApplicationCaseWork(
    applications,
    async (user) =>
      (await committees.bodiesFor(user)).map(({ body }) => ({ id: body.id, networkIds: body.networkIds })),
    liveBudget,
  );
  const accounts = openAccounts(
    config,
    database,
    jurisdictionsOf(reference, () => committees.knownBodies),
    clock,
    sealer,
  );
  const audit = new AuditService(database);
  const outboxAdmin = new OutboxAdmin(database, outbox.transport.kind);
  const care = new CareService(database, {
    directory,
    reference,
    patientKeySecret,
    previewsPerHour: config.sessionPreviewsPerHour,
    clock,
  });
  const profileReminders = new ProfileReminders(database, clock, findAccount, config.publicUrl);
  return {
    reference,
    directory,
    care,
    outbox,
    requests,
    accounts,
    audit,
    outboxAdmin,
    applications,
    applicationCases,
    decisionDesk: applicationDesk,
    committees,
    budgets,
    profileReminders,
  };
}
