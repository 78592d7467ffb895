// Every page and API route of accounts, administration, outbox and audit × every role, in its
// own scope and in another scope: the status each one gets. A new route must be added here.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { GrantScope } from '../../src/platform/auth/roles.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

type Scope = Partial<GrantScope> & Pick<GrantScope, 'role'>;

/** Each persona; "other" ones hold the same role in another scope than the resources below. */
const PERSONAS: Record<string, Scope[] | null> = {
  anonymous: null,
  gp: [{ role: 'gp' }],
  clinician: [{ role: 'clinician' }],
  organisation: [{ role: 'organisation' }],
  coordinator: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' }],
  'coordinator (other zone)': [{ role: 'coordinator', networkId: 'bru-stars', zoneId: 'south' }],
  'network-admin': [{ role: 'network-admin', networkId: 'brumenta' }],
  'network-admin (other network)': [{ role: 'network-admin', networkId: 'bru-stars' }],
  'committee-member': [{ role: 'committee-member', bodyId: 'brumenta-committee' }],
  'platform-admin': [{ role: 'platform-admin' }],
};
type Persona = keyof typeof PERSONAS;

interface Route {
  method: 'GET' | 'POST';
  /** `:account` and `:missing` are filled in with an existing account and a grant id that does not exist. */
  url: string;
  form?: Record<string, string>;
  /** The status for every persona not listed. */
  otherwise: number;
  expect: Partial<Record<Persona, number>>;
}

const SIGN_IN = 303; // a page that needs a signed-in person sends the others to sign in
/** Pages for anyone signed in: the anonymous visitor is sent to sign in. */
const signedIn: Route['expect'] = { anonymous: SIGN_IN };
const adminsOnly = (status: number, anonymous = SIGN_IN): Pick<Route, 'otherwise' | 'expect'> => ({
  otherwise: 403,
  expect: { anonymous, 'platform-admin': status },
});
const auditReaders = (status: number): Route['expect'] => ({
  anonymous: SIGN_IN,
  'network-admin': status,
  'network-admin (other network)': status,
  'platform-admin': status,
});

const ROUTES: Route[] = [
  { method: 'GET', url: '/fr/sign-in', otherwise: 303, expect: { anonymous: 200 } },
  { method: 'GET', url: '/fr/create-account', otherwise: 200, expect: {} },
  { method: 'GET', url: '/fr/forgot-password', otherwise: 200, expect: {} },
  { method: 'GET', url: '/fr/verify-email?token=x', otherwise: 404, expect: {} },
  { method: 'GET', url: '/fr/reset-password?token=x', otherwise: 404, expect: {} },
  { method: 'GET', url: '/fr/accept-invitation?token=x', otherwise: 404, expect: {} },
  { method: 'POST', url: '/fr/sign-in', form: { email: '', password: '' }, otherwise: 400, expect: {} },
  { method: 'POST', url: '/fr/create-account', form: {}, otherwise: 400, expect: {} },
  { method: 'POST', url: '/fr/forgot-password', form: { email: 'x' }, otherwise: 400, expect: {} },
  { method: 'POST', url: '/fr/verify-email', form: { token: 'x' }, otherwise: 404, expect: {} },
  {
    method: 'POST',
    url: '/fr/reset-password',
    form: { token: 'x', password: 'x' },
    otherwise: 404,
    expect: {},
  },
  {
    method: 'POST',
    url: '/fr/accept-invitation',
    form: { token: 'x', password: 'x' },
    otherwise: 404,
    expect: {},
  },
  { method: 'GET', url: '/fr/account', otherwise: 200, expect: signedIn },
  { method: 'GET', url: '/fr/account/password', otherwise: 200, expect: signedIn },
  { method: 'POST', url: '/fr/account/password', form: {}, otherwise: 400, expect: signedIn },
  { method: 'GET', url: '/api/v1/me', otherwise: 200, expect: { anonymous: 401 } },
  {
    method: 'GET',
    url: '/fr/admin',
    otherwise: 403,
    expect: auditReaders(200),
  },
  { method: 'GET', url: '/fr/admin/staff', ...adminsOnly(200) },
  { method: 'GET', url: '/fr/admin/staff/invite', ...adminsOnly(200) },
  { method: 'POST', url: '/fr/admin/staff/invite', form: {}, ...adminsOnly(400) },
  { method: 'GET', url: '/fr/admin/staff/:account', ...adminsOnly(200) },
  { method: 'GET', url: `/fr/admin/staff/${randomUUID()}`, ...adminsOnly(404) },
  {
    method: 'POST',
    url: '/fr/admin/staff/:account/grants',
    form: { role: 'coordinator' },
    ...adminsOnly(400),
  },
  { method: 'POST', url: '/fr/admin/staff/:account/grants/:missing/revoke', ...adminsOnly(404) },
  { method: 'GET', url: '/fr/admin/outbox', ...adminsOnly(200) },
  { method: 'POST', url: '/fr/admin/outbox/:missing/resend', ...adminsOnly(404) },
  { method: 'GET', url: '/fr/admin/networks', ...adminsOnly(200) },
  { method: 'POST', url: '/fr/admin/networks', form: { pack: '' }, ...adminsOnly(400) },
  { method: 'GET', url: '/fr/admin/audit', otherwise: 403, expect: auditReaders(200) },
  {
    method: 'GET',
    url: '/fr/admin/audit?network=brumenta',
    otherwise: 403,
    expect: { anonymous: SIGN_IN, 'network-admin': 200, 'platform-admin': 200 },
  },
  // Last: they end the session they are sent with.
  { method: 'POST', url: '/fr/sign-out', otherwise: 303, expect: {} },
  { method: 'POST', url: '/fr/account/sign-out-everywhere', otherwise: 303, expect: {} },
];

for (const engine of testEngines()) {
  describe(`access matrix: account, admin, outbox and audit pages (${engine})`, () => {
    let t: TestApp;
    const people = new Map<Persona, string>();
    let someone: string;
    before(async () => {
      t = await startTestApp(engine, { OUTBOX_POLL_MS: '3600000' });
      for (const [persona, grants] of Object.entries(PERSONAS)) {
        if (grants)
          people.set(
            persona,
            await createPerson(t, { email: `${persona.replace(/\W+/g, '-')}@matrix.example`, grants }),
          );
      }
      someone = await createPerson(t, { email: 'someone@matrix.example' });
    });
    after(() => t.close());

    async function clientFor(persona: Persona): Promise<TestClient> {
      const id = people.get(persona);
      return id ? signedInClient(t, id) : new TestClient(t);
    }

    for (const route of ROUTES) {
      it(`${route.method} ${route.url}`, async () => {
        const url = route.url.replace(':account', someone).replace(':missing', randomUUID());
        const got: Record<string, number> = {};
        const want: Record<string, number> = {};
        for (const persona of Object.keys(PERSONAS)) {
          const client = await clientFor(persona);
          // Forms carry a valid CSRF token, so what is tested is the authorization.
          const response =
            route.method === 'GET'
              ? await client.get(url)
              : await client.submit('/fr/forgot-password', route.form ?? {}, url);
          got[persona] = response.statusCode;
          want[persona] = route.expect[persona] ?? route.otherwise;
          if (response.statusCode === 303 && want[persona] === SIGN_IN && route.otherwise !== 303) {
            assert.match(
              response.headers.location as string,
              /^\/fr\/sign-in/,
              `${persona} is sent to sign in`,
            );
          }
        }
        assert.deepEqual(got, want);
      });
    }
  });
}
