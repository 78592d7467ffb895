// Every self-service page and the care APIs as accounts use them × every persona: a clinician
// reaches only their own profile and sessions; network staff read their network's sessions.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GrantScope } from '../../src/platform/auth/roles.ts';
import { sessionBody, TOKEN } from '../care/support/api.ts';
import { validProfile } from '../directory/fixtures.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

type Scope = Partial<GrantScope> & Pick<GrantScope, 'role'>;

const PERSONAS: Record<string, Scope[] | null> = {
  anonymous: null,
  'clinician (owner)': [{ role: 'clinician' }],
  'clinician (other profile)': [{ role: 'clinician' }],
  'clinician (no profile)': [{ role: 'clinician' }],
  'profile without the role': [{ role: 'gp' }],
  gp: [{ role: 'gp' }],
  coordinator: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' }],
  'coordinator (other network)': [{ role: 'coordinator', networkId: 'bru-stars', zoneId: 'south' }],
  'network-admin': [{ role: 'network-admin', networkId: 'brumenta' }],
  'network-admin (other network)': [{ role: 'network-admin', networkId: 'bru-stars' }],
  'committee-member': [{ role: 'committee-member', bodyId: 'brumenta-committee' }],
  'platform-admin': [{ role: 'platform-admin' }],
};
type Persona = keyof typeof PERSONAS;

interface Route {
  method: 'GET' | 'POST';
  /** `:session` is the owner's recorded session. */
  url: string;
  form?: Record<string, string>;
  otherwise: number;
  expect: Partial<Record<Persona, number>>;
}

const SIGN_IN = 303;
/** A page of one's own: each clinician with a profile gets theirs. */
const own = (status: number): Route['expect'] => ({
  anonymous: SIGN_IN,
  'clinician (owner)': status,
  'clinician (other profile)': status,
});
const networkStaff = (status: number, other: number): Route['expect'] => ({
  anonymous: 401,
  coordinator: status,
  'network-admin': status,
  'coordinator (other network)': other,
  'network-admin (other network)': other,
});

const ROUTES: Route[] = [
  { method: 'GET', url: '/fr/my/profile', otherwise: 403, expect: own(200) },
  { method: 'POST', url: '/fr/my/profile', form: {}, otherwise: 403, expect: own(400) },
  { method: 'GET', url: '/fr/my/sessions', otherwise: 403, expect: own(200) },
  { method: 'GET', url: '/fr/my/sessions/new', otherwise: 403, expect: own(200) },
  { method: 'POST', url: '/fr/my/sessions/new', form: { step: 'preview' }, otherwise: 403, expect: own(400) },
  {
    method: 'GET',
    url: '/fr/my/sessions/:session',
    otherwise: 403,
    expect: { ...own(200), 'clinician (other profile)': 404 },
  },
  { method: 'GET', url: '/fr/my/sessions/not-an-id', otherwise: 403, expect: own(404) },
  {
    // An empty reason: the owner is asked for one, and nothing is cancelled by the matrix.
    method: 'POST',
    url: '/fr/my/sessions/:session/cancel',
    form: { reason: '' },
    otherwise: 403,
    expect: { ...own(400), 'clinician (other profile)': 404 },
  },
  {
    method: 'GET',
    url: '/api/v1/sessions/:session',
    otherwise: 404,
    expect: { ...networkStaff(200, 404), 'clinician (owner)': 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/statements?month=2024-05&network=brumenta',
    otherwise: 403,
    expect: networkStaff(200, 403),
  },
];

for (const engine of testEngines()) {
  describe(`access matrix: clinician self-service (${engine})`, () => {
    let t: TestApp;
    const people = new Map<Persona, string>();
    let session: string;

    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN, OUTBOX_POLL_MS: '3600000' });
      const profile = (givenName: string) => {
        const checked = t.services.directory.validate(
          validProfile({ inami: null, givenName, networks: ['brumenta'], ageGroups: ['adults'] }),
        );
        assert.ok(checked.ok);
        return checked.value;
      };
      const [mine, theirs, roleless] = await t.services.directory.addClinicians([
        profile('Owner'),
        profile('Other'),
        profile('Roleless'),
      ]);
      for (const [persona, grants] of Object.entries(PERSONAS)) {
        if (!grants) continue;
        const id = await createPerson(t, { email: `${persona.replace(/\W+/g, '-')}@matrix.example`, grants });
        people.set(persona, id);
        if (persona === 'clinician (owner)') await t.services.directory.linkAccount(mine!, id);
        if (persona === 'clinician (other profile)') await t.services.directory.linkAccount(theirs!, id);
        if (persona === 'profile without the role') await t.services.directory.linkAccount(roleless!, id);
      }
      const clinician = (await t.services.directory.getClinician(mine!))!;
      const { clinicianId, ...input } = sessionBody({
        id: clinician.id,
        locations: clinician.locations.map((l) => l.id),
      });
      const decided = await t.services.care.recorderFor({ kind: 'admin' }, clinicianId as string);
      assert.ok(decided.ok);
      const recorded = await t.services.care.recordSession(decided.recorder, input as never);
      assert.ok(recorded.ok);
      session = recorded.id;
    });
    after(() => t.close());

    for (const route of ROUTES) {
      it(`${route.method} ${route.url}`, async () => {
        const url = route.url.replace(':session', session);
        const got: Record<string, number> = {};
        const want: Record<string, number> = {};
        for (const persona of Object.keys(PERSONAS)) {
          const id = people.get(persona);
          const client = id ? await signedInClient(t, id) : new TestClient(t);
          const response =
            route.method === 'GET'
              ? await client.get(url)
              : await client.submit('/fr/forgot-password', route.form ?? {}, url);
          got[persona] = response.statusCode;
          want[persona] = route.expect[persona] ?? route.otherwise;
          if (want[persona] === SIGN_IN)
            assert.match(
              String(response.headers.location),
              /^\/fr\/sign-in/,
              `${persona} is sent to sign in`,
            );
        }
        assert.deepEqual(got, want);
      });
    }
  });
}
