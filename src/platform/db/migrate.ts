import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './database.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../db/migrations', import.meta.url));

/** Serialises start-up work (migrations, first seed) between instances starting together. */
export const STARTUP_LOCK = 7_340_021;

/**
 * Runs `work` while holding a session-level advisory lock on one connection, so that several
 * instances starting at once migrate and seed one after the other. Waiting for another
 * instance's migration is long work: the lock is taken through the pool without a time limit.
 */
export async function withStartupLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  const client = await database.longWork.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** Applies the committed SQL migrations that this database has not seen yet. */
export async function migrateDatabase(database: Database): Promise<void> {
  await withStartupLock(database, async () => {
    const client = await database.longWork.pool.connect();
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      client.release();
    }
  });
}
