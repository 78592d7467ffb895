// A clinician's own pages (/{locale}/my/…): their profile and their sessions.
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import type { ReferenceService } from '../../reference/service.ts';
import type { ClinicianSelfService } from '../service.ts';
import { registerProfilePages } from './profile.tsx';
import { registerSessionPages } from './sessions.tsx';

export function registerClinicianPages(
  app: FastifyInstance,
  self: ClinicianSelfService,
  reference: ReferenceService,
  clock: Clock,
): void {
  registerProfilePages(app, self);
  registerSessionPages(app, self, reference, clock);
}
