// The composition root: the platform's server, then each capability's service, API and pages.
// Capabilities talk to each other only through the services created here.

import { registerCarePages } from './care/pages.tsx';
import { registerCareRoutes } from './care/routes.ts';
import { CareService } from './care/service.ts';
import { DirectoryService } from './directory/service.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/database.ts';
import { registerApiDocs } from './platform/http/api-docs.tsx';
import { registerHealth } from './platform/http/health.ts';
import { createServer } from './platform/http/server.ts';
import { Poller } from './platform/jobs/poller.ts';
import type { Logger } from './platform/logger.ts';
import { platformMessages } from './platform/messages.ts';
import { loadSecret } from './platform/secrets.ts';
import { registerHomePage } from './platform/views/home-page.tsx';
import { registerReferencePages } from './reference/pages.tsx';
import { registerReferenceRoutes } from './reference/routes.ts';
import { ReferenceService } from './reference/service.ts';

export interface AppDependencies {
  config: Config;
  database: Database;
  cookieSecret: string;
  logger?: Logger | undefined;
}

export interface Services {
  reference: ReferenceService;
  directory: DirectoryService;
  care: CareService;
}

export async function openServices({
  database,
  patientKeySecret,
}: Pick<AppDependencies, 'database'> & { patientKeySecret?: string }): Promise<Services> {
  const reference = await ReferenceService.open(database);
  const directory = await DirectoryService.open(database);
  const care = new CareService(database, { directory, reference, patientKeySecret });
  return { reference, directory, care };
}

export async function buildApp(dependencies: AppDependencies) {
  const { config, database } = dependencies;
  const patientKey = loadSecret(config.dataDir, 'patient-key', config.patientKeySecret);
  const services = await openServices({ database, patientKeySecret: patientKey.value });
  const app = await createServer({
    config,
    cookieSecret: dependencies.cookieSecret,
    logger: dependencies.logger,
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
  registerApiDocs(app);
  registerReferenceRoutes(app, services.reference);
  registerReferencePages(app, services.reference);
  registerCareRoutes(app, services.care, config.apiAdminToken);
  registerCarePages(app, services.care);
  registerHomePage(app, [
    {
      href: (locale) => `/${locale}/cost`,
      title: (locale) => platformMessages[locale].home.costTitle,
      body: (locale) => platformMessages[locale].home.costBody,
    },
    {
      href: (locale) => `/${locale}/coordinator`,
      title: (locale) => platformMessages[locale].home.coordinatorTitle,
      body: (locale) => platformMessages[locale].home.coordinatorBody,
    },
  ]);

  // Other instances (and the CLI) change shared data; each instance picks the changes up.
  const onPollError = (error: unknown) => app.log.error({ err: error }, 'refresh from the database failed');
  const pollers = [
    new Poller(config.directoryRefreshMs, () => services.reference.refreshIfChanged(), onPollError),
  ];
  app.addHook('onReady', async () => {
    for (const poller of pollers) poller.start();
  });
  app.addHook('onClose', async () => {
    await Promise.all(pollers.map((poller) => poller.stop()));
  });
  return { app, services };
}

export type PasserelleApp = Awaited<ReturnType<typeof buildApp>>['app'];
