// The authorization matrix of every route the applications capability adds: each persona
// (anonymous, the applicant, each role, a coordinator of the case's zone and of another zone,
// network admins of the case's network and of another, a committee member, a platform admin)
// × each route, on both engines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GrantScope } from '../../src/platform/auth/roles.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';
import {
  act,
  caseIdFrom,
  cookieOf,
  coordinatorOf,
  DECLARATION,
  fillAll,
  PDF,
  upload,
} from './support/helpers.ts';

const none = { networkId: null, zoneId: null, bodyId: null };
const PERSONAS: Record<string, GrantScope[] | null | 'applicant'> = {
  anonymous: null,
  applicant: 'applicant',
  gp: [{ ...none, role: 'gp' }],
  clinician: [{ ...none, role: 'clinician' }],
  organisation: [{ ...none, role: 'organisation' }],
  'coordinator, own zone': coordinatorOf('east'),
  'coordinator, other zone': coordinatorOf('south'),
  'network admin, own network': [{ ...none, role: 'network-admin', networkId: 'brumenta' }],
  'network admin, other network': [{ ...none, role: 'network-admin', networkId: 'bru-stars' }],
  'committee member': [{ ...none, role: 'committee-member', bodyId: 'brumenta-crr' }],
  'platform admin': [{ ...none, role: 'platform-admin' }],
};
type Persona = keyof typeof PERSONAS;
const order = Object.keys(PERSONAS) as Persona[];
function row(...statuses: number[]): Record<Persona, number> {
  return Object.fromEntries(order.map((persona, index) => [persona, statuses[index]!])) as Record<
    Persona,
    number
  >;
}

