// Every events route and page × every kind of person: the public side is open to all; the
// organiser's side follows the policy (event.create, event.manage): coordinators of the event's
// zone, admins of its networks, the clinician who organises it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';
import { createTestEvent } from './support.ts';

type Persona =
  | 'anonymous'
  | 'gp'
  | 'organisation'
  | 'own-clinician'
  | 'other-clinician'
  | 'zone-coordinator'
  | 'other-zone-coordinator'
  | 'network-admin'
  | 'committee-member'
  | 'platform-admin';
const PERSONAS: Persona[] = [
  'anonymous',
  'gp',
  'organisation',
  'own-clinician',
  'other-clinician',
  'zone-coordinator',
  'other-zone-coordinator',
  'network-admin',
  'committee-member',
  'platform-admin',
];

const ORGANISERS: Persona[] = [
  'own-clinician',
  'other-clinician',
  'zone-coordinator',
  'other-zone-coordinator',
  'network-admin',
];
const MANAGERS: Persona[] = ['own-clinician', 'zone-coordinator', 'network-admin'];

/** 303 to sign in when signed out; 200 (or the success redirect) when allowed; 403 otherwise. */
const expected = (persona: Persona, allowed: Persona[], ok = 200) =>
  persona === 'anonymous' ? 303 : allowed.includes(persona) ? ok : 403;

for (const engine of testEngines()) {
  describe(`events authorization matrix (${engine})`, () => {
    let t: TestApp;
    const clients = new Map<Persona, TestClient>();
    let eventId = '';
    before(async () => {
      t = await startTestApp(engine);
      const grants: Record<Exclude<Persona, 'anonymous'>, Parameters<typeof createPerson>[1]['grants']> = {
        gp: [{ role: 'gp' }],
        organisation: [{ role: 'organisation' }],
        'own-clinician': [{ role: 'clinician' }],
        'other-clinician': [{ role: 'clinician' }],
        'zone-coordinator': [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'east' }],
        'other-zone-coordinator': [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'south' }],
        'network-admin': [{ role: 'network-admin', networkId: 'brumenta' }],
        'committee-member': [{ role: 'committee-member', bodyId: 'brumenta-committee' }],
        'platform-admin': [{ role: 'platform-admin' }],
      };
      clients.set('anonymous', new TestClient(t));
      const ids = new Map<Persona, string>();
      for (const [persona, personaGrants] of Object.entries(grants) as Array<[Persona, typeof grants.gp]>) {
        const id = await createPerson(t, { email: `${persona}@example.be`, grants: personaGrants });
        ids.set(persona, id);
        clients.set(persona, await signedInClient(t, id));
      }
      eventId = (await createTestEvent(t, {}, ids.get('own-clinician')!)).id;
    });
    after(() => t.close());

    /** A client with a CSRF token of its own session (read from the public event page). */
    async function client(persona: Persona) {
      const c = clients.get(persona)!;
      await c.get(`/fr/events/${eventId}`);
      return c;
    }

    it('public agenda, event pages and the API answer everyone', async () => {
      for (const persona of PERSONAS) {
        const c = await client(persona);
        for (const url of [
          '/fr/events',
          `/nl/events/${eventId}`,
          '/api/v1/events',
          '/en/events/cancel?token=x',
        ]) {
          const status = (await c.get(url)).statusCode;
          assert.equal(status, url.includes('cancel') ? 404 : 200, `${persona} GET ${url}`);
        }
      }
    });

    it('GET /{locale}/events/manage and /manage/new: whoever may organise events', async () => {
      for (const persona of PERSONAS) {
        const c = await client(persona);
        assert.equal(
          (await c.get('/fr/events/manage')).statusCode,
          expected(persona, ORGANISERS),
          `${persona} list`,
        );
        assert.equal(
          (await c.get('/fr/events/manage/new')).statusCode,
          expected(persona, ORGANISERS),
          `${persona} new`,
        );
      }
    });

    it('POST /{locale}/events/manage/new in the east zone: its coordinator, the network admin, any clinician (their own)', async () => {
      const allowed: Persona[] = ['own-clinician', 'other-clinician', 'zone-coordinator', 'network-admin'];
      for (const persona of PERSONAS) {
        const c = await client(persona);
        const day = new Date(Date.now() + 20 * 24 * 3_600_000);
        const response = await c.post('/fr/events/manage/new', {
          kind: 'cpm',
          title: `CPM ${persona}`,
          date: `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`,
          startTime: '12:30',
          endTime: '14:00',
          zoneId: 'east',
          language: 'fr',
          onlineUrl: 'https://meet.example/cpm',
          capacity: '8',
          audience: 'professionals',
          leader: 'Dr A',
        });
        assert.equal(response.statusCode, expected(persona, allowed, 303), `${persona} create`);
      }
    });

    it("an event's registrations, attendance and CSV: the organising clinician, the zone's coordinator, the network admin", async () => {
      for (const persona of PERSONAS) {
        const c = await client(persona);
        assert.equal(
          (await c.get(`/fr/events/manage/${eventId}`)).statusCode,
          expected(persona, MANAGERS),
          `${persona} view`,
        );
        assert.equal(
          (await c.get(`/fr/events/manage/${eventId}/registrations.csv`)).statusCode,
          expected(persona, MANAGERS),
          `${persona} csv`,
        );
        assert.equal(
          (await c.post(`/fr/events/manage/${eventId}/attendance`, {})).statusCode,
          expected(persona, MANAGERS, 303),
          `${persona} attendance`,
        );
      }
    });

    it("cancelling an event: the organising clinician, the zone's coordinator, the network admin", async () => {
      for (const persona of PERSONAS) {
        const c = await client(persona);
        const response = await c.post(`/fr/events/manage/${eventId}/cancel`, {});
        assert.equal(response.statusCode, expected(persona, MANAGERS, 303), `${persona} cancel`);
      }
    });

    it('an unknown or malformed event id is 404 for an organiser', async () => {
      const c = await client('zone-coordinator');
      assert.equal((await c.get('/fr/events/manage/00000000-0000-4000-8000-000000000000')).statusCode, 404);
      assert.equal((await c.get('/fr/events/manage/nope')).statusCode, 404);
      assert.equal((await c.get('/fr/events/nope')).statusCode, 404);
    });
  });
}
