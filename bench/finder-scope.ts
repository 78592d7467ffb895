// One scope of bench:finder (Brussels, or the whole country) served in a process of its own, as
// production serves one scope from its start: a fresh database, the app on loopback, and a bare
// node:http server beside it. bench/finder.ts starts one such process per scope and asks each in
// turn for rounds of load over IPC, so that the scopes compared see the same weather: measured
// one after the other, minutes apart, the bare server alone varied from 18,000 to 25,000
// requests a second on this shared machine, which moved the shares more than the finder did.

import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { DirectoryService } from '../src/directory/service.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type Database, openDatabase } from '../src/platform/db/database.ts';
import { migrateDatabase } from '../src/platform/db/migrate.ts';
import { ReferenceService } from '../src/reference/service.ts';
import { bareServer, finderPaths, type Load, load } from './finder-load.ts';
import { nationalBenchData } from './national.ts';

export type Engine = 'embedded' | 'postgres';
export type Scope = 'brussels' | 'national';

export interface ScopeSettings {
  engine: Engine;
  scope: Scope;
  clinicians: number;
  connections: number;
  /** Distinct questions to ask (default: two per postcode). */
  questions?: number;
}

/** What a scope's process says once it is ready to be measured. */
export interface ScopeInfo {
  places: number;
  networks: number;
  clinicians: number;
  seedSeconds: number;
  startupMs: number;
  coldFirstSearchMs: number;
  sampleResponseBytes: number;
  distinctQueries: number;
}

export type ScopeRequest = { type: 'round'; server: 'bare' | 'finder'; seconds: number } | { type: 'close' };
export type ScopeReply =
  | { type: 'ready'; info: ScopeInfo }
  | { type: 'load'; load: Load }
  | { type: 'closed'; heapUsedMb: number };

/** A fresh database of the engine, dropped or deleted afterwards. */
async function freshDatabase(engine: Engine): Promise<{ database: Database; dispose(): Promise<void> }> {
  if (engine === 'embedded') {
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
    const database = await openDatabase({ dataDir });
    return {
      database,
      async dispose() {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.DATABASE_URL!;
  const name = `passerelle_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: tmpdir() });
  return {
    database,
    async dispose() {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Loads the scope, starts the app and warms it up; then answers the parent's requests. */
export async function serveScope(settings: ScopeSettings, send: (reply: ScopeReply) => void): Promise<void> {
  const { engine, scope } = settings;
  const { database, dispose } = await freshDatabase(engine);
  await migrateDatabase(database);
  const reference = await ReferenceService.open(database);
  const seeded = await reference.seedBundled();
  if (!seeded.ok) throw new Error('reference data did not load');
  let weights: Map<string, number> | undefined;
  if (scope === 'national') {
    const country = nationalBenchData([...reference.snapshot().localities.values()]);
    const imported = await reference.importReference(country);
    if (!imported.ok) throw new Error(`national bench data did not load: ${JSON.stringify(imported.errors)}`);
    weights = country.inhabitantsByPostcode;
  }
  let started = performance.now();
  await (await DirectoryService.open(database, reference)).seedDemo(settings.clinicians, new Date(), weights);
  const seedSeconds = (performance.now() - started) / 1000;

  const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '0', DATA_DIR: tmpdir(), LOG_LEVEL: 'silent' });
  started = performance.now();
  const { app, services } = await buildApp({
    config,
    database,
    cookieSecret: 'bench-cookie-secret-0123456789abcdef',
  });
  const startupMs = performance.now() - started;
  const paths = finderPaths([...reference.snapshot().localities.keys()].sort(), settings.questions);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const sample = await fetch(`${url}${paths[1]}`);
  const sampleResponseBytes = (await sample.arrayBuffer()).byteLength;
  const bare = await bareServer();
  await load(bare.url, ['/'], 2, settings.connections); // warm-up
  // Each place's first search builds its ranking: every distinct question once, one at a time,
  // before the warm-up (the time it took is reported as the cold cost).
  const primeStart = performance.now();
  for (const path of paths) await (await fetch(`${url}${path}`)).arrayBuffer();
  const coldFirstSearchMs = (performance.now() - primeStart) / paths.length;
  await load(url, paths, 3, settings.connections); // warm-up: JIT, each place's ranking

  const snapshot = reference.snapshot();
  send({
    type: 'ready',
    info: {
      places: snapshot.localities.size,
      networks: snapshot.networks.size,
      clinicians: services.directory.listedCount(),
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      startupMs: Math.round(startupMs),
      coldFirstSearchMs: Math.round(coldFirstSearchMs * 10) / 10,
      sampleResponseBytes,
      distinctQueries: paths.length,
    },
  });
  await new Promise<void>((resolve) => {
    process.on('message', async (request: ScopeRequest) => {
      if (request.type === 'close') return resolve();
      const target = request.server === 'bare' ? bare.url : url;
      const asked = request.server === 'bare' ? ['/'] : paths;
      send({ type: 'load', load: await load(target, asked, request.seconds, settings.connections) });
    });
  });
  const heapUsedMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  await bare.close();
  await app.close();
  await dispose();
  send({ type: 'closed', heapUsedMb });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const settings = JSON.parse(process.argv[2]!) as ScopeSettings;
  await serveScope(settings, (reply) => process.send!(reply));
  process.disconnect();
}
