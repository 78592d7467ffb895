// A cancellation that was stored is answered as stored (issue 11, reliability): once the
// transaction commits, the answer must not depend on reading the database again. Here every
// read of the care tables fails from the commit on, as when the database goes away right then;
// the answer is still 200 with the cancellation and its log.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type pg from 'pg';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

type Query = (...args: unknown[]) => unknown;

/** From the next COMMIT on, every query of the pool that touches care fails, until `restore`. */
function failCareReadsAfterCommit(pool: pg.Pool) {
  let committed = false;
  const touchesCare = (config: unknown) => {
    const text = typeof config === 'string' ? config : String((config as pg.QueryConfig)?.text ?? '');
    const name = typeof config === 'object' ? String((config as pg.QueryConfig)?.name ?? '') : '';
    return /care/i.test(text) || name.startsWith('care-');
  };
  const poolQuery = pool.query;
  const poolConnect = pool.connect;
  const patched = new Map<pg.PoolClient, Query>();
  pool.query = ((...args: unknown[]) => {
    if (committed && touchesCare(args[0])) return Promise.reject(new Error('connection terminated'));
    return (poolQuery as Query).apply(pool, args);
  }) as typeof pool.query;
  pool.connect = (async (...args: unknown[]) => {
    // pool.query itself connects with a callback: that path stays as it was.
    if (args.length > 0) return (poolConnect as Query).apply(pool, args);
    const client = await (poolConnect as () => Promise<pg.PoolClient>).call(pool);
    if (!patched.has(client)) {
      const clientQuery = client.query as Query;
      patched.set(client, clientQuery);
      client.query = ((...args: unknown[]) => {
        if (committed && touchesCare(args[0])) return Promise.reject(new Error('connection terminated'));
        const result = clientQuery.apply(client, args);
        if (typeof args[0] === 'string' && /^\s*commit\b/i.test(args[0]))
          (result as Promise<unknown>).then(() => {
            committed = true;
          });
        return result;
      }) as typeof client.query;
    }
    return client;
  }) as typeof pool.connect;
  return {
    get committed() {
      return committed;
    },
    restore() {
      pool.query = poolQuery;
      pool.connect = poolConnect;
      for (const [client, query] of patched) client.query = query as typeof client.query;
    },
  };
}

for (const engine of testEngines()) {
  describe(`a stored cancellation is answered from its transaction (${engine})`, () => {
    let t: TestApp;
    let a: { id: string; locations: string[] };
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      a = (await addClinicians(t.services.directory, [clinician('Adam', ['brumenta'])]))[0]!;
    });
    after(() => t.close());

    it('answers 200 with the cancellation when reading after the commit fails', async () => {
      const recorded = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(a),
      });
      assert.equal(recorded.statusCode, 201, recorded.body);
      const id = recorded.json().id as string;

      const fault = failCareReadsAfterCommit(t.database.pool);
      let response: Awaited<ReturnType<typeof t.app.inject>>;
      try {
        response = await t.app.inject({
          method: 'POST',
          url: `/api/v1/sessions/${id}/cancel?lang=en`,
          headers: auth,
          payload: { reason: 'Entered twice' },
        });
      } finally {
        fault.restore();
      }
      assert.ok(fault.committed, 'the cancellation was committed');
      assert.equal(response.statusCode, 200, response.body);
      const answer = response.json();
      assert.equal(answer.session.id, id);
      assert.equal(answer.session.cancelled, true);
      assert.deepEqual(
        answer.session.events.map((e: { kind: string; note: string | null }) => [e.kind, e.note]),
        [
          ['recorded', null],
          ['cancelled', 'Entered twice'],
        ],
      );
      assert.deepEqual(answer.changes, []);

      // And it is what the database holds.
      const read = await t.app.inject({ url: `/api/v1/sessions/${id}`, headers: auth });
      assert.equal(read.json().cancelled, true);
    });
  });
}
