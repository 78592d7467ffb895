// The budget part of bench:care: Brumenta's budget for the loaded year (an amount, a default fee,
// an envelope per zone and one for first-line support, and weekly contingents for some of its
// clinicians, each a version of the plan as signing would make it), then the budget API
// (GET /api/v1/networks/brumenta/budgets/{year}, with the token) and the budget page (a network
// admin's session), each timed `calls` times. The app's clock stands in mid-December of that year,
// so that the figures are read as for the current year: the forecast's run rate and every
// month of the burn-down included.

import { SESSION_COOKIE } from '../src/platform/auth/plugin.ts';
import { insertAccount, insertGrant } from '../src/platform/auth/store.ts';
import type { Database } from '../src/platform/db/database.ts';
import { startBenchApp } from './bench-app.ts';
import { type Percentiles, percentiles } from './percentiles.ts';

/** Contingents set, one plan version each: a network's conventioned clinicians, about. */
const CONTINGENTS = 200;

export interface BudgetReads {
  year: number;
  contingents: number;
  consumedCents: number;
  api: Percentiles;
  page: Percentiles;
}

export async function budgetReads(
  database: Database,
  dataDir: string,
  options: { token: string; year: number; calls: number },
): Promise<BudgetReads> {
  const { year, token } = options;
  const server = await startBenchApp(database, dataDir, {
    token,
    clock: () => new Date(`${year}-12-15T10:00:00Z`),
  });
  try {
    const { app, services } = server;
    const auth = { authorization: `Bearer ${token}` };
    const url = `/api/v1/networks/brumenta/budgets/${year}`;
    const send = async (path: string, payload: object) => {
      const response = await app.inject({ method: 'PUT', url: path, headers: auth, payload });
      if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
    };
    const zones = [...services.reference.snapshot().zones.values()].filter((zone) =>
      zone.networkIds.includes('brumenta'),
    );
    const firstLineCents = 100_000_000;
    const zoneCents = Math.floor(1_900_000_000 / zones.length);
    await send(url, {
      allocationCents: firstLineCents + zoneCents * zones.length,
      defaultFeeCents: 7500,
      envelopes: [
        { label: 'Soutien à la première ligne', kind: 'first-line-support', allocationCents: firstLineCents },
        ...zones.map((zone) => ({
          label: zone.names.fr,
          kind: 'zone',
          key: zone.id,
          allocationCents: zoneCents,
        })),
      ],
    });
    const clinicians = await database.pool.query<{ id: string }>(
      `select distinct clinician_id as id from care_sessions where network_id = 'brumenta' order by 1 limit $1`,
      [CONTINGENTS],
    );
    for (const [index, { id }] of clinicians.rows.entries()) {
      await send(`${url}/contingents/${id}`, {
        holderKind: 'clinician',
        perWeek: 4 + (index % 5),
        function: index % 4 === 0 ? 'treatment' : 'support',
        mode: 'individual',
        zoneId: zones[index % zones.length]!.id,
      });
    }

    const account = await insertAccount(database.db, {
      email: 'bench-budget@brumenta.example',
      displayName: 'Bench',
      locale: 'fr',
      emailVerifiedAt: new Date(),
    });
    await insertGrant(
      database.db,
      account.id,
      { role: 'network-admin', networkId: 'brumenta', zoneId: null, bodyId: null },
      null,
    );
    const session = await services.accounts.auth.sessions.start(database.db, account.id);
    const cookie = `${app.cookiePolicy.name(SESSION_COOKIE)}=${app.signCookie(session)}`;

    const consumedCents = (JSON.parse(await server.get(url, auth)) as { consumedCents: number })
      .consumedCents;
    const api = await percentiles('budget API, a year', options.calls, () => server.get(url, auth));
    const page = await percentiles('budget page, a year', options.calls, () =>
      server.get(`/fr/budget?network=brumenta&year=${year}`, { cookie }),
    );
    return { year, contingents: clinicians.rows.length, consumedCents, api, page };
  } finally {
    await server.close();
  }
}
