// What happens before Passerelle serves: open the database, apply migrations, and fill an empty
// database with what it needs to be useful (the Brussels reference data; demo data when asked).

import { DirectoryService } from './directory/service.ts';
import { seedDemoEvents } from './events/demo.ts';
import { openReference } from './networks.ts';
import type { Config } from './platform/config.ts';
import { secureDataDir } from './platform/data-dir.ts';
import { type Database, openDatabase } from './platform/db/database.ts';
import { migrateDatabase, withStartupLock } from './platform/db/migrate.ts';
import type { Logger } from './platform/logger.ts';
import { importBundledPopulation, populationYears } from './reference/population.ts';
import { ReferenceService } from './reference/service.ts';

/** How many demo clinicians an empty database gets (`npm start`, `seed --demo`). */
export const DEMO_CLINICIANS = 300;

/**
 * Opens the configured database. Serving, its queries have the configured time limits (a hung
 * database answers 503 within seconds); commands (`billing`, `import`, `seed`…) are one person
 * waiting for one long job, and run without a statement limit.
 */
export async function openConfiguredDatabase(
  config: Config,
  log: Logger,
  use: 'serve' | 'command' = 'serve',
): Promise<Database> {
  const { repaired } = secureDataDir(config.dataDir, config.databaseUrl ? 'postgres' : 'embedded');
  if (repaired.length > 0) {
    log.warn(
      { count: repaired.length, paths: repaired.slice(0, 20) },
      'DATA_DIR held files or folders other users of this host could read or change: made them owner-only',
    );
  }
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    limits: {
      queryMs: use === 'serve' ? config.databaseQueryTimeoutMs : null,
      connectMs: config.databaseConnectTimeoutMs,
    },
    onLog: (message, error) => log.error({ error }, message),
  });
  log.info(
    { engine: database.engine, ...(database.engine === 'embedded' ? { dataDir: config.dataDir } : {}) },
    database.engine === 'embedded' ? 'embedded database (PGlite) open' : 'PostgreSQL server connected',
  );
  return database;
}

/** Whether an empty database gets demo data: `auto` means only in embedded mode (a laptop, a demo). */
export function wantsDemoData(config: Config, database: Database): boolean {
  return config.demoData === 'on' || (config.demoData === 'auto' && database.engine === 'embedded');
}

/**
 * Migrates, then seeds what is missing. Several instances starting together take turns under
 * an advisory lock, so the seed happens once. All of it is long work: no statement time limit.
 */
export async function prepareDatabase(served: Database, config: Config, log: Logger): Promise<void> {
  const database = served.longWork;
  await migrateDatabase(database);
  await withStartupLock(database, async () => {
    const reference = await openReference(database);
    if (reference.isEmpty()) {
      const outcome = await reference.seedBundled();
      if (!outcome.ok)
        throw new Error(`The bundled Brussels reference data is invalid: ${JSON.stringify(outcome.errors)}`);
      log.info(outcome.counts, 'empty database: loaded the Brussels reference data');
    }
    // Population is reference data too (budgets by population, rates per 10,000 inhabitants).
    if ((await populationYears(database.db)).length === 0) {
      const outcome = await importBundledPopulation(database.db);
      if (!outcome.ok)
        throw new Error(`The bundled population figures are invalid: ${JSON.stringify(outcome.errors)}`);
      log.info(outcome.counts, 'no population figures: loaded the Brussels ones');
    }
    if (wantsDemoData(config, database)) {
      const directory = await DirectoryService.open(database, reference);
      if (await directory.isEmpty()) {
        const outcome = await directory.seedDemo(DEMO_CLINICIANS);
        log.info({ clinicians: outcome.created }, 'empty directory: added fictional demo clinicians');
      }
      const events = await seedDemoEvents(database, [...reference.snapshot().zones.keys()]);
      if (events > 0) log.info({ events }, 'no events: added fictional demo events');
    }
  });
}

/** Writes the first `count` demo clinicians (the same ones every time: seeding again updates them). */
export async function seedDemoClinicians(database: Database, count: number) {
  const reference = await ReferenceService.open(database);
  const directory = await DirectoryService.open(database, reference);
  await seedDemoEvents(database, [...reference.snapshot().zones.keys()]);
  return directory.seedDemo(count);
}
