// Standing arrangements as the composition root registers them: the service, the panel on a GP's
// case-advice request, the coordinator's form and both sides' pages, in one call.

import type { FastifyInstance } from 'fastify';
import type { FirstLineHoursService } from '../budget/first-line-hours.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { LinkSealer } from '../platform/outbox/index.ts';
import type { ReferenceService } from '../reference/service.ts';
import type { RequestService } from '../requests/service.ts';
import { arrangementPanel, registerCreatePages } from './create-page.tsx';
import { ownRequestArrangementPanel } from './own-request-panel.tsx';
import { registerArrangementPages } from './pages.tsx';
import { ArrangementService } from './service.ts';

export interface ArrangementDependencies {
  database: Database;
  reference: ReferenceService;
  requests: RequestService;
  /** The clinician's logged slots are first-line support hours on the request's case. */
  hours: FirstLineHoursService;
  clock: Clock;
  publicUrl: string;
  /** The cookie secret: the GP's links are sealed and their tokens derived with keys made from it. */
  cookieSecret: string;
}

export function registerArrangements(
  app: FastifyInstance,
  dependencies: ArrangementDependencies,
): ArrangementService {
  const arrangements = new ArrangementService(
    dependencies.database,
    dependencies.requests,
    dependencies.hours,
    {
      publicUrl: dependencies.publicUrl,
      sealer: new LinkSealer(dependencies.cookieSecret),
      secret: dependencies.cookieSecret,
      clock: dependencies.clock,
    },
  );
  dependencies.requests.casePanels.push(arrangementPanel(arrangements));
  dependencies.requests.ownRequestPanels.push(ownRequestArrangementPanel(arrangements));
  registerCreatePages(app, arrangements);
  registerArrangementPages(app, arrangements, dependencies.reference);
  return arrangements;
}
