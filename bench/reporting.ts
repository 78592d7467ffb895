// npm run bench:reporting [-- --sessions 1000000 --engine embedded|postgres --calls 40]
//
// Loads bench:care's deterministic year (bench/care-data.ts) into a fresh database of each engine
// (PostgreSQL when DATABASE_URL is set, and the embedded one), and folds the changes the
// sessions queued into reporting's counters (src/reporting/pending.ts), timed. Then times, in one
// run, `--calls` calls of each:
//   (a) the public statistics API, a year by month, and a year by function and age band,
//   (b) the staff dashboard page, /fr/reporting, as a signed-in network admin (a month and its
//       twelve months, audited, rendered), and its figures alone (readDashboard, no rendering),
//   (c) a plain scan of the same sessions (count and distinct patients), the baseline,
//   and the public statistics page (/fr/statistics, a year per quarter, both networks),
// and prints p50 and p95 of each with (a)/(c) and (b)/(c). Results go to bench/results/reporting.json.
// Target (issue 14) on PostgreSQL with 1,000,000 sessions: each dashboard and statistics call p95 ≤ 200 ms.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SESSION_COOKIE } from '../src/platform/auth/plugin.ts';
import type { CurrentUser } from '../src/platform/auth/roles.ts';
import { accounts, grants } from '../src/platform/auth/tables.ts';
import type { Engine } from '../src/platform/db/database.ts';
import { ReferenceService } from '../src/reference/service.ts';
import { readDashboard } from '../src/reporting/dashboard.ts';
import { figureSourcesOf } from '../src/reporting/figure-sources.ts';
import { NO_INHABITANTS } from '../src/reporting/inhabitants.ts';
import { foldPendingChanges } from '../src/reporting/pending.ts';
import { ReportingService } from '../src/reporting/service.ts';
import { startBenchApp } from './bench-app.ts';
import { loadYear } from './care-data.ts';
import { openFresh } from './fresh-database.ts';
import { percentiles as timed } from './percentiles.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '1000000' },
    engine: { type: 'string', multiple: true },
    calls: { type: 'string', default: '40' },
  },
});
const sessions = Number(values.sessions);
const plan = {
  sessions,
  patients: Math.round(sessions * 0.3),
  clinicians: Math.max(50, Math.round(sessions / 200)),
};
const calls = Math.max(5, Number(values.calls));
const engines = (values.engine ??
  (process.env.DATABASE_URL ? ['postgres', 'embedded'] : ['embedded'])) as Engine[];

/** p50 and p95 of `calls` timed calls (bench/percentiles.ts), printed. */
const percentiles = (label: string, work: () => Promise<unknown>) => timed(label, calls, work);

async function benchEngine(engine: Engine) {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-reporting-'));
  const { database, drop } = await openFresh('reporting', engine, dataDir);
  try {
    console.log(`\n${engine}: loading ${plan.sessions} sessions for ${plan.patients} patients…`);
    const reference = await ReferenceService.open(database);
    await reference.seedBundled();
    const loadStart = performance.now();
    const loaded = await loadYear(database.pool, plan);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const foldStart = performance.now();
    const folded = await foldPendingChanges(database.pool);
    const foldSeconds = (performance.now() - foldStart) / 1000;
    await database.pool.query(
      'vacuum analyze care_sessions, reporting_session_cells, reporting_pending_cells',
    );
    const cells = (await database.pool.query('select count(*)::int as n from reporting_session_cells'))
      .rows[0].n;
    console.log(
      `  loaded ${loaded} sessions in ${loadSeconds.toFixed(1)} s; folded their ${folded} changes into ${cells} counter cells in ${foldSeconds.toFixed(1)} s`,
    );
    const server = await startBenchApp(database, dataDir);
    // The figures as the page reads them: with the other capabilities' sources (clinicians against
    // contingents, stages, groups, the directory), as src/reporting/routes.ts wires them.
    const reporting = new ReportingService(database, reference, {
      inhabitants: NO_INHABITANTS,
      figures: figureSourcesOf(database, server.services.directory),
    });
    const admin: CurrentUser = {
      accountId: '00000000-0000-4000-8000-00000000beef',
      email: 'bench@brumenta.example',
      displayName: 'Bench',
      locale: 'fr',
      grants: [{ id: 'g', role: 'network-admin', networkId: 'brumenta', zoneId: null, bodyId: null }],
    } as CurrentUser;
    const [account] = await database.db
      .insert(accounts)
      .values({
        email: admin.email,
        displayName: admin.displayName,
        locale: 'fr',
        emailVerifiedAt: new Date(),
      })
      .returning();
    await database.db
      .insert(grants)
      .values({ accountId: account!.id, role: 'network-admin', networkId: 'brumenta' });
    const session = await server.services.accounts.auth.sessions.start(database.db, account!.id);
    const signedIn = `${server.app.cookiePolicy.name(SESSION_COOKIE)}=${server.app.signCookie(session)}`;
    const get = (url: string, cookie?: string) => server.get(url, cookie ? { cookie } : {});
    const scan = await percentiles('(c) scan: count, distinct patients', () =>
      database.pool.query(
        `select count(*), count(distinct patient_key) from care_sessions where network_id = 'brumenta' and not cancelled`,
      ),
    );
    const byMonth = await percentiles('(a) API: a year by month', () =>
      get('/api/v1/statistics/sessions?network=brumenta&from=2025-01&to=2025-12&groupBy=month'),
    );
    const byFunctionAge = await percentiles('(a) API: a year by function, age band', () =>
      get('/api/v1/statistics/sessions?network=brumenta&from=2025-01&to=2025-12&groupBy=function,ageBand'),
    );
    const dashboardPage = await percentiles('(b) dashboard page: month + 12 months', () =>
      get('/fr/reporting?scope=brumenta&month=2025-12', signedIn),
    );
    const dashboard = await percentiles('    dashboard figures alone', () =>
      readDashboard(reporting, database, admin, { networkId: 'brumenta', zoneId: null }, '2025-12'),
    );
    const publicPage = await percentiles('    public statistics page, a year', () =>
      get('/fr/statistics?year=2025'),
    );
    await server.close();
    const ratio = (r: { p95: number }) => Math.round((r.p95 / Math.max(1, scan.p95)) * 100) / 100;
    console.log(
      `  p95 (a)/(c) = ${ratio(byMonth)}, ${ratio(byFunctionAge)}   (b)/(c) = ${ratio(dashboardPage)}   page/(c) = ${ratio(publicPage)}`,
    );
    return {
      engine,
      plan,
      loaded,
      cells,
      loadSeconds: Math.round(loadSeconds),
      reportingFoldSeconds: Math.round(foldSeconds),
      calls,
      scan,
      byMonth,
      byFunctionAge,
      dashboardPage,
      dashboard,
      publicPage,
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
  join(resultsDir, 'reporting.json'),
  `${JSON.stringify(
    {
      command: [
        'npm run bench:reporting',
        ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
      ].join(' '),
      startedAt,
      machine: {
        cpus: cpus().length,
        node: process.version,
        loadAverageAtStart: loadAtStart.map((l) => Math.round(l * 100) / 100),
      },
      target: 'each statistics and dashboard call p95 <= 200 ms on PostgreSQL with 1,000,000 sessions',
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${join(resultsDir, 'reporting.json')}`);
