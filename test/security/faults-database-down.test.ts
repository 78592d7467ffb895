// A database that is down, refuses connections or drops them in the middle of a request: every
// request that needs it answers 503 (problem+json for the API, an error page for people) with
// Retry-After, never 500, and the log says in one line per failure that the database is
// unreachable, without a stack trace.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pg from 'pg';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openBrusselsDatabase, type TestEngine, testEngines } from '../support/database.ts';
import {
  capturedLogger,
  type DatabaseProxy,
  eventually,
  type LogLine,
  startDatabaseProxy,
} from '../support/database-faults.ts';
import type { TestClient } from '../support/http-client.ts';

async function startApp(engine: TestEngine, proxy?: DatabaseProxy) {
  const { logger, lines } = capturedLogger();
  const database = await openBrusselsDatabase(engine, proxy ? { viaPort: proxy.port } : {});
  const t = await startTestApp(engine, {}, database, { logger });
  const id = await createPerson(t, { email: 'coordinator@example.be' });
  const client = await signedInClient(t, id);
  return { t, lines, client };
}

function assertUnavailable(response: { statusCode: number; headers: Record<string, unknown> }) {
  assert.equal(response.statusCode, 503);
  assert.match(String(response.headers['retry-after']), /^\d+$/);
}

async function assertAnswersUnavailable(client: TestClient) {
  const api = await client.get('/api/v1/me');
  assertUnavailable(api);
  assert.match(String(api.headers['content-type']), /^application\/problem\+json/);
  const problem = api.json() as { status: number; type: string; detail: string };
  assert.equal(problem.status, 503);
  assert.equal(problem.type, 'urn:passerelle:problem:unavailable');
  assert.equal(problem.detail, 'Service momentanément indisponible.');

  const page = await client.get('/fr');
  assertUnavailable(page);
  assert.match(String(page.headers['content-type']), /^text\/html/);
  assert.match(page.body, /Le service est momentanément indisponible/);
}

/** One error line per failed request, saying why, with no stack trace. */
function assertLoggedUnreachable(lines: LogLine[], failures: number) {
  const failed = lines.filter((line) => line.level >= 50 && line.msg.startsWith('request failed'));
  assert.equal(failed.length, failures, JSON.stringify(failed));
  for (const line of failed) {
    assert.match(line.msg, /database unreachable, \w/);
    assert.equal(line.err, undefined);
    assert.doesNotMatch(JSON.stringify(line), /\n\s+at /);
  }
}

for (const engine of testEngines()) {
  describe(`a database that is down answers 503, not 500 (${engine})`, () => {
    test('a database that refuses connections', async () => {
      const proxy =
        engine === 'postgres' ? await startDatabaseProxy(process.env.TEST_DATABASE_URL!) : undefined;
      const { t, lines, client } = await startApp(engine, proxy);
      try {
        assert.equal((await client.get('/api/v1/me')).statusCode, 200);
        // PostgreSQL: nothing listens on its port any more. Embedded: its worker is stopped.
        if (proxy) await proxy.refuse();
        else await t.database.embedded!.stop();
        await assertAnswersUnavailable(client);
        await assertAnswersUnavailable(client);
        assertLoggedUnreachable(lines, 4);
      } finally {
        await t.close();
        await proxy?.close();
      }
    });

    test('a connection cut in the middle of a request', async () => {
      const { t, lines, client } = await startApp(engine);
      let holder: pg.Client | undefined;
      try {
        holder = await holdDatabase(engine, t);
        const answer = client.get('/api/v1/me');
        // The request is now waiting on the database: cut its connection.
        if (engine === 'postgres') await terminateWaitingBackends(t);
        else {
          await eventually(
            () => (t.database.pool.totalCount > t.database.pool.idleCount ? true : undefined),
            'a query in flight',
          );
          await t.database.embedded!.stop();
        }
        assertUnavailable(await answer);
        assertLoggedUnreachable(lines, 1);
      } finally {
        await holder?.end().catch(() => {});
        await t.close();
      }
    });
  });
}

/**
 * Another connection holds what the request needs: on PostgreSQL a lock on the sessions table,
 * embedded an open transaction (which has the database to itself until it ends).
 */
async function holdDatabase(engine: TestEngine, t: TestApp): Promise<pg.Client> {
  const connection =
    engine === 'postgres'
      ? { connectionString: currentUrl(t) }
      : { host: t.database.embedded!.socketDir, user: 'postgres', database: 'postgres' };
  const holder = new pg.Client(connection);
  holder.on('error', () => {});
  await holder.connect();
  await holder.query('begin');
  if (engine === 'postgres') await holder.query('lock table sessions in access exclusive mode');
  return holder;
}

function currentUrl(t: TestApp): string {
  return (t.database.pool.options as { connectionString: string }).connectionString;
}

async function terminateWaitingBackends(t: TestApp): Promise<void> {
  const admin = new pg.Client({ connectionString: currentUrl(t) });
  await admin.connect();
  try {
    const database = (await admin.query<{ name: string }>('select current_database() as name')).rows[0]!.name;
    await eventually(async () => {
      const { rowCount } = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = $1 and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
        [database],
      );
      return rowCount ? true : undefined;
    }, 'a request waiting on the lock');
  } finally {
    await admin.end();
  }
}
