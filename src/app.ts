// The composition root: the platform's server, then each capability's service, API and pages.
// Capabilities talk to each other only through the services created here.

import { registerDirectoryPages } from './directory/pages.tsx';
import { registerDirectoryRoutes } from './directory/routes.ts';
import { DirectoryService } from './directory/service.ts';
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

export interface AppDependencies {
  config: Config;
  database: Database;
  cookieSecret: string;
  logger?: Logger | undefined;
}

export interface Services {
  reference: ReferenceService;
  directory: DirectoryService;
}

export async function openServices({ database }: Pick<AppDependencies, 'database'>): Promise<Services> {
  const reference = await ReferenceService.open(database);
  const directory = await DirectoryService.open(database, reference);
  return { reference, directory };
}

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
  registerDirectoryRoutes(app, services.directory);
  registerDirectoryPages(app, services.directory, services.reference);
  registerHomePage(app, [
    {
      href: (locale) => `/${locale}/find`,
      title: (locale) => platformMessages[locale].home.findTitle,
      body: (locale) => platformMessages[locale].home.findBody,
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
    new Poller(config.directoryRefreshMs, () => services.directory.refresh(), onPollError),
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
