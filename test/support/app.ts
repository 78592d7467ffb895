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
  const config = loadConfig({
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: '0',
    DIRECTORY_REFRESH_MS: '100',
    ...env,
  });
  const db = database ?? (await openBrusselsDatabase(engine));
  const { app, services } = await buildApp({
    config,
    database: db,
    cookieSecret: 'test-cookie-secret-0123456789abcdef',
    clock: options.clock,
    logger: options.logger,
  });
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
