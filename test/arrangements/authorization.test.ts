// Every standing-arrangement route × every kind of person: the coordinator of the request's zone
// makes it (case.update); only its clinician reads and acts on it from their list (another
// clinician gets 404, as for anything not theirs); the GP's side answers to the token alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { arrangements } from '../../src/arrangements/tables.ts';
import { mailTo } from '../support/accounts.ts';
import { testEngines } from '../support/database.ts';
import { ARRANGEMENT_FORM, type ArrangementWorld, type Persona, startArrangementWorld } from './support.ts';

const PERSONAS: Persona[] = [
  'anonymous',
  'gp',
  'ana',
  'ben',
  'zone-coordinator',
  'other-zone-coordinator',
  'network-admin',
];

type Row = Record<Persona, number>;
/** Signed out: to sign in (303); otherwise the row's status. */
const row = (values: Omit<Row, 'anonymous'>): Row => ({ anonymous: 303, ...values });

for (const engine of testEngines()) {
  describe(`standing arrangements authorization matrix (${engine})`, () => {
    let w: ArrangementWorld;
    let id = '';
    let token = '';
    before(async () => {
      w = await startArrangementWorld(engine);
      const made = await w.clients
        .get('zone-coordinator')!
        .submit(
          `/fr/arrangements/new?request=${w.caseId}`,
          { ...ARRANGEMENT_FORM, request: w.caseId },
          '/fr/arrangements/new',
        );
      assert.equal(made.statusCode, 303, made.body);
      const [found] = await w.t.database.db
        .select()
        .from(arrangements)
        .where(eq(arrangements.requestCaseId, w.caseId));
      id = found!.id;
      const [created] = (await mailTo(w.t, 'an.peeters@example.be')).filter(
        (m) => m.topic === 'arrangements.created',
      );
      token = /token=([A-Za-z0-9_-]{43})/.exec(created!.textBody)![1]!;
    });
    after(() => w.t.close());

    const routes = (): Array<{ name: string; run: (persona: Persona) => Promise<number>; expected: Row }> => {
      const client = (persona: Persona) => w.clients.get(persona)!;
      // Every POST carries a valid CSRF token (read from the GP's page, which has forms for
      // anyone): a refusal below is the policy's, not the CSRF check's.
      const post = async (persona: Persona, action: string, form: Record<string, string>) => {
        await client(persona).get(`/fr/arrangements/gp?token=${token}`);
        return (await client(persona).post(action, form)).statusCode;
      };
      return [
        {
          name: 'GET the create form',
          run: async (p) => (await client(p).get(`/fr/arrangements/new?request=${w.caseId}`)).statusCode,
          expected: row({
            gp: 404,
            ana: 404,
            ben: 404,
            'zone-coordinator': 200,
            'other-zone-coordinator': 404,
            'network-admin': 403,
          }),
        },
        {
          name: 'POST the create form (a wrong end time: 400 once allowed)',
          run: async (p) =>
            post(p, '/fr/arrangements/new', { ...ARRANGEMENT_FORM, endTime: '11:00', request: w.caseId }),
          expected: row({
            gp: 404,
            ana: 404,
            ben: 404,
            'zone-coordinator': 400,
            'other-zone-coordinator': 404,
            'network-admin': 403,
          }),
        },
        {
          name: 'GET the clinician’s list',
          run: async (p) => (await client(p).get('/fr/arrangements')).statusCode,
          expected: row({
            gp: 403,
            ana: 200,
            ben: 200,
            'zone-coordinator': 403,
            'other-zone-coordinator': 403,
            'network-admin': 403,
          }),
        },
        ...(
          [
            ['GET the clinician’s .ics', 'calendar.ics', null, 200],
            ['POST skip (not one of its dates: 400 once allowed)', 'skip', { day: '2027-03-12' }, 400],
            ['POST end (no reason: 400 once allowed)', 'end', { reason: '' }, 400],
            ['POST hours (not held yet: 400 once allowed)', 'hours', { day: '2027-03-25', hours: '1' }, 400],
          ] as const
        ).map(([name, path, form, ok]) => ({
          name,
          run: async (p: Persona) =>
            form === null
              ? (await client(p).get(`/fr/arrangements/${id}/${path}`)).statusCode
              : post(p, `/fr/arrangements/${id}/${path}`, form),
          expected: {
            anonymous: 303,
            gp: 404,
            ana: ok,
            ben: 404,
            'zone-coordinator': 404,
            'other-zone-coordinator': 404,
            'network-admin': 404,
          } as Row,
        })),
      ];
    };

    it('answers each person as the policy says, on every route', async () => {
      const seen: string[] = [];
      const wanted: string[] = [];
      for (const route of routes()) {
        for (const persona of PERSONAS) {
          seen.push(`${route.name} / ${persona}: ${await route.run(persona)}`);
          wanted.push(`${route.name} / ${persona}: ${route.expected[persona]}`);
        }
      }
      assert.deepEqual(seen, wanted);
    });

    it('the GP’s pages answer to a valid token only, whoever is signed in', async () => {
      for (const persona of PERSONAS) {
        const client = w.clients.get(persona)!;
        assert.equal((await client.get(`/fr/arrangements/gp?token=${token}`)).statusCode, 200, persona);
        assert.equal((await client.get(`/fr/arrangements/gp/calendar.ics?token=${token}`)).statusCode, 200);
        assert.equal((await client.get(`/fr/arrangements/gp?token=${'x'.repeat(43)}`)).statusCode, 404);
        assert.equal((await client.get('/fr/arrangements/gp/calendar.ics?token=short')).statusCode, 404);
        const forged = await client.post('/fr/arrangements/gp/end', { token: 'y'.repeat(43), reason: 'x' });
        assert.equal(forged.statusCode, 404, persona);
      }
    });
  });
}
