// Readers fold the queued recordings before reading (src/reporting/pending.ts). A dashboard reads
// several counters at once: these tests check that they share folds without missing a change.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type pg from 'pg';
import type { Database } from '../../src/platform/db/database.ts';
import { foldPendingChanges } from '../../src/reporting/pending.ts';
import { countSessions } from '../../src/reporting/store.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';

/** A pool whose folds end when the test says so; counts the folds started. */
function heldPool() {
  const folds: { resolve: (folded: number) => void }[] = [];
  const pool = {
    query: () =>
      new Promise((resolve) => {
        folds.push({ resolve: (folded) => resolve({ rows: [{ folded }] }) });
      }),
  } as unknown as pg.Pool;
  return { pool, folds };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('folding before reading', () => {
  it('lets the readers who come while a fold runs share the one fold after it', async () => {
    const { pool, folds } = heldPool();
    const first = foldPendingChanges(pool);
    await tick();
    // These may have recorded after the running fold took the queue: they need a fold of their own.
    const second = foldPendingChanges(pool);
    const third = foldPendingChanges(pool);
    await tick();
    assert.equal(folds.length, 1, 'nothing more starts while a fold runs');
    folds[0]!.resolve(4);
    assert.equal(await first, 4);
    await tick();
    assert.equal(folds.length, 2, 'one fold follows, for both readers who waited');
    folds[1]!.resolve(2);
    assert.equal(await second, 2);
    assert.equal(await third, 2);
  });

  it('starts a fold of its own for a reader who comes once the folds are over', async () => {
    const { pool, folds } = heldPool();
    const first = foldPendingChanges(pool);
    await tick();
    folds[0]!.resolve(1);
    await first;
    const later = foldPendingChanges(pool);
    await tick();
    assert.equal(folds.length, 2);
    folds[1]!.resolve(0);
    assert.equal(await later, 0);
  });

  it('goes on folding for the readers who waited when the fold before them failed', async () => {
    const { pool, folds } = heldPool();
    let calls = 0;
    const failing = {
      query: () => (calls++ === 0 ? Promise.reject(new Error('connection lost')) : pool.query('')),
    } as unknown as pg.Pool;
    const first = foldPendingChanges(failing);
    const waiting = foldPendingChanges(failing);
    await assert.rejects(first, /connection lost/);
    await tick();
    folds[0]!.resolve(3);
    assert.equal(await waiting, 3);
  });
});

for (const engine of testEngines()) {
  describe(`reporting's queue of recordings (${engine})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    it('counts sessions recorded in many transactions, read by many readers at once', async () => {
      const insert = (patient: string, day: number) =>
        database.pool.query(
          `insert into care_sessions (patient_key, clinician_id, network_id, location_id, date, birth_date, bim,
             function, mode, network_type, functional_assessment, reimbursable, reason, session_number, cap,
             copay_cents, first_session_free, convention)
           values ($1, gen_random_uuid(), 'brumenta', gen_random_uuid(), make_date(2026, 3, $2), '1980-01-01',
             false, 'support', 'individual', 'adult', false, true, null, 1, 8, 1100, false, 'standard')`,
          [patient, day],
        );
      const query = { networkId: 'brumenta', from: '2026-01', to: '2026-12' } as const;
      await Promise.all(Array.from({ length: 30 }, (_, i) => insert(`patient-${i % 12}`, 1 + (i % 28))));
      const reads = await Promise.all(
        Array.from({ length: 6 }, () => countSessions(database.pool, query, [])),
      );
      for (const rows of reads) assert.deepEqual(rows, [{ keys: {}, sessions: 30, patients: 12 }]);
      await insert('patient-new', 2);
      assert.deepEqual(await countSessions(database.pool, query, []), [
        { keys: {}, sessions: 31, patients: 13 },
      ]);
      const queued = await database.pool.query('select count(*)::int as n from reporting_pending_cells');
      assert.equal(queued.rows[0].n, 0, 'the readers folded the whole queue');
    });
  });
}
