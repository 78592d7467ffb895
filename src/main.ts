// Entry point of a Passerelle instance: configuration → database → app → listen, and a graceful
// shutdown that lets requests in flight finish before the database closes.

import { buildApp } from './app.ts';
import { loadConfig } from './platform/config.ts';
import { createLogger } from './platform/logger.ts';
import { loadSecret } from './platform/secrets.ts';
import { openConfiguredDatabase, prepareDatabase } from './setup.ts';

export async function serve(env: Record<string, string | undefined> = process.env): Promise<void> {
  const config = loadConfig(env);
  const log = createLogger(config);
  const database = await openConfiguredDatabase(config, log);
  try {
    await prepareDatabase(database, config, log);
  } catch (error) {
    await database.close();
    throw error;
  }
  const cookie = loadSecret(config.dataDir, 'cookie', config.cookieSecret);
  if (cookie.origin === 'generated') log.info({ path: cookie.path }, 'no COOKIE_SECRET: generated one');
  const { app } = await buildApp({ config, database, cookieSecret: cookie.value, logger: log });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    const forced = setTimeout(() => {
      log.error('shutdown took longer than 20 s: exiting');
      process.exit(1);
    }, 20_000);
    forced.unref();
    try {
      await app.close();
      await database.close();
      log.info('stopped');
    } finally {
      clearTimeout(forced);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  log.info({ url: config.publicUrl }, `Passerelle is ready on ${config.publicUrl}`);
}
