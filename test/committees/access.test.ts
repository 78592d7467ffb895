// Every committee page and form × persona, on both engines: a member of the CRR of Brumenta and
// of the CRE of Bru-Stars, a coordinator, network admins of Brumenta and of Bru-Stars, a
// platform admin, and someone signed out. A body's meetings are invisible (404) outside it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { committeeMeetings } from '../../src/committees/tables.ts';
import type { CurrentUser, GrantScope } from '../../src/platform/auth/roles.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { testEngines } from '../support/database.ts';
import { dayFromToday } from '../support/dates.ts';
import { TestClient } from '../support/http-client.ts';
import { startCommitteeApp } from './support/app.ts';

const none = { networkId: null, zoneId: null, bodyId: null };
const PERSONAS = {
  anonymous: null,
  'member of this body': [{ ...none, role: 'committee-member', bodyId: 'brumenta-crr' }],
  'member of another body': [{ ...none, role: 'committee-member', bodyId: 'bru-stars-cre' }],
  coordinator: [{ ...none, role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' }],
  'network admin, this network': [{ ...none, role: 'network-admin', networkId: 'brumenta' }],
  'network admin, other network': [{ ...none, role: 'network-admin', networkId: 'bru-stars' }],
  'platform admin': [{ ...none, role: 'platform-admin' }],
} satisfies Record<string, GrantScope[] | null>;
type Persona = keyof typeof PERSONAS;
const order = Object.keys(PERSONAS) as Persona[];

function row(...statuses: number[]): Record<Persona, number> {
  return Object.fromEntries(order.map((persona, index) => [persona, statuses[index]!])) as Record<
    Persona,
    number
  >;
}
//                     anon member other coord naOwn naOther padmin
const LIST = row(303, 200, 200, 403, 200, 200, 403);
const READ = row(303, 200, 404, 404, 200, 404, 404);
const MANAGE = row(303, 303, 404, 404, 303, 404, 404);
const DECIDE = row(303, 303, 404, 404, 403, 404, 404);

for (const engine of testEngines()) {
  describe(`committee pages access matrix (${engine})`, () => {
    let t: Awaited<ReturnType<typeof startCommitteeApp>>;
    const clients = new Map<Persona, TestClient>();
    let memberId = '';
    let meetingId = '';
    let secondId = '';

    /** The member of this body as services see them. */
    const member = (): CurrentUser => ({
      accountId: memberId,
      email: 'person1@staff.example',
      displayName: 'member',
      locale: 'fr',
      grants: [{ id: 'g', ...none, role: 'committee-member', bodyId: 'brumenta-crr' }],
    });

    async function newMeeting(): Promise<string> {
      const created = await t.services.committees.createMeeting(member(), 'brumenta-crr', {
        heldOn: dayFromToday(7),
        startsAt: '14:00',
        mode: 'online',
        place: 'Visio',
      });
      assert.ok(created.ok);
      return created.id;
    }

    before(async () => {
      t = await startCommitteeApp(engine);
      t.desk.add({ applicationId: 'app-1', networkIds: ['brumenta'] });
      let n = 0;
      for (const persona of order) {
        const grants = PERSONAS[persona];
        if (!grants) {
          clients.set(persona, new TestClient(t));
          continue;
        }
        const id = await createPerson(t, {
          email: `person${n++}@staff.example`,
          displayName: persona,
          grants,
        });
        if (persona === 'member of this body') memberId = id;
        clients.set(persona, await signedInClient(t, id));
      }
      // A second member, so that two present make the quorum.
      secondId = await createPerson(t, {
        email: 'second@crr.example',
        grants: [{ role: 'committee-member', bodyId: 'brumenta-crr' }],
      });
      meetingId = await newMeeting();
    });
    after(() => t.close());

    async function matrix(expected: Record<Persona, number>, call: (client: TestClient) => Promise<number>) {
      const got: Record<string, number> = {};
      for (const persona of order) got[persona] = await call(clients.get(persona)!);
      assert.deepEqual(got, expected);
    }

    /** Posts with a CSRF token and the meeting's current version (a fresh page, not a stale one). */
    async function post(client: TestClient, url: string, form: Record<string, string>, id = meetingId) {
      await client.get('/fr/professionals/status');
      const [current] = await t.database.db
        .select({ version: committeeMeetings.version })
        .from(committeeMeetings)
        .where(eq(committeeMeetings.id, id));
      return (await client.post(url, { version: String(current!.version), ...form })).statusCode;
    }

    it('GET /{locale}/committees lists only the person’s own bodies', async () => {
      await matrix(LIST, async (c) => (await c.get('/fr/committees')).statusCode);
      const other = await clients.get('member of another body')!.get('/en/committees');
      assert.match(other.body, /Regional Executive Council \(CRE\) of Bru-Stars/);
      assert.doesNotMatch(other.body, /Brumenta/);
      const admin = await clients.get('network admin, this network')!.get('/nl/committees');
      assert.match(admin.body, /Gewestelijke Netwerkraad \(CRR\) van Brumenta/);
    });

    it('GET and POST /{locale}/committees/{bodyId}/meetings/new', async () => {
      await matrix(READ, async (c) => (await c.get('/fr/committees/brumenta-crr/meetings/new')).statusCode);
      const form = {
        heldOn: dayFromToday(8, 'belgian'),
        startsAt: '10:00',
        mode: 'in-person',
        place: 'Salle 2',
      };
      await matrix(MANAGE, async (c) => {
        await c.get('/fr/professionals/status');
        return (await c.post('/fr/committees/brumenta-crr/meetings/new', form)).statusCode;
      });
      const member = clients.get('member of this body')!;
      assert.equal((await member.get('/fr/committees/no-such-body/meetings/new')).statusCode, 404);
    });

    it('GET /{locale}/committees/meetings/{id} and its minutes', async () => {
      await matrix(READ, async (c) => (await c.get(`/fr/committees/meetings/${meetingId}`)).statusCode);
      await matrix(
        READ,
        async (c) => (await c.get(`/fr/committees/meetings/${meetingId}/minutes`)).statusCode,
      );
      const member = clients.get('member of this body')!;
      assert.equal((await member.get('/fr/committees/meetings/not-a-uuid')).statusCode, 404);
      assert.equal(
        (await member.get('/fr/committees/meetings/00000000-0000-4000-8000-000000000000')).statusCode,
        404,
      );
    });

    it('POST attendance, agenda and recusals: members and the network’s admins', async () => {
      const url = `/fr/committees/meetings/${meetingId}`;
      await matrix(MANAGE, (c) => post(c, `${url}/attendance`, { present: memberId }));
      await matrix(MANAGE, (c) => post(c, `${url}/agenda`, {}));
      await matrix(MANAGE, (c) =>
        post(c, `${url}/items/app-1/recusals`, { memberId, note: 'Lien familial' }),
      );
      await matrix(MANAGE, async (c) => {
        // A recusal to withdraw each time.
        const { version } = await t.services.committees.meeting(member(), meetingId);
        await t.services.committees.declareRecusal(member(), meetingId, 'app-1', version, {
          memberId,
          note: 'x',
        });
        return post(c, `${url}/items/app-1/recusals/withdraw`, { memberId });
      });
    });

    it('POST a decision: members only', async () => {
      const id = await newMeeting();
      const url = `/fr/committees/meetings/${id}`;
      // Both members present (the form repeats `present`: through the service here).
      const view = await t.services.committees.meeting(member(), id);
      const outcome = await t.services.committees.recordAttendance(member(), id, view.version, [
        memberId,
        secondId,
      ]);
      assert.ok(outcome.ok);
      const decision = {
        outcome: 'approve',
        reasons: 'Utile',
        votesFor: '2',
        votesAgainst: '0',
        abstentions: '0',
      };
      await matrix(DECIDE, (c) => post(c, `${url}/items/app-1/decision`, decision, id));
    });

    it('POST close: members and the network’s admins', async () => {
      await matrix(MANAGE, async (c) => {
        const id = await newMeeting();
        return post(c, `/fr/committees/meetings/${id}/close`, { confirmed: 'yes' }, id);
      });
    });
  });
}
