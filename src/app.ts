// The composition root: the platform's server, then each capability's routes and pages on the
// services that services.ts opens, and the background work every instance does.
// Capabilities talk to each other only through the services created there.

import {
  applicationHomeEntries,
  applicationLanding,
  registerApplicationPages,
} from './applications/pages/index.ts';
import { DRAFT_LIFETIME_MS as APPLICATION_DRAFT_LIFETIME_MS } from './applications/settings.ts';
import { registerArrangements } from './arrangements/index.ts';
import { FirstLineHoursService } from './budget/first-line-hours.ts';
import { registerFirstLineHoursPages } from './budget/first-line-hours-page.tsx';
import { registerBudgetPages } from './budget/pages.tsx';
import { registerBudgetRoutes } from './budget/routes.ts';
import { registerSessionListPages } from './care/pages/session-list-page.tsx';
import { registerStatementPages } from './care/pages/statement-page.tsx';
import { registerCarePages } from './care/pages.tsx';
import { registerCareRoutes } from './care/routes.ts';
import { registerClinicianPages } from './clinicians/pages/index.ts';
import { ClinicianSelfService } from './clinicians/service.ts';
import { registerCommitteePages } from './committees/pages/index.ts';
import { registerDirectoryPages } from './directory/pages.tsx';
import { registerDirectoryRoutes } from './directory/routes.ts';
import { registerEvents } from './events/index.ts';
import { registerMaterials } from './materials/index.ts';
import { registerAuditPages } from './platform/audit/pages.tsx';
import { registerAccounts } from './platform/auth/index.ts';
import { registerLanding } from './platform/auth/landing.ts';
import { systemClock } from './platform/clock.ts';
import { logFailure } from './platform/db/unavailable.ts';
import { registerApiDocs } from './platform/http/api-docs.tsx';
import { registerHealth } from './platform/http/health.ts';
import { createServer } from './platform/http/server.ts';
import { type Locale, offeredLocales } from './platform/i18n/index.ts';
import { Poller } from './platform/jobs/poller.ts';
import { registerLegalPages } from './platform/legal/pages.tsx';
import { platformMessages } from './platform/messages.ts';
import { registerOutboxPages } from './platform/outbox/pages.tsx';
import { loadSecret } from './platform/secrets.ts';
import { registerHomePage } from './platform/views/home-page.tsx';
import { registerReferenceAdminPages } from './reference/admin-pages.tsx';
import { registerReferencePages } from './reference/pages.tsx';
import { registerReferenceRoutes } from './reference/routes.ts';
import type { ReferenceService } from './reference/service.ts';
import { inhabitantsFromReference } from './reporting/inhabitants.ts';
import { registerReporting } from './reporting/routes.ts';
import { registerRequestPages, requestHomeEntries } from './requests/pages/index.ts';
import { registerCaseRoutes, registerRequestRoutes } from './requests/routes.ts';

import { type AppDependencies, openServices, REQUEST_DRAFT_LIFETIME_MS } from './services.ts';

/** The languages the instance proposes, recomputed only when the reference data changes. */
function offeredLocalesOf(reference: ReferenceService): () => readonly Locale[] {
  let seen: ReturnType<ReferenceService['snapshot']> | null = null;
  let offered: readonly Locale[] = [];
  return () => {
    const snapshot = reference.snapshot();
    if (snapshot !== seen) {
      seen = snapshot;
      offered = offeredLocales(snapshot.networks.values());
    }
    return offered;
  };
}

