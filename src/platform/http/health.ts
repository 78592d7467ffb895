import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { platformMessages } from '../messages.ts';
import { ProblemError, sendProblem } from './problem.ts';

/**
 * Load balancers ask two questions: is the process alive (`/healthz`, never touches the
 * database, so a slow database does not get healthy instances killed) and can it serve
 * (`/readyz`, the database answers within two seconds).
 */
export function registerHealth(app: FastifyInstance, database: Database): void {
  const hide = { schema: { hide: true } };
  app.get('/healthz', hide, async () => ({ status: 'ok' }));
  app.get('/readyz', hide, async (request, reply) => {
    try {
      await database.ping(2000);
      return { status: 'ready', database: database.engine };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      const detail = platformMessages[request.locale].problems.unavailable;
      return sendProblem(reply, request, new ProblemError(503, 'unavailable', detail));
    }
  });
}
