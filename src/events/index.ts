// The events capability as the composition root registers it: its service, API, pages and the
// reminder job (two days before each event), in one call.

import type { FastifyInstance } from 'fastify';
import type { CareService } from '../care/service.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { logFailure } from '../platform/db/unavailable.ts';
import { Poller } from '../platform/jobs/poller.ts';
import { LinkSealer } from '../platform/outbox/index.ts';
import type { ReferenceService } from '../reference/service.ts';
import type { RequestService } from '../requests/service.ts';
import { CareGroups } from './care-groups.ts';
import { RequestEvents } from './from-request.ts';
import { registerEventPages } from './pages.tsx';
import { requestEventPanel } from './request-pages.tsx';
import { registerEventRoutes } from './routes.ts';
import { EventService } from './service.ts';

export interface EventDependencies {
  database: Database;
  reference: ReferenceService;
  clock: Clock;
  publicUrl: string;
  /** The cookie secret: cancel links are sealed and their tokens derived with keys made from it. */
  cookieSecret: string;
  /** How often reminders due are queued (ms). */
  reminderPollMs?: number;
  /** GP requests: a knowledge-session request becomes an event from its case page. */
  requests?: RequestService;
  /** Care: a group session's attendance records each present participant's care session. */
  care?: CareService;
}

export function registerEvents(app: FastifyInstance, dependencies: EventDependencies): EventService {
  const events = new EventService(dependencies.database, dependencies.reference, {
    publicUrl: dependencies.publicUrl,
    sealer: new LinkSealer(dependencies.cookieSecret),
    secret: dependencies.cookieSecret,
    clock: dependencies.clock,
  });
  registerEventRoutes(app, events);
  const requests = dependencies.requests;
  const fromRequests = requests ? new RequestEvents(dependencies.database, events, requests) : null;
  if (requests && fromRequests) requests.casePanels.push(requestEventPanel(fromRequests));
  const careGroups = dependencies.care
    ? new CareGroups(dependencies.database, events, dependencies.care)
    : null;
  registerEventPages(app, events, fromRequests, careGroups);
  const reminders = new Poller(
    dependencies.reminderPollMs ?? 10 * 60_000,
    () => events.sendDueReminders(),
    (error) => logFailure(app.log, error, 'queueing event reminders failed'),
  );
  app.addHook('onReady', async () => {
    reminders.start();
  });
  app.addHook('onClose', async () => {
    await reminders.stop();
  });
  return events;
}
