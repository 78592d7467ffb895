// The authorization matrix of the follow-up's routes (issue 15 §3), on both engines: publishing
// a call from the case page, a clinician's page of calls and proposals and their answers, and a
// GP's or an organisation's "my requests". Each persona × each route.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GrantScope } from '../../src/platform/auth/roles.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { FormClient } from './support/client.ts';
import { ORGANISATION_OFFER } from './support/fixtures.ts';
import { coordinatorOf, createStaff } from './support/staff.ts';

const none = { networkId: null, zoneId: null, bodyId: null };
const PERSONAS = [
  'anonymous',
  'gp',
  'organisation',
  'clinician without profile',
  'clinician of the zone',
  'clinician elsewhere',
  'coordinator, own zone',
  'coordinator, other zone',
  'network admin',
  'platform admin',
] as const;
type Persona = (typeof PERSONAS)[number];

function row(...statuses: number[]): Record<Persona, number> {
  return Object.fromEntries(PERSONAS.map((persona, index) => [persona, statuses[index]!])) as Record<
    Persona,
    number
  >;
}
//                          anon gp   org  clin zone else own  other na   padmin
const PUBLISH_CALL = row(303, 404, 404, 404, 404, 404, 303, 404, 403, 404);
const PROPOSALS_PAGE = row(303, 403, 403, 403, 200, 200, 403, 403, 403, 403);
const ANSWER_CALL = row(303, 403, 403, 403, 303, 404, 403, 403, 403, 403);
const MY_REQUESTS = row(303, 200, 200, 403, 403, 403, 403, 403, 403, 403);

for (const engine of testEngines()) {
  describe(`follow-up authorization matrix (${engine})`, () => {
    let t: TestApp;
    let offerId: string;
    const clients = new Map<Persona, FormClient>();

    before(async () => {
      t = await startTestApp(engine);
      const offer = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partner-offers',
        payload: ORGANISATION_OFFER,
      });
      offerId = offer.json().id;
      const zoneId: string = offer.json().zone;
      const snapshot = t.services.reference.snapshot();
      const other = [...snapshot.zones.values()].find(
        (zone) => zone.id !== zoneId && !zone.postcodes.includes('1070'),
      )!;
      const at = (postcode: string) => {
        const centre = snapshot.localities.get(postcode)!;
        return [
          {
            kind: 'practice' as const,
            name: null,
            street: 'Rue 1',
            postcode,
            lat: centre.lat,
            lon: centre.lon,
            wheelchair: true,
          },
        ];
      };
      const [inZone, elsewhere] = await addClinicians(t.services.directory, [
        clinician('Zonal', ['brumenta', 'bru-stars'], { locations: at('1070'), email: 'z@clinic.example' }),
        clinician('Distal', ['brumenta', 'bru-stars'], { locations: at(other.postcodes[0]!) }),
      ]);
      const grants: Record<Exclude<Persona, 'anonymous'>, GrantScope[]> = {
        gp: [{ ...none, role: 'gp' }],
        organisation: [{ ...none, role: 'organisation' }],
        'clinician without profile': [{ ...none, role: 'clinician' }],
        'clinician of the zone': [{ ...none, role: 'clinician' }],
        'clinician elsewhere': [{ ...none, role: 'clinician' }],
        'coordinator, own zone': coordinatorOf(zoneId),
        'coordinator, other zone': coordinatorOf(other.id),
        'network admin': [{ ...none, role: 'network-admin', networkId: 'brumenta' }],
        'platform admin': [{ ...none, role: 'platform-admin' }],
      };
      clients.set('anonymous', new FormClient(t));
      let n = 0;
      for (const [persona, scopes] of Object.entries(grants) as Array<[Persona, GrantScope[]]>) {
        const staff = await createStaff(t, {
          email: `p${n++}@follow.example`,
          displayName: persona,
          grants: scopes,
        });
        if (persona === 'clinician of the zone')
          await t.services.directory.linkAccount(inZone!.id, staff.user.accountId);
        if (persona === 'clinician elsewhere')
          await t.services.directory.linkAccount(elsewhere!.id, staff.user.accountId);
        if (persona === 'coordinator, own zone')
          assert.ok((await t.services.requests.cases.act(staff.user, offerId, 'acknowledge', {})).ok);
        clients.set(persona, new FormClient(t, staff.cookie));
      }
    });
    after(() => t.close());

    async function matrix(expected: Record<Persona, number>, call: (client: FormClient) => Promise<number>) {
      const got: Record<string, number> = {};
      for (const persona of PERSONAS) got[persona] = await call(clients.get(persona)!);
      assert.deepEqual(got, expected);
    }

    async function post(client: FormClient, url: string, fields: Record<string, string> = {}) {
      await client.get('/fr/professionals/status'); // a page with a form: the CSRF token
      return client.status('POST', url, fields);
    }

    it('POST /{locale}/inbox/cases/{id}/publish-call', async () => {
      await matrix(PUBLISH_CALL, (c) =>
        post(c, `/fr/inbox/cases/${offerId}/publish-call`, { text: 'Appel' }),
      );
      const view = await t.services.requests.cases
        .view(
          (
            await createStaff(t, {
              email: 'reader@follow.example',
              displayName: 'R',
              grants: coordinatorOf('east'),
            })
          ).user,
          offerId,
        )
        .catch(() => null);
      assert.equal(view, null, 'another zone cannot read the case');
    });

    it('GET /{locale}/my/proposals', async () => {
      await matrix(PROPOSALS_PAGE, (c) => c.status('GET', '/nl/my/proposals'));
      const page = await clients.get('clinician of the zone')!.get('/fr/my/proposals');
      assert.match(page.body, /Maison de quartier Cureghem/);
      const elsewhere = await clients.get('clinician elsewhere')!.get('/fr/my/proposals');
      assert.doesNotMatch(elsewhere.body, /Maison de quartier Cureghem/);
    });

    it('POST /{locale}/my/proposals/{id}/answer-call', async () => {
      await matrix(ANSWER_CALL, (c) => post(c, `/fr/my/proposals/${offerId}/answer-call`, { text: 'Oui' }));
    });

    it('POST /{locale}/my/proposals/{id}/{unknown} is not a route', async () => {
      const status = await post(clients.get('clinician of the zone')!, `/fr/my/proposals/${offerId}/close`);
      assert.equal(status, 404);
    });

    it('GET /{locale}/my/requests', async () => {
      await matrix(MY_REQUESTS, (c) => c.status('GET', '/en/my/requests'));
    });
  });
}
