// The server half of the benchmarks that run on a loaded year (bench:care, bench:reporting):
// Passerelle built on the benchmark's database with the settings every run uses (no rate limit,
// a silent log, the API token when the run posts through the API), a client that reads pages and
// APIs in this process and fails on anything but 200, and the address for a load client that runs
// in a process of its own (care-load.ts), so that it never shares the server's event loop.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildApp } from '../src/app.ts';
import type { Clock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/database.ts';

type Built = Awaited<ReturnType<typeof buildApp>>;

export interface BenchApp {
  app: Built['app'];
  services: Built['services'];
  /** A GET answered in this process (no socket); throws unless it answers 200. */
  get(url: string, headers?: Record<string, string>): Promise<string>;
  /** Serves on loopback (once), for a load client in another process; the address. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export async function startBenchApp(
  database: Database,
  dataDir: string,
  /** `clock`: the app's idea of now (e.g. inside the loaded year, for figures of "this year"). */
  options: { token?: string; clock?: Clock } = {},
): Promise<BenchApp> {
  const { app, services } = await buildApp({
    config: loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
      ...(options.token ? { API_ADMIN_TOKEN: options.token } : {}),
    }),
    database,
    cookieSecret: 'bench-cookie-secret-0123456789abcdef',
    clock: options.clock,
  });
  let address: Promise<string> | null = null;
  return {
    app,
    services,
    async get(url, headers = {}) {
      const response = await app.inject({ url, headers });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response.body;
    },
    listen() {
      address ??= app.listen({ port: 0, host: '127.0.0.1' });
      return address;
    },
    close: () => app.close(),
  };
}

/**
 * Runs a load client script of bench/ (`node --import tsx <script> ...args`) in its own process
 * and returns what it prints. Asynchronous: this process serves the requests meanwhile.
 */
export async function runLoadClient(script: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', new URL(script, import.meta.url).pathname, ...args],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return stdout;
}
