import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/app.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/database.ts';
import type { Logger } from '../../src/platform/logger.ts';
import { openBrusselsDatabase, type TestEngine } from './database.ts';

export interface TestApp {
  app: Awaited<ReturnType<typeof buildApp>>['app'];
  services: Awaited<ReturnType<typeof buildApp>>['services'];
  database: Database;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A whole Passerelle on a fresh Brussels database, for `app.inject()` tests or, after
 * `app.listen()`, for browser journeys. `env` adds configuration (e.g. API_ADMIN_TOKEN).
 */
export async function startTestApp(
  engine: TestEngine,
  env: Record<string, string> = {},
  database?: Database,
  options: { clock?: Clock; logger?: Logger } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
  let built: Awaited<ReturnType<typeof buildApp>>;
  let db: Database | undefined;
  try {
    const config = loadConfig({
      DATA_DIR: dataDir,
      RATE_LIMIT_PER_MINUTE: '0',
      DIRECTORY_REFRESH_MS: '100',
      ...env,
    });
    db = database ?? (await openBrusselsDatabase(engine));
    built = await buildApp({
      config,
      database: db,
      cookieSecret: 'test-cookie-secret-0123456789abcdef',
      clock: options.clock,
      logger: options.logger,
    });
  } catch (error) {
    // A configuration refused (tests ask for that) leaves no folder nor database behind.
    if (db && !database) await db.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { app, services } = built;
  await app.ready();
  return {
    app,
    services,
    database: db,
    dataDir,
    async close() {
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
