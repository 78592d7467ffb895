import type { FastifyInstance } from 'fastify';
import type { RequestService } from '../service.ts';
import { registerFlow } from './flow.tsx';
import { supportFlow } from './support-flow.tsx';

export function registerRequestPages(app: FastifyInstance, requests: RequestService): void {
  registerFlow(app, supportFlow, requests);
}
