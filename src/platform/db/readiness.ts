// Whether this instance can serve: the database answers, takes writes, and (embedded) its folder
// takes new data. A database that answers reads while every write fails is not ready.

import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import type { EmbeddedServer } from './embedded/embedded.ts';

/**
 * One round trip that asks the server whether it takes writes, without a table, a row or
 * catalog churn: taking a transaction id fails on a hot standby and on a server that stopped
 * assigning them (wraparound protection), and `transaction_read_only` is on for a standby and for
 * a server set read-only (default_transaction_read_only, as admins do when its disk fills).
 * It does not reach the disk (measured: the commit of a transaction that wrote nothing is not
 * flushed), so the embedded engine's storage is asked directly (probeFolderWrites). A PostgreSQL
 * server's full disk shows as failing writes (SQLSTATE 53100), which requests answer with 503.
 */
const WRITE_PROBE = `select pg_current_xact_id()::text as xid, current_setting('transaction_read_only') as read_only`;

/** One database page: a full disk refuses it, even where a smaller write still fits in a block. */
const PAGE = Buffer.alloc(8192);
let probes = 0;

export class NotReady extends Error {}

/**
 * Writes, syncs and removes a small file in the embedded database's folder. PGlite keeps writing
 * into files it already holds open (a preallocated WAL segment, pages with room): measured on a
 * full disk, small inserts still succeeded while any new file, WAL segment or table growth
 * failed. So the folder itself is asked whether it takes a new file.
 */
export async function probeFolderWrites(folder: string): Promise<void> {
  const path = join(folder, `.write-probe-${process.pid}-${probes++}`);
  try {
    const file = await open(path, 'wx', 0o600);
    try {
      await file.write(PAGE);
      await file.datasync();
    } finally {
      await file.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new NotReady(`the database folder ${folder} does not take writes (${code})`);
  } finally {
    await rm(path, { force: true });
  }
}

async function probe(pool: pg.Pool, embedded: EmbeddedServer | undefined): Promise<void> {
  const { rows } = await pool.query<{ read_only: string }>(WRITE_PROBE);
  if (rows[0]?.read_only === 'on') throw new NotReady('the database is read-only');
  if (embedded?.dataDir) await probeFolderWrites(embedded.dataDir);
}

export async function checkReady(
  pool: pg.Pool,
  embedded: EmbeddedServer | undefined,
  timeoutMs: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new NotReady(`the database did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([probe(pool, embedded), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
