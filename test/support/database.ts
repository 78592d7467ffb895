// Test databases on both engines. Every test file gets its own database: an in-memory PGlite
// started from a template, and, when TEST_DATABASE_URL is set, a fresh database on that
// PostgreSQL server, copied from a template and dropped afterwards. Nothing relies on what
// another test left behind. The templates are made by the test runner for its run (templates.ts);
// without it, each database is migrated (and seeded) here.

import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, type DatabaseLimits, openDatabase } from '../../src/platform/db/database.ts';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../../src/platform/db/migrate.ts';
import { adminQuery, dumpEmbedded, runTemplates, seedBrussels, type TemplateKind } from './templates.ts';

export type TestEngine = 'embedded' | 'postgres';

/** The embedded engine always; PostgreSQL too when TEST_DATABASE_URL points at a server (CI). */
export function testEngines(): TestEngine[] {
  return process.env.TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS_FOLDER)
    .filter((file) => file.endsWith('.sql'))
    .sort()) {
    hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Without the runner's templates: a dump of a migrated empty database, made once per set of
 * migrations and shared by the test files started by hand.
 */
async function migratedDump(): Promise<string> {
  const path = join(tmpdir(), `passerelle-template-${migrationsHash()}.tar.gz`);
  if (existsSync(path)) return path;
  // Another test process may build it at the same time: write aside, then rename atomically.
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await dumpEmbedded(partial, null, migrateDatabase);
  renameSync(partial, path);
  return path;
}

/** How a test database is opened: time limits (default none), or PostgreSQL through a local port (a proxy). */
export interface TestDatabaseOptions {
  migrated?: boolean;
  /** With the Brussels reference data already loaded (openBrusselsDatabase). */
  brussels?: boolean;
  limits?: DatabaseLimits;
  viaPort?: number;
}

async function openPostgres({
  migrated = true,
  brussels = false,
  limits,
  viaPort,
}: TestDatabaseOptions): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `passerelle_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const kind: TemplateKind = brussels ? 'brussels' : 'migrated';
  const template = migrated ? runTemplates()?.postgres?.[kind] : undefined;
  await adminQuery(adminUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (viaPort !== undefined) {
    url.hostname = '127.0.0.1';
    url.port = String(viaPort);
  }
  const database = await openDatabase({
    databaseUrl: url.toString(),
    dataDir: tmpdir(),
    poolSize: 10,
    ...(limits ? { limits } : {}),
  });
  if (migrated && !template) {
    await migrateDatabase(database);
    if (brussels) await seedBrussels(database);
  }
  const close = database.close.bind(database);
  database.close = async () => {
    await close();
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  };
  return database;
}

/**
 * A migrated, empty database of the given engine (with `migrated: false`, one with no table at
 * all, to test migrations themselves). Close it to throw it away.
 */
export async function openTestDatabase(
  engine: TestEngine,
  options: TestDatabaseOptions = {},
): Promise<Database> {
  if (engine === 'postgres') return openPostgres(options);
  const limits = options.limits ? { limits: options.limits } : {};
  if (options.migrated === false)
    return openDatabase({ dataDir: tmpdir(), inMemory: { loadDumpFrom: null }, ...limits });
  const templates = runTemplates()?.embedded;
  const from = templates ? templates[options.brussels ? 'brussels' : 'migrated'] : await migratedDump();
  const database = await openDatabase({ dataDir: tmpdir(), inMemory: { loadDumpFrom: from }, ...limits });
  if (options.brussels && !templates) await seedBrussels(database);
  return database;
}

/** A migrated database holding the Brussels reference data shipped with Passerelle. */
export function openBrusselsDatabase(
  engine: TestEngine,
  options: Omit<TestDatabaseOptions, 'migrated' | 'brussels'> = {},
): Promise<Database> {
  return openTestDatabase(engine, { ...options, brussels: true });
}
