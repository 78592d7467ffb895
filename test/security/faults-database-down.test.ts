// A database that is down, refuses connections or drops them in the middle of a request: every
// request that needs it answers 503 (problem+json for the API, an error page for people) with
// Retry-After, never 500, and the log says in one line per failure that the database is
// unreachable, without a stack trace.

import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../../src/platform/db/database.ts';
import { databaseUnavailable, markDatabaseError } from '../../src/platform/db/unavailable.ts';
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

for (const engine of testEngines()) {
  test(`a connection cut between two queries of a transaction does not end the process (${engine})`, async () => {
    const database = await openBrusselsDatabase(engine);
    try {
      const held = await database.pool.connect();
      await held.query('begin');
      // Between two queries nobody is waiting on this connection: before, the driver's 'error'
      // event had no listener and ended the whole process.
      if (engine === 'postgres') {
        const { rows } = await held.query<{ pid: number }>('select pg_backend_pid() as pid');
        const admin = new pg.Client({
          connectionString: (database.pool.options as { connectionString: string }).connectionString,
        });
        await admin.connect();
        await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
        await admin.end();
      } else {
        await database.embedded!.stop();
      }
      const failure = await eventually(
        () =>
          held.query('select 1').then(
            () => undefined,
            (error: unknown) => error,
          ),
        'the connection to be seen cut',
      );
      assert.ok(databaseUnavailable(failure), String(failure));
      held.release(failure as Error);
    } finally {
      await database.close();
    }
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

describe('every way the driver or PostgreSQL says the database cannot serve is recognised', () => {
  const marked = (error: object) => {
    markDatabaseError(error);
    return error;
  };
  const sqlState = (code: string) => marked(Object.assign(new Error(`server said ${code}`), { code }));

  test('server states, connection failures and time limits, wrapped or not', () => {
    const unavailable = [
      sqlState('57P01'), // admin_shutdown (pg_terminate_backend, a restart)
      sqlState('57P02'), // crash_shutdown
      sqlState('57P03'), // cannot_connect_now (starting up, shutting down)
      sqlState('57014'), // query_canceled (statement_timeout)
      sqlState('08006'), // connection_failure
      sqlState('08001'), // sqlclient_unable_to_establish_sqlconnection
      sqlState('53300'), // too_many_connections
      sqlState('53100'), // disk_full
      sqlState('25006'), // read_only_sql_transaction (a standby after a failover)
      sqlState('58030'), // io_error
      marked(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })),
      marked(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' })),
      marked(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' })),
      marked(Object.assign(new Error('getaddrinfo ENOTFOUND db'), { code: 'ENOTFOUND' })),
      marked(Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' })),
      marked(
        Object.assign(new Error('connect ENOENT /x/.s.PGSQL.5432'), { code: 'ENOENT', syscall: 'connect' }),
      ),
      marked(new Error('timeout exceeded when trying to connect')),
      marked(new Error('Connection terminated due to connection timeout')),
      marked(new Error('Connection terminated unexpectedly')),
      marked(new Error('Query read timeout')),
      marked(new Error('Client has encountered a connection error and is not queryable')),
      // drizzle wraps the driver's error
      new Error('Failed query: select 1', { cause: sqlState('57P01') }),
    ];
    for (const error of unavailable) assert.ok(databaseUnavailable(error), String(error));
  });

  test('other failures are not taken for an outage', () => {
    const others = [
      sqlState('23505'), // unique_violation: a bug or a race, not an outage
      sqlState('42P01'), // undefined_table
      sqlState('40001'), // serialization_failure
      marked(Object.assign(new Error('open ENOENT /data/files/x'), { code: 'ENOENT', syscall: 'open' })),
      // Not from the database driver: an SMTP server that refuses is the outbox's business.
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
    ];
    for (const error of others) assert.equal(databaseUnavailable(error), null, String(error));
  });

  test('a PostgreSQL URL where nothing listens', async () => {
    const nobody = createServer();
    await new Promise<void>((resolve) => nobody.listen(0, '127.0.0.1', resolve));
    const port = (nobody.address() as { port: number }).port;
    await new Promise((resolve) => nobody.close(resolve));
    const database = await openDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/passerelle`,
      dataDir: tmpdir(),
    });
    try {
      const error = await database.db.execute(sql`select 1`).then(
        () => null,
        (failure: unknown) => failure,
      );
      assert.match(String(databaseUnavailable(error)), /refused the connection \(ECONNREFUSED\)/);
    } finally {
      await database.close();
    }
  });
});
