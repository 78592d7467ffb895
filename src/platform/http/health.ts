import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { NotReady } from '../db/readiness.ts';
import { databaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable.ts';
import { platformMessages } from '../messages.ts';
import { ProblemError, sendProblem } from './problem.ts';

/**
 * Load balancers ask two questions: is the process alive (`/healthz`, never touches the
 * database, so a slow database does not get healthy instances killed) and can it serve
 * (`/readyz`: within two seconds the database answers and takes writes, and the embedded
 * database's folder takes a new file; see db/readiness.ts).
 */
export function registerHealth(app: FastifyInstance, database: Database): void {
  const hide = { schema: { hide: true } };
  app.get('/healthz', hide, async () => ({ status: 'ok' }));
  app.get('/readyz', hide, async (request, reply) => {
    try {
      await database.checkReady(2000);
      return { status: 'ready', database: database.engine };
    } catch (error) {
      const reason =
        error instanceof NotReady ? error.message : (databaseUnavailable(error) ?? String(error));
      request.log.warn({ reason }, `not ready: ${reason}`);
      const detail = platformMessages[request.locale].problems.unavailable;
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return sendProblem(reply, request, new ProblemError(503, 'unavailable', detail));
    }
  });
}
