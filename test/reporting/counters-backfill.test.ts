// Sessions recorded before reporting's counters existed are counted by the migration that adds
// them: the counters equal the sessions from the first moment, and keep doing so afterwards.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../src/platform/db/database.ts';
import { testEngines } from '../support/database.ts';
import { assertCountersMatchSessions, countedCells } from './support/cells.ts';
import { openWithSessionsBefore } from './support/sessions-before-counters.ts';

for (const engine of testEngines()) {
  describe(`reporting counters for sessions recorded before them (${engine})`, () => {
    let database: Database;
    let close: () => Promise<void>;
    before(async () => {
      ({ database, close } = await openWithSessionsBefore(engine, 'reporting-counters'));
    });
    after(() => close());

    it('counts the sessions already there, cancelled ones left out', async () => {
      const expected = await countedCells(database.pool);
      assert.equal(
        expected.reduce((sum, cell) => sum + cell.sessions, 0),
        480,
      );
      await assertCountersMatchSessions(database.pool);
    });

    it('keeps counting them as they are cancelled and re-decided afterwards', async () => {
      await database.pool.query('update care_sessions set cancelled = true where seq % 7 = 0');
      await database.pool.query(
        `update care_sessions set reimbursable = false, reason = 'cap-reached' where seq % 3 = 0 and not cancelled`,
      );
      await assertCountersMatchSessions(database.pool);
    });
  });
}
