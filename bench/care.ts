// npm run bench:care [-- --sessions 1000000 --engine embedded|postgres --repeat 3 --http-seconds 20
//   --recording-runs 3 --budget-calls 40]
//
// Loads a deterministic year (1,000,000 sessions, 300,000 patients, 5,000 clinicians by default)
// into a fresh database of each engine (PostgreSQL when DATABASE_URL is set, and the embedded
// one), then times in one run:
//   (a) the full-year statement (the database's counters, summed, + roll-up), read once the
//       load's changes are folded into the counters, as the instances' poller does within 10 s,
//   (b) re-deciding every session from scratch (read every path, decide it in date order),
//   (c) a plain `select count(*), sum(copay_cents)` over the same table, the baseline,
// and prints each time with (a)/(c) and (b)/(c); then the budget API and page of the loaded year
// (care-budget.ts), p50 and p95 of `--budget-calls` calls, with p95/(c); then measures recording
// over HTTP with 16 concurrent clients (throughput and p99; the median of 3 runs, each printed,
// as two shared cores make one run noisy), with the server folding the recordings into
// reporting's counters every ten seconds meanwhile, as it does in service, and times the fold of
// what it left. Results go to bench/results/care.json.
// Targets on PostgreSQL (issue 13): (a) ≤ 3 × (c); budget API and page p95 ≤ 150 ms; recording
// ≥ 1,000 sessions/s with p99 ≤ 30 ms.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { foldStatementChanges } from '../src/care/statement-rows.ts';
import type { Database, Engine } from '../src/platform/db/database.ts';
import { ReferenceService } from '../src/reference/service.ts';
import { foldPendingChanges } from '../src/reporting/pending.ts';
import { startBenchApp } from './bench-app.ts';
import { budgetReads } from './care-budget.ts';
import { loadYear, YEAR } from './care-data.ts';
import { recordOverHttp } from './care-recording.ts';
import { openFresh } from './fresh-database.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '1000000' },
    engine: { type: 'string', multiple: true },
    repeat: { type: 'string', default: '3' },
    'http-seconds': { type: 'string', default: '20' },
    'recording-runs': { type: 'string', default: '3' },
    'budget-calls': { type: 'string', default: '40' },
  },
});
const sessions = Number(values.sessions);
const plan = {
  sessions,
  patients: Math.round(sessions * 0.3),
  clinicians: Math.max(50, Math.round(sessions / 200)),
};
const repeat = Math.max(1, Number(values.repeat));
const engines = (values.engine ??
  (process.env.DATABASE_URL ? ['postgres', 'embedded'] : ['embedded'])) as Engine[];
const TOKEN = 'bench-admin-token-0123456789abcdef-care';

/** The median of `repeat` timed runs, after one untimed run that warms caches. */
async function time(label: string, work: () => Promise<unknown>): Promise<number> {
  await work();
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await work();
    runs.push(performance.now() - start);
  }
  const median = runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  console.log(
    `  ${label.padEnd(34)} ${median.toFixed(0).padStart(7)} ms  (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`,
  );
  return median;
}

/** Folds the recordings queued for reporting (src/reporting/pending.ts), timed. */
async function timedReportingFold(database: Database): Promise<{ changes: number; seconds: number }> {
  const start = performance.now();
  const changes = await foldPendingChanges(database.pool);
  return { changes, seconds: (performance.now() - start) / 1000 };
}

