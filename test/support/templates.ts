// Starting points for test databases, made once per `npm test` instead of once per database. On
// PostgreSQL, creating and migrating a database took about 0.6 s, and copying a template is one
// statement. On the embedded engine, loading the migrated dump took 1.4–2 s as a 43 MB tar and
// 1.2 s gzipped. Loading the Brussels reference data took another 0.1 s and 0.4 s; the
// `brussels` templates hold it already. (Measured on this 2-core machine, 2026-12-07.)
//
// scripts/run-tests.js makes them before the first test file (`prepare`), hands them to the test
// processes in PASSERELLE_TEST_TEMPLATES, and throws them away after the last (`drop`): each run
// makes its own, so nothing is read from an earlier run. A test file started without the runner
// migrates its PostgreSQL databases itself, starts embedded ones from a migrated dump kept in the
// temporary folder (database.ts), and loads the Brussels reference data into each.
//
//   node --import tsx test/support/templates.ts prepare   prints the templates as JSON
//   node --import tsx test/support/templates.ts drop JSON  removes them

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';
import { migrateDatabase } from '../../src/platform/db/migrate.ts';
import { ReferenceService } from '../../src/reference/service.ts';

/** Where each kind of starting point is: dumps for the embedded engine, databases on the server. */
export interface Templates {
  embedded: { folder: string; migrated: string; brussels: string };
  postgres?: { url: string; migrated: string; brussels: string };
}

export type TemplateKind = 'migrated' | 'brussels';

/** The templates this run made, or null when the test process was not started by the runner. */
export function runTemplates(): Templates | null {
  const json = process.env.PASSERELLE_TEST_TEMPLATES;
  return json ? (JSON.parse(json) as Templates) : null;
}

/** Loads the Brussels reference data shipped with Passerelle, as start-up does (setup.ts). */
export async function seedBrussels(database: Database): Promise<void> {
  // Seeding is long work: not under the request limits a test may set.
  const outcome = await (await ReferenceService.open(database.longWork)).seedBundled();
  if (!outcome.ok) throw new Error(`Bundled reference data did not load: ${JSON.stringify(outcome.errors)}`);
}

/** A gzipped dump of an in-memory embedded database, started from `from` (null: empty). */
export async function dumpEmbedded(
  path: string,
  from: string | null,
  prepare: (database: Database) => Promise<void>,
): Promise<void> {
  const database = await openDatabase({ dataDir: tmpdir(), inMemory: { loadDumpFrom: from } });
  try {
    await prepare(database);
    writeFileSync(path, await database.embedded!.dump(), { mode: 0o600 });
  } finally {
    await database.close();
  }
}

/** One statement on the server's admin connection (creating and dropping databases). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function preparePostgres(url: string, run: string): Promise<NonNullable<Templates['postgres']>> {
  const names = {
    migrated: `passerelle_template_${run}_migrated`,
    brussels: `passerelle_template_${run}_brussels`,
  };
  for (const [kind, name] of Object.entries(names)) {
    await adminQuery(url, `create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    // No pool is left open: PostgreSQL copies a template only while nobody is connected to it.
    const database = await openDatabase({ databaseUrl: target.toString(), dataDir: tmpdir(), poolSize: 2 });
    try {
      await migrateDatabase(database);
      if (kind === 'brussels') await seedBrussels(database);
    } finally {
      await database.close();
    }
  }
  return { url, ...names };
}

export async function prepareTemplates(): Promise<Templates> {
  const run = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-templates-'));
  const migrated = join(folder, 'migrated.tar.gz');
  const brussels = join(folder, 'brussels.tar.gz');
  await dumpEmbedded(migrated, null, migrateDatabase);
  await dumpEmbedded(brussels, migrated, seedBrussels);
  const url = process.env.TEST_DATABASE_URL;
  return {
    embedded: { folder, migrated, brussels },
    ...(url ? { postgres: await preparePostgres(url, run) } : {}),
  };
}

export async function dropTemplates(templates: Templates): Promise<void> {
  rmSync(templates.embedded.folder, { recursive: true, force: true });
  const server = templates.postgres;
  if (!server) return;
  for (const name of [server.migrated, server.brussels])
    await adminQuery(server.url, `drop database if exists ${name} with (force)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, json] = process.argv.slice(2);
  if (command === 'prepare') process.stdout.write(JSON.stringify(await prepareTemplates()));
  else if (command === 'drop' && json) await dropTemplates(JSON.parse(json) as Templates);
  else throw new Error('usage: templates.ts prepare | drop JSON');
}
