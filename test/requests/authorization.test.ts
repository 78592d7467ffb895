// The authorization matrix of every route and page the requests capability adds: each persona
// (anonymous, each role, a coordinator of the case's zone and of another zone, an admin of the
// case's network and of another one) × each route, on both engines. Public forms are open to all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GrantScope } from '../../src/platform/auth/roles.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { FormClient } from './support/client.ts';
import { GP_REQUEST, ORGANISATION_OFFER } from './support/fixtures.ts';
import { coordinatorOf, createStaff } from './support/staff.ts';

const none = { networkId: null, zoneId: null, bodyId: null };
const PERSONAS: Record<string, GrantScope[] | null> = {
  anonymous: null,
  gp: [{ ...none, role: 'gp' }],
  clinician: [{ ...none, role: 'clinician' }],
  organisation: [{ ...none, role: 'organisation' }],
  'coordinator, own zone': coordinatorOf('north-west'),
  'coordinator, other zone': coordinatorOf('east'),
  'network admin, own network': [{ ...none, role: 'network-admin', networkId: 'brumenta' }],
  'network admin, other network': [{ ...none, role: 'network-admin', networkId: 'bru-stars' }],
  'committee member': [{ ...none, role: 'committee-member', bodyId: 'brumenta-committee' }],
  'platform admin': [{ ...none, role: 'platform-admin' }],
};
type Persona = keyof typeof PERSONAS;

// Expected status per persona, in PERSONAS order.
const order = Object.keys(PERSONAS) as Persona[];
function row(...statuses: number[]): Record<Persona, number> {
  return Object.fromEntries(order.map((persona, index) => [persona, statuses[index]!])) as Record<
    Persona,
    number
  >;
}
//                    anon gp   clin org  own  other naOwn naOther cmte padmin
const READ_API = row(401, 404, 404, 404, 200, 404, 200, 404, 404, 404);
const ACT_API = row(401, 404, 404, 404, 200, 404, 403, 404, 404, 404);
const READ_PAGE = row(303, 404, 404, 404, 200, 404, 200, 404, 404, 404);
const ACT_PAGE = row(303, 404, 404, 404, 303, 404, 403, 404, 404, 404);
const ASSIGN_PAGE = row(303, 404, 404, 404, 200, 404, 303, 404, 404, 404);
const INBOX = row(303, 403, 403, 403, 200, 200, 200, 200, 403, 403);
const SETTINGS = row(303, 403, 403, 403, 403, 403, 200, 200, 403, 403);
const PUBLIC = row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200);

