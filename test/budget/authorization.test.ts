// Every budget page and API route × every role, in the network's own scope and in another one:
// the status each gets (policy actions budget.read and budget.configure). A new route is added here.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GrantScope } from '../../src/platform/auth/roles.ts';
import { TOKEN } from '../care/support/api.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

type Scope = Partial<GrantScope> & Pick<GrantScope, 'role'>;

const PERSONAS: Record<string, Scope[] | null> = {
  anonymous: null,
  gp: [{ role: 'gp' }],
  clinician: [{ role: 'clinician' }],
  coordinator: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' }],
  'coordinator (other network)': [{ role: 'coordinator', networkId: 'bru-stars', zoneId: 'south' }],
  'network-admin': [{ role: 'network-admin', networkId: 'brumenta' }],
  'network-admin (other network)': [{ role: 'network-admin', networkId: 'bru-stars' }],
  'committee-member': [{ role: 'committee-member', bodyId: 'brumenta-crr' }],
  'platform-admin': [{ role: 'platform-admin' }],
};
type Persona = keyof typeof PERSONAS;

const API = '/api/v1/networks/brumenta/budgets/2026';
const PAGE = '/fr/budget?network=brumenta&year=2026';
const FORM = { network: 'brumenta', year: '2026' };

interface Route {
  method: 'GET' | 'PUT' | 'DELETE' | 'POST';
  url: string;
  /** A JSON body for API routes, form fields for pages. */
  body?: Record<string, unknown>;
  page?: boolean;
  otherwise: number;
  expect: Partial<Record<Persona, number>>;
}

/** Readers: the network's admins and coordinators. */
const readers = (status: number, anonymous: number): Route['expect'] => ({
  anonymous,
  coordinator: status,
  'network-admin': status,
});
/**
 * Writers: the network's admins only. A signed-out visitor's form has no CSRF token: it is refused
 * (403, "the form has expired") before anything else.
 */
const writers = (status: number, anonymous: number): Route['expect'] => ({
  anonymous,
  'network-admin': status,
});

const ROUTES: Route[] = [
  { method: 'GET', url: API, otherwise: 403, expect: readers(200, 401) },
  {
    method: 'PUT',
    url: API,
    body: { allocationCents: 500_000_000, defaultFeeCents: 7500 },
    otherwise: 403,
    expect: writers(200, 401),
  },
  // An unknown envelope or contingent: the admin is let in, then told what is wrong.
  {
    method: 'PUT',
    url: `${API}/envelopes/zone-nowhere`,
    body: { allocationCents: 1, reason: 'Essai' },
    otherwise: 403,
    expect: writers(400, 401),
  },
  {
    method: 'PUT',
    url: `${API}/contingents/00000000-0000-4000-8000-000000000001`,
    body: { holderKind: 'clinician', perWeek: 4, function: 'support', mode: 'individual', zoneId: 'east' },
    otherwise: 403,
    expect: writers(200, 401),
  },
  {
    method: 'DELETE',
    url: `${API}/contingents/00000000-0000-4000-8000-000000000002`,
    body: { reason: 'Essai' },
    otherwise: 403,
    expect: writers(400, 401),
  },
  {
    method: 'POST',
    url: `${API}/zone-envelopes/proposal`,
    // The City of Brussels spans zones: the admin is let in, then asked how it is split.
    body: { weights: { equal: 1 } },
    otherwise: 403,
    expect: writers(400, 401),
  },
  { method: 'GET', url: PAGE, page: true, otherwise: 403, expect: readers(200, 303) },
  {
    method: 'GET',
    url: '/fr/budget/export.csv?network=brumenta&year=2026',
    page: true,
    otherwise: 403,
    expect: readers(200, 303),
  },
  {
    method: 'GET',
    url: '/en/budget/export.xlsx?network=brumenta&year=2026',
    page: true,
    otherwise: 403,
    expect: readers(200, 303),
  },
  {
    method: 'POST',
    url: '/fr/budget/settings',
    body: { ...FORM, allocation: '5 000 000', defaultFee: '75' },
    page: true,
    otherwise: 403,
    expect: writers(200, 403),
  },
  {
    method: 'POST',
    url: '/fr/budget/proposal',
    body: { ...FORM, 'weight-equal': '1' },
    page: true,
    otherwise: 403,
    expect: writers(400, 403),
  },
  {
    method: 'POST',
    url: '/fr/budget/envelopes',
    body: { ...FORM, 'weight-equal': '1', reason: '' },
    page: true,
    otherwise: 403,
    expect: writers(400, 403),
  },
];

for (const engine of testEngines()) {
  describe(`budget authorization matrix (${engine})`, () => {
    let t: TestApp;
    const clients: Partial<Record<Persona, TestClient>> = {};
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      for (const [persona, grants] of Object.entries(PERSONAS)) {
        clients[persona] = grants
          ? await signedInClient(
              t,
              await createPerson(t, { email: `${persona.replace(/\W+/g, '-')}@budget.example`, grants }),
            )
          : new TestClient(t);
      }
    });
    after(() => t.close());

    const send = async (persona: Persona, route: Route) => {
      const client = clients[persona]!;
      if (route.page && route.method === 'POST') {
        // The CSRF token of a page every signed-in person may read (the anonymous visitor has none).
        await client.get('/fr/account');
        return client.post(route.url, route.body as Record<string, string>);
      }
      if (route.page) return client.get(route.url);
      const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      return t.app.inject({
        method: route.method,
        url: route.url,
        headers: cookie ? { cookie } : {},
        ...(route.body ? { payload: route.body } : {}),
      });
    };

    for (const route of ROUTES) {
      it(`${route.method} ${route.url}`, async () => {
        for (const persona of Object.keys(PERSONAS) as Persona[]) {
          const response = await send(persona, route);
          const expected = route.expect[persona] ?? route.otherwise;
          assert.equal(response.statusCode, expected, `${persona}: ${response.body.slice(0, 300)}`);
          if (expected === 303) assert.match(response.headers.location ?? '', /sign-in/, persona);
        }
      });
    }
  });
}
