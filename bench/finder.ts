// npm run bench:finder [-- --clinicians 5000 --duration 10 --connections 64]
//
// Loads demo clinicians into a fresh database, serves Passerelle on loopback and measures the
// finder API with autocannon running in a second process; then measures a bare node:http
// "hello world" server the same way, right before, as the baseline of this machine at this
// moment. Runs on the embedded database and, when DATABASE_URL is set, on PostgreSQL (in a
// temporary database created and dropped on that server). Writes bench/results/finder.json.
//
// Targets (issue 2): finder p99 ≤ 30 ms and at least 25% of the bare server's throughput on
// the embedded database.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { DirectoryService } from '../src/directory/service.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type Database, openDatabase } from '../src/platform/db/database.ts';
import { migrateDatabase } from '../src/platform/db/migrate.ts';
import { ReferenceService } from '../src/reference/service.ts';

const { values } = parseArgs({
  options: {
    clinicians: { type: 'string', default: '5000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
  },
});
const CLINICIANS = Number(values.clinicians);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const TARGET_P99_MS = 30;
const TARGET_RATIO = 0.25;
const RESULTS = new URL('./results/finder.json', import.meta.url);

interface Load {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  requests: number;
  bytesPerSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/**
 * Runs autocannon in its own process against `url`, cycling through `paths`. Asynchronous: the
 * servers under test live in this process and must keep answering meanwhile.
 */
function load(url: string, paths: string[], durationSeconds: number): Promise<Load> {
  const settings = JSON.stringify({ url, paths, connections: CONNECTIONS, durationSeconds });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./load.ts', import.meta.url).pathname, settings],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr.on('data', (chunk) => {
    err += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`load generator failed (${code}): ${err}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as Load);
    });
  });
}

/** A realistic mix of searches: every Brussels postcode, with and without the common filters. */
function finderPaths(postcodes: string[]): string[] {
  const filters = [
    'limit=20',
    'age=16&language=nl&function=support&mode=individual&limit=20',
    'age=34&language=fr&limit=20',
    'age=9&speciality=school-refusal&limit=10',
    'language=en&mode=video&acceptingNewPatients=true&limit=20',
    'wheelchair=true&age=70&limit=20&offset=20',
  ];
  return postcodes.flatMap((postcode, i) => [
    `/api/v1/clinicians?postcode=${postcode}&${filters[i % filters.length]}`,
    `/api/v1/clinicians?postcode=${postcode}&${filters[(i + 3) % filters.length]}`,
  ]);
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

async function measureBare(): Promise<Load> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('hello world');
  });
  const url = await listen(server);
  try {
    await load(url, ['/'], 2); // warm-up
    return await load(url, ['/'], DURATION);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** A fresh database of the engine, dropped or deleted afterwards. */
async function freshDatabase(
  engine: 'embedded' | 'postgres',
): Promise<{ database: Database; dispose(): Promise<void> }> {
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

async function measureEngine(engine: 'embedded' | 'postgres') {
  const { database, dispose } = await freshDatabase(engine);
  try {
    await migrateDatabase(database);
    const reference = await ReferenceService.open(database);
    const seeded = await reference.seedBundled();
    if (!seeded.ok) throw new Error('reference data did not load');
    let started = performance.now();
    await (await DirectoryService.open(database, reference)).seedDemo(CLINICIANS);
    const seedSeconds = (performance.now() - started) / 1000;

    const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '0', DATA_DIR: tmpdir(), LOG_LEVEL: 'silent' });
    started = performance.now();
    const { app, services } = await buildApp({
      config,
      database,
      cookieSecret: 'bench-cookie-secret-0123456789abcdef',
    });
    const startupMs = performance.now() - started;
    const paths = finderPaths([...reference.snapshot().localities.keys()].sort());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const sample = await fetch(`${url}${paths[1]}`);
    const sampleBytes = (await sample.arrayBuffer()).byteLength;
    try {
      const bare = await measureBare();
      await load(url, paths, 2); // warm-up: JIT, caches
      const finder = await load(url, paths, DURATION);
      const ratio = finder.requestsPerSecond / bare.requestsPerSecond;
      return {
        engine,
        clinicians: services.directory.listedCount(),
        seedSeconds: Math.round(seedSeconds * 10) / 10,
        startupMs: Math.round(startupMs),
        sampleResponseBytes: sampleBytes,
        distinctQueries: paths.length,
        bare,
        finder,
        ratio: Math.round(ratio * 1000) / 1000,
        meetsTargets: finder.latencyMs.p99 <= TARGET_P99_MS && ratio >= TARGET_RATIO && finder.non2xx === 0,
      };
    } finally {
      await app.close();
    }
  } finally {
    await dispose();
  }
}

function line(label: string, load: Load): string {
  return `  ${label.padEnd(8)} ${Math.round(load.requestsPerSecond).toString().padStart(7)} req/s   p50 ${load.latencyMs.p50} ms   p99 ${load.latencyMs.p99} ms   (errors ${load.errors}, non-2xx ${load.non2xx})`;
}

const engines: Array<'embedded' | 'postgres'> = process.env.DATABASE_URL
  ? ['embedded', 'postgres']
  : ['embedded'];
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  note: 'Shared machine: other work was running; compare the ratio, measured in the same minute, more than the absolute figures.',
};
console.log(
  `Finder benchmark: ${CLINICIANS} demo clinicians, ${CONNECTIONS} connections, ${DURATION} s per run`,
);
console.log(
  `Machine: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`,
);
const runs = [];
for (const engine of engines) {
  const run = await measureEngine(engine);
  runs.push(run);
  console.log(
    `\n${engine}: ${run.clinicians} clinicians listed (seeded in ${run.seedSeconds} s, app started in ${run.startupMs} ms)`,
  );
  console.log(line('bare', run.bare));
  console.log(line('finder', run.finder));
  console.log(
    `  ratio    ${(run.ratio * 100).toFixed(1)}% of the bare server (target ≥ ${TARGET_RATIO * 100}%), p99 target ≤ ${TARGET_P99_MS} ms: ${run.meetsTargets ? 'met' : 'NOT met'}`,
  );
}
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      benchmark: 'finder',
      date: new Date().toISOString(),
      settings: { clinicians: CLINICIANS, connections: CONNECTIONS, durationSeconds: DURATION },
      targets: { p99Ms: TARGET_P99_MS, minRatioToBare: TARGET_RATIO },
      machine,
      runs,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWritten to bench/results/finder.json`);
