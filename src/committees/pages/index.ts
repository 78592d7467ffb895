import type { FastifyInstance } from 'fastify';
import type { CommitteeService } from '../service.ts';
import { registerBodyPages } from './bodies.tsx';
import { registerMeetingPages } from './meeting.tsx';
import { registerMinutesPage } from './minutes.tsx';
import type { NetworkName } from './shared.ts';

/** /{locale}/committees: bodies and meetings, a meeting's page, its minutes. */
export function registerCommitteePages(
  app: FastifyInstance,
  committees: CommitteeService,
  networkName: NetworkName,
) {
  registerBodyPages(app, committees, networkName);
  registerMeetingPages(app, committees, networkName);
  registerMinutesPage(app, committees, networkName);
}
