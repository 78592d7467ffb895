// A database whose sessions were recorded before a migration that adds counters: migrated up to
// the migration before it, given a year of sessions (one in five cancelled), then migrated to the
// end. Reporting's and care's counter tests both check that their migration counts what is there.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { loadYear } from '../../../bench/care-data.ts';
import type { Database } from '../../../src/platform/db/database.ts';
import { MIGRATIONS_FOLDER } from '../../../src/platform/db/migrate.ts';
import { openTestDatabase, type TestEngine } from '../../support/database.ts';

/**
 * 600 sessions, 120 of them cancelled, recorded before the migration whose tag ends with
 * `tagSuffix`; `beforeMigrating` may then do what the platform did back then (fold, say).
 */
export async function openWithSessionsBefore(
  engine: TestEngine,
  tagSuffix: string,
  beforeMigrating: (database: Database) => Promise<void> = async () => {},
): Promise<{ database: Database; close(): Promise<void> }> {
  const database = await openTestDatabase(engine, { migrated: false });
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-migrations-'));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const upTo = journal.entries.findIndex((entry: { tag: string }) => entry.tag.endsWith(tagSuffix));
  assert.ok(upTo > 0, `a migration tagged …${tagSuffix}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
  const client = await database.pool.connect();
  try {
    await migrate(drizzle(client), { migrationsFolder: folder });
    await loadYear(database.pool, { sessions: 600, patients: 200, clinicians: 10 }, 600);
    await database.pool.query('update care_sessions set cancelled = true where seq % 5 = 0');
    await beforeMigrating(database);
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    client.release();
  }
  return {
    database,
    close: async () => {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** What happens to sessions after a migration: a seventh cancelled, a third of the rest re-decided over the cap. */
export async function cancelAndRedecideSome(database: Database): Promise<void> {
  await database.pool.query('update care_sessions set cancelled = true where seq % 7 = 0 and not cancelled');
  await database.pool.query(
    `update care_sessions set reimbursable = false, reason = 'cap-reached' where seq % 3 = 0 and not cancelled`,
  );
}
