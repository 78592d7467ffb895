// A whole Passerelle for committee tests, with an in-memory decision desk in place of the
// applications capability.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/platform/config.ts';
import type { TestApp } from '../../support/app.ts';
import { openBrusselsDatabase, type TestEngine } from '../../support/database.ts';
import { InMemoryDecisionDesk } from './desk.ts';

export async function startCommitteeApp(
  engine: TestEngine,
): Promise<TestApp & { desk: InMemoryDecisionDesk }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-committees-'));
  const config = loadConfig({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', DIRECTORY_REFRESH_MS: '100' });
  const database = await openBrusselsDatabase(engine);
  const desk = new InMemoryDecisionDesk();
  const { app, services } = await buildApp({
    config,
    database,
    cookieSecret: 'test-cookie-secret-0123456789abcdef',
    decisionDesk: desk,
  });
  await app.ready();
  return {
    app,
    services,
    database,
    dataDir,
    desk,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
