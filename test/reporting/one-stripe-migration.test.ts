// Migration 0040 puts every counter row on stripe 0: the fold is the counters' only writer, so
// spreading rows over stripes only multiplied the rows each fold writes. Counters folded before
// it, over 32 stripes, are merged without changing a figure, and what is folded afterwards lands
// on stripe 0. The fold also runs without JIT and with room to sort in memory, settings that a
// later migration replacing the function would silently drop.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type pg from 'pg';
import type { Database } from '../../src/platform/db/database.ts';
import { foldPendingChanges } from '../../src/reporting/pending.ts';
import { testEngines } from '../support/database.ts';
import { assertCountersMatchSessions } from './support/cells.ts';
import { cancelAndRedecideSome, openWithSessionsBefore } from './support/sessions-before-counters.ts';

const COUNTERS = ['reporting_session_counts', 'reporting_patient_counts', 'reporting_quarter_bands'];
const ONE_STRIPE_EACH = Object.fromEntries(COUNTERS.map((table) => [table, 1]));

async function stripesIn(pool: pg.Pool): Promise<Record<string, number>> {
  const stripes: Record<string, number> = {};
  for (const table of COUNTERS) {
    const result = await pool.query(`select count(distinct stripe)::int as n from ${table}`);
    stripes[table] = result.rows[0].n;
  }
  return stripes;
}

for (const engine of testEngines()) {
  describe(`reporting's counters on one stripe, with counters folded over 32 before (${engine})`, () => {
    let database: Database;
    let close: () => Promise<void>;
    let stripesBefore: Record<string, number> = {};
    before(async () => {
      ({ database, close } = await openWithSessionsBefore(engine, 'reporting-one-stripe', async (old) => {
        await foldPendingChanges(old.pool);
        stripesBefore = await stripesIn(old.pool);
      }));
    });
    after(() => close());

    it('merges the rows of every stripe onto stripe 0, and every figure stays the same', async () => {
      // 200 patients spread over 32 stripes: each counter table used more than one.
      for (const table of COUNTERS) assert.ok(stripesBefore[table]! > 1, `${table} used several stripes`);
      assert.deepEqual(await stripesIn(database.pool), ONE_STRIPE_EACH);
      const zero = await database.pool.query(
        'select count(*)::int as n from reporting_patient_counts where stripe <> 0',
      );
      assert.equal(zero.rows[0].n, 0);
      await assertCountersMatchSessions(database.pool);
    });

    it('folds later cancellations and re-decisions onto stripe 0, with the same figures as the sessions', async () => {
      await cancelAndRedecideSome(database);
      await assertCountersMatchSessions(database.pool);
      assert.deepEqual(await stripesIn(database.pool), ONE_STRIPE_EACH);
    });

    it('folds without JIT and with memory to sort a whole batch', async () => {
      const result = await database.pool.query<{ settings: string[] }>(
        `select proconfig as settings from pg_proc where proname = 'reporting_fold_pending'`,
      );
      assert.deepEqual(result.rows[0]?.settings.sort(), ['jit=off', 'work_mem=64MB']);
    });
  });
}
