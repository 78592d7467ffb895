// A database that hangs (a lock held too long, a server or network that stops answering, a
// frozen embedded worker, a pool with no free connection) must not hang requests: past the
// configured limit they answer 503 with Retry-After, and the instance recovers once the
// database does. Work that legitimately takes long runs without the limit.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { DatabaseLimits } from '../../src/platform/db/database.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openBrusselsDatabase, type TestEngine, testEngines } from '../support/database.ts';
import { type DatabaseProxy, startDatabaseProxy } from '../support/database-faults.ts';
import type { TestClient } from '../support/http-client.ts';

/**
 * Small limits so that the tests are quick; the assertions are on the answer, not on the time.
 * Connecting gets more: a loaded test machine opens ten PostgreSQL connections at once slowly.
 */
const LIMITS: DatabaseLimits = { queryMs: 300, connectMs: 2000 };

interface Running {
  t: TestApp;
  client: TestClient;
}

/** Runs `body` against a Passerelle whose database has the small limits, and cleans up whatever happens. */
async function withApp(engine: TestEngine, body: (running: Running) => Promise<void>, proxy?: DatabaseProxy) {
  let t: TestApp | undefined;
  try {
    const database = await openBrusselsDatabase(engine, {
      limits: LIMITS,
      ...(proxy ? { viaPort: proxy.port } : {}),
    });
    t = await startTestApp(engine, {}, database);
    const id = await createPerson(t, { email: 'coordinator@example.be' });
    await body({ t, client: await signedInClient(t, id) });
  } finally {
    proxy?.thaw();
    await t?.close();
    await proxy?.close();
  }
}

async function assertUnavailable(client: TestClient) {
  const response = await client.get('/api/v1/me');
  assert.equal(response.statusCode, 503, response.body);
  assert.match(String(response.headers['retry-after']), /^\d+$/);
  assert.equal((response.json() as { type: string }).type, 'urn:passerelle:problem:unavailable');
}

async function assertServes(client: TestClient) {
  assert.equal((await client.get('/api/v1/me')).statusCode, 200);
}

/** A connection of its own to the test's database, beside the app's pools. */
async function adminConnection(engine: TestEngine, t: TestApp): Promise<pg.Client> {
  const admin = new pg.Client(
    engine === 'postgres'
      ? { connectionString: (t.database.pool.options as { connectionString: string }).connectionString }
      : { host: t.database.embedded!.socketDir, user: 'postgres', database: 'postgres' },
  );
  admin.on('error', () => {});
  await admin.connect();
  return admin;
}

for (const engine of testEngines()) {
  describe(`a hung database answers 503 within the limit (${engine})`, () => {
    test('a statement held up past the limit (a lock elsewhere, or a frozen embedded worker)', () =>
      withApp(engine, async ({ t, client }) => {
        const admin = await adminConnection(engine, t);
        try {
          await assertServes(client);
          let frozen: Promise<unknown> = Promise.resolve();
          if (engine === 'postgres') {
            await admin.query('begin');
            await admin.query('lock table sessions in access exclusive mode');
          } else {
            // PGlite runs one statement at a time in its worker: this one keeps it busy for 3 s.
            frozen = admin.query('select pg_sleep(3)');
          }
          await assertUnavailable(client);
          if (engine === 'postgres') await admin.query('rollback');
          await frozen;
          await assertServes(client);
        } finally {
          await admin.end().catch(() => {});
        }
      }));

    test('no connection free in the pool within the limit', () =>
      withApp(engine, async ({ t, client }) => {
        const max = (t.database.pool.options as { max: number }).max;
        const taken = await Promise.all(Array.from({ length: max }, () => t.database.pool.connect()));
        try {
          await assertUnavailable(client);
        } finally {
          for (const connection of taken) connection.release();
        }
        await assertServes(client);
      }));

    test('long work (migrations, the statement fold, commands) has no statement limit', () =>
      withApp(engine, async ({ t }) => {
        const slow = sql`select pg_sleep(0.6)`;
        const limited = await t.database.db.execute(slow).then(
          () => 'answered',
          () => 'stopped at the limit',
        );
        assert.equal(limited, 'stopped at the limit');
        await t.database.longWork.db.execute(slow);
        assert.equal(await t.services.care.foldStatementChanges(), 0);
      }));
  });
}

if (testEngines().includes('postgres')) {
  describe('a PostgreSQL server that stops answering', () => {
    test('answers 503 within the limit, and serves again once the server answers', async () => {
      const proxy = await startDatabaseProxy(process.env.TEST_DATABASE_URL!);
      await withApp(
        'postgres',
        async ({ client }) => {
          await assertServes(client);
          proxy.freeze();
          await assertUnavailable(client);
          proxy.thaw();
          await assertServes(client);
        },
        proxy,
      );
    });
  });
}
