// The composition root: the platform's server, then each capability's service, API and pages.
// Capabilities talk to each other only through the services created here.

import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/database.ts';
import { registerApiDocs } from './platform/http/api-docs.tsx';
import { registerHealth } from './platform/http/health.ts';
import { createServer } from './platform/http/server.ts';
import { Poller } from './platform/jobs/poller.ts';
import type { Logger } from './platform/logger.ts';
import { platformMessages } from './platform/messages.ts';
import { registerHomePage } from './platform/views/home-page.tsx';
import { registerReferencePages } from './reference/pages.tsx';
import { registerReferenceRoutes } from './reference/routes.ts';
import { ReferenceService } from './reference/service.ts';
import { registerRequestPages } from './requests/pages/index.ts';
import { registerRequestRoutes } from './requests/routes.ts';
import { RequestService } from './requests/service.ts';

export interface AppDependencies {
  config: Config;
  database: Database;
  cookieSecret: string;
  logger?: Logger | undefined;
}

export interface Services {
  reference: ReferenceService;
  requests: RequestService;
}

export async function openServices({
  database,
  config,
}: Pick<AppDependencies, 'database' | 'config'>): Promise<Services> {
  const reference = await ReferenceService.open(database);
  const requests = new RequestService(database, reference, {
    defaultFirstContactDays: config.firstContactWorkingDays,
    draftLifetimeMs: DRAFT_LIFETIME_MS,
  });
  return { reference, requests };
}

/** Unfinished forms are kept a week, then forgotten (they hold personal data). */
const DRAFT_LIFETIME_MS = 7 * 24 * 3600 * 1000;

export async function buildApp(dependencies: AppDependencies) {
  const { config, database } = dependencies;
  const services = await openServices(dependencies);
  const app = await createServer({
    config,
    cookieSecret: dependencies.cookieSecret,
    logger: dependencies.logger,
  });

  registerHealth(app, database);
  registerApiDocs(app);
  registerReferenceRoutes(app, services.reference);
  registerReferencePages(app, services.reference);
  registerRequestRoutes(app, services.requests);
  registerRequestPages(app, services.requests);
  registerHomePage(app, [
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
    new Poller(3_600_000, () => services.requests.purgeExpiredDrafts(), onPollError),
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