async function benchEngine(engine: Engine) {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-care-'));
  const { database, drop } = await openFresh('care', engine, dataDir);
  try {
    console.log(
      `\n${engine}: loading ${plan.sessions} sessions for ${plan.patients} patients, ${plan.clinicians} clinicians…`,
    );
    const reference = await ReferenceService.open(database);
    await reference.seedBundled();
    const loadStart = performance.now();
    const loaded = await loadYear(database.pool, plan);
    await database.pool.query('vacuum analyze care_sessions');
    const loadSeconds = (performance.now() - loadStart) / 1000;
    console.log(
      `  loaded ${loaded} sessions in ${loadSeconds.toFixed(1)} s (${Math.round(loaded / loadSeconds)} rows/s, with VACUUM ANALYZE)`,
    );
    const foldStart = performance.now();
    const folded = await foldStatementChanges(database.db);
    await database.pool.query('vacuum analyze care_statement_changes, care_statement_counts');
    const foldSeconds = (performance.now() - foldStart) / 1000;
    console.log(`  folded ${folded} statement changes into counters in ${foldSeconds.toFixed(1)} s`);
    const reportingFold = await timedReportingFold(database);
    console.log(
      `  folded ${reportingFold.changes} reporting changes into counters in ${reportingFold.seconds.toFixed(1)} s`,
    );

    const server = await startBenchApp(database, dataDir, { token: TOKEN });
    const { services } = server;
    const admin = { kind: 'admin' as const };
    let statementTotals: unknown = null;
    let recheck = { patients: 0, sessions: 0, differing: 0 };
    const scanMs = await time('(c) select count(*), sum(copay)', () =>
      database.pool.query('select count(*), sum(copay_cents) from care_sessions'),
    );
    const statementMs = await time('(a) full-year statement', async () => {
      const statement = await services.care.staff.statement(admin, { ...YEAR, networkId: null });
      statementTotals = statement!.totals;
    });
    const monthMs = await time('    one month, every network', () =>
      services.care.staff.statement(admin, { from: '2025-05-01', until: '2025-06-01', networkId: null }),
    );
    const redecideMs = await time('(b) re-decide every session', async () => {
      recheck = (await services.care.recheckDecisions(admin))!;
    });
    const ratios = { statementToScan: statementMs / scanMs, redecideToScan: redecideMs / scanMs };
    console.log(
      `  (a)/(c) = ${ratios.statementToScan.toFixed(2)}   (b)/(c) = ${ratios.redecideToScan.toFixed(2)}`,
    );
    console.log(`  statement totals: ${JSON.stringify(statementTotals)}`);
    console.log(
      `  re-decided ${recheck.sessions} sessions of ${recheck.patients} patients, ${recheck.differing} differing`,
    );

    console.log(`  budget of ${YEAR.from.slice(0, 4)} (Brumenta), ${values['budget-calls']} calls each…`);
    const budget = await budgetReads(database, dataDir, {
      token: TOKEN,
      year: Number(YEAR.from.slice(0, 4)),
      calls: Math.max(5, Number(values['budget-calls'])),
    });
    const toScan = (p95: number) => Math.round((p95 / scanMs) * 100) / 100;
    console.log(
      `  budget p95/(c): API ${toScan(budget.api.p95)}, page ${toScan(budget.page.p95)}   (consumed ${budget.consumedCents} cents, ${budget.contingents} contingents)`,
    );

    const runs = Number(values['recording-runs']);
    console.log(`  recording over HTTP, 16 clients, ${runs} runs of ${values['http-seconds']} s…`);
    const recording = await recordOverHttp(server, {
      seconds: Number(values['http-seconds']),
      runs,
      token: TOKEN,
    });
    await server.close();
    // The server's poller folded every ten seconds while it recorded; this is what it left.
    const leftToFold = await timedReportingFold(database);
    console.log(
      `  recording left ${leftToFold.changes} reporting changes to fold: folded in ${leftToFold.seconds.toFixed(2)} s`,
    );
    console.log(
      `  recording (median run): ${recording.perSecond} sessions/s, p99 ${recording.latencyMs.p99} ms (non-2xx ${recording.non2xx}, errors ${recording.errors})`,
    );
    return {
      engine,
      plan,
      loaded,
      loadSeconds: Math.round(loadSeconds * 10) / 10,
      foldSeconds: Math.round(foldSeconds * 10) / 10,
      reportingFoldSeconds: Math.round(reportingFold.seconds * 10) / 10,
      repeatMedianOf: repeat,
      scanMs: Math.round(scanMs),
      statementMs: Math.round(statementMs),
      monthStatementMs: Math.round(monthMs),
      redecideMs: Math.round(redecideMs),
      ratios: {
        statementToScan: Math.round(ratios.statementToScan * 100) / 100,
        redecideToScan: Math.round(ratios.redecideToScan * 100) / 100,
      },
      statementTotals,
      recheck,
      budget: { ...budget, p95ToScan: { api: toScan(budget.api.p95), page: toScan(budget.page.p95) } },
      recording: { ...recording, leftToFold },
    };
  } finally {
    await database.close();
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const startedAt = new Date().toISOString();
const loadAtStart = loadavg();
const results = [];
for (const engine of engines) results.push(await benchEngine(engine));
const resultsDir = new URL('./results/', import.meta.url).pathname;
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, 'care.json'),
  `${JSON.stringify(
    {
      command: [
        'npm run bench:care',
        ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
      ].join(' '),
      startedAt,
      machine: {
        cpus: cpus().length,
        node: process.version,
        loadAverageAtStart: loadAtStart.map((l) => Math.round(l * 100) / 100),
        note: 'Two cores shared by the database server, this process and the load client; see the load average at start. Compare ratios more than absolute times.',
      },
      targets: {
        statementToScan: '<= 3 (PostgreSQL)',
        budget: 'API and page p95 <= 150 ms with 1,000,000 sessions in the year (PostgreSQL)',
        recording: '>= 1,000 sessions/s, p99 <= 30 ms at 16 clients, median of 3 runs (PostgreSQL)',
      },
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${join(resultsDir, 'care.json')}`);