export async function buildApp(dependencies: AppDependencies) {
  const { config, database } = dependencies;
  const patientKey = loadSecret(config.dataDir, 'patient-key', config.patientKeySecret);
  const services = await openServices({ ...dependencies, patientKeySecret: patientKey.value });
  const app = await createServer({
    config,
    cookieSecret: dependencies.cookieSecret,
    logger: dependencies.logger,
    offeredLocales: offeredLocalesOf(services.reference),
  });
  if (patientKey.origin === 'generated') {
    app.log.warn(
      { path: patientKey.path },
      'no PATIENT_KEY_SECRET: generated one. Keep it: patient keys (and so caps) depend on it; every instance must use the same',
    );
  } else if (patientKey.origin === 'file' && config.databaseUrl) {
    app.log.warn(
      { path: patientKey.path },
      'PATIENT_KEY_SECRET read from DATA_DIR: every instance on this database must use the same secret',
    );
  }

  registerHealth(app, database);
  // First: every route registered after it sees request.user.
  registerAccounts(app, services.accounts, config);
  registerOutboxPages(app, services.outboxAdmin);
  registerReferenceAdminPages(app, services.reference, () => services.committees.reloadBodies());
  registerAuditPages(app, services.audit, services.accounts.staff.jurisdictions);
  registerApiDocs(app);
  registerReferenceRoutes(app, services.reference);
  registerReferencePages(app, services.reference);
  registerDirectoryRoutes(app, services.directory);
  registerDirectoryPages(app, services.directory, services.reference);
  registerRequestRoutes(app, services.requests);
  registerCaseRoutes(app, services.requests);
  registerRequestPages(app, services.requests, { statusLookupsPerHour: config.statusLookupsPerHour });
  registerCareRoutes(app, services.care, config.apiAdminToken);
  const reporting = registerReporting(app, database, services, inhabitantsFromReference(database.db));
  registerCarePages(app, services.care);
  const events = registerEvents(app, {
    ...dependencies,
    reference: services.reference,
    requests: services.requests,
    care: services.care,
    clock: dependencies.clock ?? systemClock,
    publicUrl: config.publicUrl,
  });
  await registerMaterials(app, {
    database,
    reference: services.reference,
    care: services.care,
    clock: dependencies.clock ?? systemClock,
    publicUrl: config.publicUrl,
  });
  registerStatementPages(app, services.care, services.reference);
  registerSessionListPages(app, services.care);
  const budgets = services.budgets;
  registerBudgetRoutes(app, budgets, config.apiAdminToken);
  registerBudgetPages(app, budgets, services.reference);
  const firstLineHours = new FirstLineHoursService(
    database,
    services.directory,
    services.requests,
    events,
    dependencies.clock ?? systemClock,
  );
  registerFirstLineHoursPages(app, firstLineHours, services.reference);
  registerArrangements(app, {
    ...dependencies,
    reference: services.reference,
    requests: services.requests,
    hours: firstLineHours,
    clock: dependencies.clock ?? systemClock,
    publicUrl: config.publicUrl,
  });
  registerApplicationPages(app, services.applications, services.applicationCases, services.accounts.auth);
  registerCommitteePages(
    app,
    services.committees,
    (id, locale) => services.reference.snapshot().networks.get(id)?.names[locale] ?? id,
  );
  registerClinicianPages(
    app,
    new ClinicianSelfService(services.directory, services.care),
    services.reference,
    dependencies.clock ?? systemClock,
  );
  registerLanding(
    app,
    [applicationLanding(services.applications)],
    {
      database,
      clinicianProfileLinked: async (user) =>
        (await services.directory.clinicianForAccount(user.accountId)) !== null,
    },
    (id, locale) => services.reference.snapshot().networks.get(id)?.names[locale] ?? id,
  );
  const day = 24 * 3_600_000;
  registerLegalPages(app, {
    responsibles: () => {
      const { networks, areas } = services.reference.snapshot();
      return [
        ...[...networks.values()].map(({ names, email, website }) => ({ names, email, website })),
        ...[...areas.values()].map(({ names, email }) => ({ names, email, website: null })),
      ];
    },
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionMaxHours: config.sessionMaxHours,
    requestDraftDays: REQUEST_DRAFT_LIFETIME_MS / day,
    applicationDraftDays: APPLICATION_DRAFT_LIFETIME_MS / day,
  });
  registerHomePage(app, [
    {
      href: (locale) => `/${locale}/find`,
      title: (locale) => platformMessages[locale].home.findTitle,
      body: (locale) => platformMessages[locale].home.findBody,
    },
    {
      href: (locale) => `/${locale}/cost`,
      title: (locale) => platformMessages[locale].home.costTitle,
      body: (locale) => platformMessages[locale].home.costBody,
    },
    ...requestHomeEntries,
    ...applicationHomeEntries,
    {
      href: (locale) => `/${locale}/coordinator`,
      title: (locale) => platformMessages[locale].home.coordinatorTitle,
      body: (locale) => platformMessages[locale].home.coordinatorBody,
    },
    {
      href: (locale) => `/${locale}/professionals`,
      title: (locale) => platformMessages[locale].home.professionalsTitle,
      body: (locale) => platformMessages[locale].home.professionalsBody,
    },
    {
      href: (locale) => `/${locale}/materials`,
      title: (locale) => platformMessages[locale].home.materialsTitle,
      body: (locale) => platformMessages[locale].home.materialsBody,
    },
  ]);

  // Other instances (and the CLI) change shared data; each instance picks the changes up.
  const onPollError = (error: unknown) => logFailure(app.log, error, 'refresh from the database failed');
  const pollers = [
    new Poller(config.directoryRefreshMs, () => services.reference.refreshIfChanged(), onPollError),
    new Poller(config.directoryRefreshMs, () => services.directory.refresh(), onPollError),
    new Poller(3_600_000, () => services.requests.purgeExpiredDrafts(), onPollError),
    new Poller(3_600_000, () => services.applications.purgeStaleDrafts(), onPollError),
    new Poller(3_600_000, () => services.profileReminders.sendDue(), onPollError),
    new Poller(
      config.outboxPollMs,
      () => services.outbox.deliverDue(),
      (error) => logFailure(app.log, error, 'sending outbox messages failed'),
    ),
    // Statements are exact without it; it keeps what they read beside the counters short.
    new Poller(
      10_000,
      () => services.care.foldStatementChanges(),
      (error) => logFailure(app.log, error, 'folding statement changes into counters failed'),
    ),
    // Reporting's figures fold before they are read; this keeps each reader's share small.
    new Poller(
      10_000,
      () => reporting.foldPendingChanges(),
      (error) => logFailure(app.log, error, 'folding recordings into reporting counters failed'),
    ),
    new Poller(
      10 * 60_000,
      () => services.accounts.auth.purge(),
      (error) => logFailure(app.log, error, 'removing ended sessions and links failed'),
    ),
  ];
  app.addHook('onReady', async () => {
    for (const poller of pollers) poller.start();
  });
  app.addHook('onClose', async () => {
    services.outbox.stop();
    await Promise.all(pollers.map((poller) => poller.stop()));
    services.outbox.transport.close();
  });
  return { app, services };
}

export type PasserelleApp = Awaited<ReturnType<typeof buildApp>>['app'];
