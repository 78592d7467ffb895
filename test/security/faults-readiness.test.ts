// /readyz says whether this instance can serve, writes included: a database that answers reads
// while its writes fail (the embedded database's disk full or read-only, a PostgreSQL server
// set read-only) is not ready, and /readyz says so with 503 until it can write again.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pg from 'pg';
import { openDatabase } from '../../src/platform/db/database.ts';
import { migrateDatabase } from '../../src/platform/db/migrate.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openBrusselsDatabase, testEngines } from '../support/database.ts';
import { cannotStage, eventually } from '../support/database-faults.ts';

async function readyz(t: TestApp) {
  return t.app.inject('/readyz');
}

async function assertNotReady(t: TestApp) {
  const response = await readyz(t);
  assert.equal(response.statusCode, 503, response.body);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  assert.match(String(response.headers['retry-after']), /^\d+$/);
}

/**
 * Makes a folder refuse new data the most realistic way this machine allows, and undoes it.
 * A full disk needs a filesystem of our own (a small tmpfs: root with the right to mount); a
 * read-only folder needs a user that permissions bind (root ignores them) or, for root, the
 * immutable attribute. Each is the operating system refusing writes, not a simulation.
 */
interface Breakage {
  how: string;
  folder: string;
  breakIt(): void;
  repair(): void;
  dispose(): void;
}

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function fullDisk(root: string): Breakage | null {
  const mountPoint = join(root, 'disk');
  mkdirSync(mountPoint);
  if (!run('mount', ['-t', 'tmpfs', '-o', 'size=160m,mode=0700', 'passerelle-test', mountPoint])) return null;
  const filler = join(mountPoint, 'filler');
  return {
    how: 'the disk is full',
    folder: join(mountPoint, 'data'),
    breakIt() {
      const fd = openSync(filler, 'w');
      const chunk = Buffer.alloc(1 << 20, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
      } finally {
        closeSync(fd);
      }
    },
    repair: () => rmSync(filler),
    dispose: () => void run('umount', [mountPoint]),
  };
}

function readOnlyFolder(root: string): Breakage | null {
  const folder = join(root, 'data');
  const databaseFolder = join(folder, 'pglite');
  if (process.getuid?.() !== 0) {
    return {
      how: 'the folder is read-only',
      folder,
      breakIt: () => chmodSync(databaseFolder, 0o500),
      repair: () => chmodSync(databaseFolder, 0o700),
      dispose: () => {},
    };
  }
  const probe = join(root, 'immutable-probe');
  mkdirSync(probe);
  const immutable = run('chattr', ['+i', probe]);
  if (immutable) run('chattr', ['-i', probe]);
  if (!immutable) return null;
  return {
    how: 'the folder is immutable (read-only, even for root)',
    folder,
    breakIt: () => assert.ok(run('chattr', ['+i', databaseFolder])),
    repair: () => assert.ok(run('chattr', ['-i', databaseFolder])),
    dispose: () => void run('chattr', ['-i', databaseFolder]),
  };
}

/** Passerelle on an embedded database kept in a folder (migrated, empty: readiness needs no data). */
async function fileBackedApp(dataDir: string): Promise<TestApp> {
  const database = await openDatabase({ dataDir });
  await migrateDatabase(database);
  return startTestApp('embedded', {}, database);
}

describe('readiness of the embedded database checks that it can write', () => {
  for (const kind of ['full disk', 'read-only folder'] as const) {
    test(`/readyz answers 503 while ${kind === 'full disk' ? 'the disk is full' : 'its folder is read-only'}`, async (context) => {
      const root = mkdtempSync(join(tmpdir(), 'passerelle-readyz-'));
      const breakage = kind === 'full disk' ? fullDisk(root) : readOnlyFolder(root);
      if (!breakage) {
        cannotStage(
          context,
          `this machine cannot make ${kind === 'full disk' ? 'a small filesystem (mount)' : 'a folder read-only'}`,
        );
        rmSync(root, { recursive: true, force: true });
        return;
      }
      let t: TestApp | undefined;
      try {
        t = await fileBackedApp(breakage.folder);
        assert.equal((await readyz(t)).statusCode, 200);
        breakage.breakIt();
        await assertNotReady(t);
        breakage.repair();
        assert.equal((await readyz(t)).statusCode, 200);
      } finally {
        await t?.close();
        breakage.dispose();
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

if (testEngines().includes('postgres')) {
  describe('readiness of PostgreSQL checks that it can write', () => {
    test('/readyz answers 503 while the database is read-only, 200 once it takes writes again', async () => {
      const database = await openBrusselsDatabase('postgres');
      const t = await startTestApp('postgres', {}, database);
      const url = (database.pool.options as { connectionString: string }).connectionString;
      const name = new URL(url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        assert.equal((await readyz(t)).statusCode, 200);
        await admin.query(`alter database ${name} set default_transaction_read_only = on`);
        await renewConnections(t, admin, name);
        await assertNotReady(t);
        await admin.query(`alter database ${name} reset default_transaction_read_only`);
        await renewConnections(t, admin, name);
        assert.equal((await readyz(t)).statusCode, 200);
      } finally {
        await admin.end();
        await t.close();
      }
    });
  });
}

/** Ends the app's connections so that it opens new ones, which take the database's new settings. */
async function renewConnections(t: TestApp, admin: pg.Client, name: string): Promise<void> {
  const pool = t.database.pool;
  const before = pool.totalCount;
  let removed = 0;
  const onRemove = () => {
    removed++;
  };
  pool.on('remove', onRemove);
  try {
    // Terminated again on every probe: a connection the pollers open meanwhile goes the same way.
    await eventually(async () => {
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      return removed >= before ? true : undefined;
    }, 'the old connections to be dropped');
  } finally {
    pool.off('remove', onRemove);
  }
}
