// Issue 11, Low: nobody learns which addresses have an account. Signing in with an unknown
// address, with a wrong password, or on a locked account gives the same answer, byte for byte,
// after the same work (one scrypt, the same database statements); asking for a password reset
// gives the same answer after the same database statements whether or not a message is queued.
// The work is compared rather than the wall-clock time, which a test cannot measure reliably.

import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/platform/db/database.ts';
import { createPerson, PASSWORD } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

interface Work {
  status: number;
  /** The page, with what differs by nature (the CSRF token, the address typed) taken out. */
  page: string;
  scrypts: number;
  statements: string[];
}

const request = new AsyncLocalStorage<{ scrypts: number; statements: string[] }>();

/** Counts scrypt calls made on behalf of the request being measured. */
function countScrypt(): () => void {
  const original = crypto.scrypt;
  crypto.scrypt = ((...args: Parameters<typeof crypto.scrypt>) => {
    const work = request.getStore();
    if (work) work.scrypts++;
    return (original as (...a: unknown[]) => void)(...args);
  }) as typeof crypto.scrypt;
  syncBuiltinESMExports();
  return () => {
    crypto.scrypt = original;
    syncBuiltinESMExports();
  };
}

/** Records the SQL text of every statement sent on behalf of the request being measured. */
function recordStatements(database: Database): void {
  const patched = new WeakSet<object>();
  database.pool.on('acquire', (client) => {
    if (patched.has(client)) return;
    patched.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const first = args[0] as string | { text: string };
      request.getStore()?.statements.push(typeof first === 'string' ? first : first.text);
      return query(...args);
    };
  });
}

async function measure(typed: string, send: () => ReturnType<TestClient['post']>): Promise<Work> {
  const work = { scrypts: 0, statements: [] as string[] };
  const response = await request.run(work, send);
  const page = response.body
    .replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value=""')
    .replaceAll(typed, '<address>');
  return { status: response.statusCode, page, ...work };
}

for (const engine of testEngines()) {
  describe(`which addresses have an account cannot be told (${engine})`, () => {
    let t: TestApp;
    let restoreScrypt: () => void;
    before(async () => {
      t = await startTestApp(engine, {
        OUTBOX_POLL_MS: '3600000',
        DIRECTORY_REFRESH_MS: '3600000',
        LOGIN_MAX_FAILURES: '3',
      });
      await createPerson(t, { email: 'known@practice.example', password: PASSWORD });
      await createPerson(t, { email: 'locked@practice.example', password: PASSWORD });
      recordStatements(t.database);
      restoreScrypt = countScrypt();
    });
    after(async () => {
      restoreScrypt();
      await t.close();
    });

    const signIn = async (email: string, password: string) => {
      const client = new TestClient(t);
      await client.get('/fr/sign-in');
      return measure(email, () => client.post('/fr/sign-in', { email, password }));
    };

    it('answers a sign-in the same for an unknown address, a wrong password and a locked account', async () => {
      for (let n = 0; n < 3; n++) await signIn('locked@practice.example', 'pas le bon mot de passe');
      const unknown = await signIn('nobody@practice.example', 'pas le bon mot de passe');
      const wrong = await signIn('known@practice.example', 'pas le bon mot de passe');
      const locked = await signIn('locked@practice.example', 'pas le bon mot de passe');
      const lockedRight = await signIn('locked@practice.example', PASSWORD);

      assert.equal(unknown.status, 401);
      for (const other of [wrong, locked, lockedRight]) {
        assert.equal(other.status, unknown.status);
        assert.equal(other.page, unknown.page, 'the same page, byte for byte');
      }
      for (const work of [unknown, wrong, locked, lockedRight])
        assert.equal(work.scrypts, 1, 'one scrypt each');
      assert.ok(unknown.statements.length > 0, 'statements are recorded');
      for (const other of [wrong, locked, lockedRight])
        assert.deepEqual(other.statements, unknown.statements, 'the same database statements');
    });

    it('answers a password reset request the same, after the same statements, queued or not', async () => {
      const ask = async (email: string) => {
        const client = new TestClient(t);
        await client.get('/fr/forgot-password');
        return measure(email, () => client.post('/fr/forgot-password', { email }));
      };
      const unknown = await ask('stranger@practice.example');
      const known = await ask('known@practice.example');
      assert.equal(known.status, 200);
      assert.equal(known.status, unknown.status);
      assert.equal(known.page, unknown.page, 'the same page, byte for byte');
      assert.ok(unknown.statements.length > 0);
      assert.deepEqual(known.statements, unknown.statements, 'the same database statements');
      const queued = await t.database.db.execute<{ recipient: string }>(
        sql`select recipient from outbox_messages where topic = 'auth.reset'`,
      );
      assert.deepEqual(
        queued.rows.map((row) => row.recipient),
        ['known@practice.example'],
      );
    });
  });
}