for (const engine of testEngines()) {
  describe(`requests authorization matrix (${engine})`, () => {
    let t: TestApp;
    let supportId: string;
    let supportReference: string;
    let offerId: string;
    const clients = new Map<Persona, FormClient>();

    before(async () => {
      t = await startTestApp(engine);
      const support = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: GP_REQUEST,
      });
      supportId = support.json().id;
      supportReference = support.json().reference;
      // An offer in Laeken for adults: north-west, Brumenta, like the GP request.
      const offer = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partner-offers',
        payload: {
          ...ORGANISATION_OFFER,
          venue: { ...ORGANISATION_OFFER.venue, postcode: '1020', targetPublic: ['adults'] },
        },
      });
      offerId = offer.json().id;
      // Acknowledged, so that assigning a clinician is possible (the status table allows it then).
      const [northWest] = await Promise.all([
        createStaff(t, { email: 'nw@staff.example', displayName: 'NW', grants: coordinatorOf('north-west') }),
      ]);
      assert.ok((await t.services.requests.cases.act(northWest!.user, supportId, 'acknowledge', {})).ok);
      let n = 0;
      for (const persona of order) {
        const grants = PERSONAS[persona];
        if (!grants) {
          clients.set(persona, new FormClient(t));
          continue;
        }
        const staff = await createStaff(t, {
          email: `person${n++}@staff.example`,
          displayName: persona,
          grants,
        });
        clients.set(persona, new FormClient(t, staff.cookie));
      }
    });
    after(() => t.close());

    async function matrix(expected: Record<Persona, number>, call: (client: FormClient) => Promise<number>) {
      const got: Record<string, number> = {};
      for (const persona of order) got[persona] = await call(clients.get(persona)!);
      assert.deepEqual(got, expected);
    }

    it('GET /api/v1/support-requests/{id} and /api/v1/partner-offers/{id}', async () => {
      await matrix(
        READ_API,
        async (c) => (await c.api('GET', `/api/v1/support-requests/${supportId}`)).statusCode,
      );
      await matrix(
        READ_API,
        async (c) => (await c.api('GET', `/api/v1/partner-offers/${offerId}`)).statusCode,
      );
    });

    it('a case id of the other type, or made up, is 404 for everyone signed in', async () => {
      const own = clients.get('coordinator, own zone')!;
      assert.equal((await own.api('GET', `/api/v1/partner-offers/${supportId}`)).statusCode, 404);
      assert.equal(
        (await own.api('GET', '/api/v1/support-requests/00000000-0000-4000-8000-000000000000')).statusCode,
        404,
      );
    });

    it('POST /api/v1/{support-requests,partner-offers}/{id}/actions', async () => {
      await matrix(
        ACT_API,
        async (c) =>
          (
            await c.api('POST', `/api/v1/support-requests/${supportId}/actions`, {
              type: 'note',
              text: 'Gebeld.',
            })
          ).statusCode,
      );
      await matrix(
        ACT_API,
        async (c) =>
          (
            await c.api('POST', `/api/v1/partner-offers/${offerId}/actions`, {
              type: 'note',
              text: 'Appelé.',
            })
          ).statusCode,
      );
    });

    it('GET /{locale}/inbox, and only the own zone’s inbox lists the case', async () => {
      await matrix(INBOX, (c) => c.status('GET', '/fr/inbox'));
      const own = await clients.get('coordinator, own zone')!.get('/fr/inbox');
      assert.match(own.body, new RegExp(supportReference));
      const other = await clients.get('coordinator, other zone')!.get('/fr/inbox');
      assert.doesNotMatch(other.body, new RegExp(supportReference));
      const otherNetwork = await clients.get('network admin, other network')!.get('/fr/inbox');
      assert.doesNotMatch(otherNetwork.body, new RegExp(supportReference));
      // Searching by reference from another zone finds nothing either.
      const search = await clients
        .get('coordinator, other zone')!
        .get(`/fr/inbox?reference=${supportReference}`);
      assert.doesNotMatch(search.body, new RegExp(`/inbox/cases/${supportId}`));
    });

    it('GET /{locale}/inbox/cases/{id} and its assign page', async () => {
      await matrix(READ_PAGE, (c) => c.status('GET', `/fr/inbox/cases/${supportId}`));
      await matrix(READ_PAGE, (c) => c.status('GET', `/nl/inbox/cases/${offerId}`));
      await matrix(ASSIGN_PAGE, (c) => c.status('GET', `/fr/inbox/cases/${supportId}/assign`));
    });

    it('POST /{locale}/inbox/cases/{id}/{action}', async () => {
      await matrix(ACT_PAGE, async (c) => {
        await c.get('/fr/professionals/status'); // a page with a form: the CSRF token
        return c.status('POST', `/fr/inbox/cases/${supportId}/note`, { text: 'Note' });
      });
    });

    it('GET and POST /{locale}/inbox/settings', async () => {
      await matrix(SETTINGS, (c) => c.status('GET', '/fr/inbox/settings'));
      // Only Brumenta's admins may change Brumenta's target.
      await matrix({ ...SETTINGS, 'network admin, other network': 403 }, async (c) => {
        await c.get('/fr/professionals/status');
        return c.status('POST', '/fr/inbox/settings', { network: 'brumenta', days: '3' });
      });
    });

    it('a network admin sees the staff reads and writes of the network’s cases in the audit log', async () => {
      await clients.get('coordinator, own zone')!.get(`/fr/inbox/cases/${supportId}`);
      const own = await clients
        .get('network admin, own network')!
        .get(`/fr/admin/audit?resource=${supportId}`);
      assert.equal(own.status, 200);
      assert.doesNotMatch(own.body, /Aucune entrée ne correspond/);
      assert.match(own.body, /<td[^>]*>case\.read/);
      assert.match(own.body, /<td[^>]*>case\.note/);
      const other = await clients
        .get('network admin, other network')!
        .get(`/fr/admin/audit?resource=${supportId}`);
      assert.match(other.body, /Aucune entrée ne correspond/);
    });

    it('the public forms and the status page are open to everyone', async () => {
      for (const path of [
        '/fr/professionals/support',
        '/nl/professionals/support/kind',
        '/en/professionals/partner',
        '/fr/professionals/partner/venue',
        '/fr/professionals/status',
      ]) {
        await matrix(PUBLIC, (c) => c.status('GET', path));
      }
      await matrix(
        row(201, 201, 201, 201, 201, 201, 201, 201, 201, 201),
        async (c) => (await c.api('POST', '/api/v1/support-requests', GP_REQUEST)).statusCode,
      );
    });
  });
}
