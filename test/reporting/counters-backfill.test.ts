// Sessions recorded before reporting's counters existed are counted by the migration that adds
// them: the counters equal the sessions from the first moment, and keep doing so afterwards.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { loadYear } from '../../bench/care-data.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { MIGRATIONS_FOLDER } from '../../src/platform/db/migrate.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';
import {
  countedCells,
  countedPatientCounts,
  countedQuarters,
  countedSessionCounts,
  keptCells,
  keptPatientCounts,
  keptQuarters,
  keptSessionCounts,
} from './support/cells.ts';

async function assertCountersMatchSessions(database: Database) {
  assert.deepEqual(await keptCells(database.pool), await countedCells(database.pool));
  assert.deepEqual(await keptSessionCounts(database.pool), await countedSessionCounts(database.pool));
  assert.deepEqual(await keptPatientCounts(database.pool), await countedPatientCounts(database.pool));
  assert.deepEqual(await keptQuarters(database.pool), await countedQuarters(database.pool));
}

for (const engine of testEngines()) {
  describe(`reporting counters for sessions recorded before them (${engine})`, () => {
    let database: Database;
    let folder: string;
    before(async () => {
      database = await openTestDatabase(engine, { migrated: false });
      folder = mkdtempSync(join(tmpdir(), 'passerelle-migrations-'));
      cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
      const journalPath = join(folder, 'meta', '_journal.json');
      const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
      const counters = journal.entries.findIndex((entry: { tag: string }) =>
        entry.tag.endsWith('reporting-counters'),
      );
      assert.ok(counters > 0);
      writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, counters) }));
      const client = await database.pool.connect();
      try {
        await migrate(drizzle(client), { migrationsFolder: folder });
        await loadYear(database.pool, { sessions: 600, patients: 200, clinicians: 10 }, 600);
        await database.pool.query('update care_sessions set cancelled = true where seq % 5 = 0');
        await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        client.release();
      }
    });
    after(async () => {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('counts the sessions already there, cancelled ones left out', async () => {
      const expected = await countedCells(database.pool);
      assert.equal(
        expected.reduce((sum, cell) => sum + cell.sessions, 0),
        480,
      );
      await assertCountersMatchSessions(database);
    });

    it('keeps counting them as they are cancelled and re-decided afterwards', async () => {
      await database.pool.query('update care_sessions set cancelled = true where seq % 7 = 0');
      await database.pool.query(
        `update care_sessions set reimbursable = false, reason = 'cap-reached' where seq % 3 = 0 and not cancelled`,
      );
      await assertCountersMatchSessions(database);
    });
  });
}