// A signed-out post is sent to sign in (303); the applicant may know their case exists, so a staff
// action on it is forbidden (403) rather than hidden.
//                        anon appl gp   clin org  own  other naOwn naOth cmte padmin
const PUBLIC = row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
const SIGNED_IN = row(303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
const OWNER_PAGE = row(303, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404);
const OWNER_POST = row(303, 303, 404, 404, 404, 404, 404, 404, 404, 404, 404);
const STAFF_LIST = row(303, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403);
const STAFF_CASE = row(303, 404, 404, 404, 404, 200, 404, 200, 404, 404, 404);
const STAFF_ACT = row(303, 403, 404, 404, 404, 303, 404, 403, 404, 404, 404);
// Once put to a deciding body, its members read the case too.
const STAFF_CASE_DECIDED = row(303, 404, 404, 404, 404, 200, 404, 200, 404, 200, 404);
const READERS = row(303, 200, 404, 404, 404, 200, 404, 200, 404, 404, 404);

for (const engine of testEngines()) {
  describe(`applications authorization matrix (${engine})`, () => {
    let t: TestApp;
    let caseId = '';
    let fileId = '';
    const clients = new Map<Persona, TestClient>();

    before(async () => {
      t = await startTestApp(engine);
      for (const persona of order) {
        const grants = PERSONAS[persona];
        if (grants === null) {
          clients.set(persona, new TestClient(t));
          continue;
        }
        const email = `${persona.replace(/[^a-z]+/g, '-')}@example.be`;
        const id = await createPerson(t, { email, grants: grants === 'applicant' ? [] : grants });
        clients.set(persona, await signedInClient(t, id));
      }
      const applicant = clients.get('applicant')!;
      await fillAll(t, applicant, '/fr/professionals/join', DECLARATION);
      for (const kind of ['diploma', 'visa']) {
        await upload(t, applicant, {
          page: '/fr/professionals/join/documents',
          action: '/fr/professionals/join/documents/upload',
          fields: { documentKind: kind },
          filename: `${kind}.pdf`,
          content: PDF,
        });
      }
      await applicant.get('/fr/professionals/join/check');
      caseId = caseIdFrom((await applicant.post('/fr/professionals/join/check')).headers.location as string);
      const coordinator = clients.get('coordinator, own zone')!;
      const page = await coordinator.get(`/fr/applications/${caseId}`);
      fileId = /applications\/files\/([0-9a-f-]{36})/.exec(page.body)![1]!;
      await act(t, coordinator, 'fr', caseId, 'start-check', {});
    });
    after(() => t.close());

    async function check(
      expected: Record<Persona, number>,
      request: (client: TestClient) => Promise<number>,
    ) {
      const got = {} as Record<Persona, number>;
      for (const persona of order) got[persona] = await request(clients.get(persona)!);
      assert.deepEqual(got, expected);
    }
    const get = (url: () => string) => async (client: TestClient) => (await client.get(url())).statusCode;
    const post = (url: () => string, form: Record<string, string>) => async (client: TestClient) => {
      await client.get('/fr/professionals/join');
      return (
        await t.app.inject({
          method: 'POST',
          url: url(),
          headers: { cookie: cookieOf(client), 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ _csrf: await csrfOf(client), ...form }).toString(),
        })
      ).statusCode;
    };
    async function csrfOf(client: TestClient): Promise<string> {
      const page = await client.get('/fr/professionals/service/questions');
      const start = await client.get('/fr/professionals/join');
      return /name="_csrf" value="([^"]+)"/.exec(start.body + page.body)?.[1] ?? '';
    }

    it('public pages: the start pages and the questions preview', async () => {
      await check(
        PUBLIC,
        get(() => '/fr/professionals/join'),
      );
      await check(
        PUBLIC,
        get(() => '/fr/professionals/service'),
      );
      await check(
        PUBLIC,
        get(() => '/fr/professionals/service/questions'),
      );
    });
    it('questionnaire pages need an account (anyone may apply)', async () => {
      await check(
        SIGNED_IN,
        get(() => '/fr/professionals/join/identity'),
      );
      await check(
        SIGNED_IN,
        get(() => '/fr/professionals/service/organisation'),
      );
      await check(
        SIGNED_IN,
        get(() => '/fr/my/applications'),
      );
    });
    it('the applicant’s space is the applicant’s only', async () => {
      await check(
        OWNER_PAGE,
        get(() => `/fr/my/applications/${caseId}`),
      );
      await check(
        OWNER_POST,
        post(() => `/fr/my/applications/${caseId}/answer`, { text: 'Réponse' }),
      );
    });
    it('the back office: the zone’s coordinators and the network’s admins', async () => {
      await check(
        STAFF_LIST,
        get(() => '/fr/applications'),
      );
      await check(
        STAFF_CASE,
        get(() => `/fr/applications/${caseId}`),
      );
      await check(
        STAFF_ACT,
        post(() => `/fr/applications/${caseId}/actions/note`, { text: 'Note' }),
      );
    });
    it('documents: the applicant and the case’s readers', async () => {
      await check(
        READERS,
        get(() => `/fr/applications/files/${fileId}`),
      );
    });
    it('the convention: the applicant and the case’s readers, once approved', async () => {
      const coordinator = clients.get('coordinator, own zone')!;
      await act(t, coordinator, 'fr', caseId, 'log-contact', { date: '2026-11-20', text: 'Rencontre' });
      await act(t, coordinator, 'fr', caseId, 'send-to-decision', {});
      await t.services.decisionDesk.recordDecision({
        applicationId: caseId,
        bodyId: 'brumenta-committee',
        networkIds: ['brumenta'],
        outcome: 'approve',
        reasons: 'Favorable',
        meetingId: 'm1',
        recordedBy: { accountId: '00000000-0000-4000-8000-000000000001', label: 'Secretary' },
        at: new Date(),
      });
      await check(
        READERS,
        get(() => `/fr/applications/${caseId}/convention`),
      );
      await check(
        STAFF_CASE_DECIDED,
        get(() => `/fr/applications/${caseId}`),
      );
    });
  });
}
