// Migration 0037 gives reporting's queue one column holding a whole cell, instead of the cells'
// columns repeated in their order. Changes queued before it are folded by it: none is lost with
// the old table, and what is queued afterwards folds the same way.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../src/platform/db/database.ts';
import { testEngines } from '../support/database.ts';
import { assertCountersMatchSessions } from './support/cells.ts';
import { cancelAndRedecideSome, openWithSessionsBefore } from './support/sessions-before-counters.ts';

const queued = async (database: Database) =>
  (await database.pool.query('select count(*)::int as n from reporting_pending_cells')).rows[0].n as number;

for (const engine of testEngines()) {
  describe(`reporting's queue, with changes queued before it held whole cells (${engine})`, () => {
    let database: Database;
    let close: () => Promise<void>;
    let queuedBefore = 0;
    before(async () => {
      ({ database, close } = await openWithSessionsBefore(
        engine,
        'reporting-queue-holds-cells',
        async (old) => {
          queuedBefore = await queued(old);
        },
      ));
    });
    after(() => close());

    it('folds what was queued before, so the counters are right without another fold', async () => {
      // 600 sessions queued once each, and the 120 cancelled queued again with -1.
      assert.equal(queuedBefore, 720);
      assert.equal(await queued(database), 0);
      await assertCountersMatchSessions(database.pool);
    });

    it('queues later changes as whole cells, which fold to the same counters', async () => {
      await cancelAndRedecideSome(database);
      const cells = await database.pool.query<{ month: string; sessions: number }>(
        'select (cell).month::text as month, (cell).sessions as sessions from reporting_pending_cells',
      );
      assert.ok(cells.rows.length > 0);
      assert.ok(cells.rows.every((row) => /^2025-\d\d-01$/.test(row.month) && Math.abs(row.sessions) === 1));
      await assertCountersMatchSessions(database.pool);
      assert.equal(await queued(database), 0);
    });
  });
}
