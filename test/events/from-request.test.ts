// A GP's knowledge-session request becomes an event in one step (issue 15 §1): the coordinator of
// the request's zone opens the form from the case page, finds it filled from the request, adds
// when, where and how many; the event shows its request and the request its event. Only a
// coordinator of the request's zone may; one scheduled event per request.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { events } from '../../src/events/tables.ts';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { dayFromToday } from '../support/dates.ts';
import { TestClient } from '../support/http-client.ts';
import { createTestEvent } from './support.ts';

const KNOWLEDGE_REQUEST = {
  ...GP_REQUEST,
  kind: 'knowledge-session',
  topics: ['recognising-problems', 'where-to-refer'],
  preferredTimes: 'Donderdagmiddag',
};

const eventForm = (overrides: Record<string, string> = {}) => ({
  kind: 'knowledge-session',
  title: 'Kennisdeling – Cabinet Laeken',
  date: dayFromToday(20, 'belgian'),
  startTime: '12:30',
  endTime: '14:00',
  zoneId: 'north-west',
  language: 'nl',
  venue: 'Rue Marie-Christine 100, 1020 Laeken',
  topics: 'recognising-problems',
  capacity: '10',
  audience: 'gps',
  leader: 'Dr. B',
  ...overrides,
});

type Persona =
  | 'anonymous'
  | 'gp'
  | 'clinician'
  | 'zone-coordinator'
  | 'other-zone-coordinator'
  | 'network-admin';

for (const engine of testEngines()) {
  describe(`a knowledge-session request becomes an event (${engine})`, () => {
    let t: TestApp;
    let caseId = '';
    let reference = '';
    const clients = new Map<Persona, TestClient>();

    async function submit(payload: Record<string, unknown>) {
      const created = await t.app.inject({ method: 'POST', url: '/api/v1/support-requests', payload });
      assert.equal(created.statusCode, 201, created.body);
      return created.json() as { id: string; reference: string };
    }

    before(async () => {
      t = await startTestApp(engine);
      ({ id: caseId, reference } = await submit(KNOWLEDGE_REQUEST));
      const grants = {
        gp: [{ role: 'gp' as const }],
        clinician: [{ role: 'clinician' as const }],
        'zone-coordinator': [
          { role: 'coordinator' as const, networkId: 'brumenta', zoneId: 'north-west' },
          { role: 'coordinator' as const, networkId: 'bru-stars', zoneId: 'north-west' },
        ],
        'other-zone-coordinator': [{ role: 'coordinator' as const, networkId: 'brumenta', zoneId: 'east' }],
        'network-admin': [{ role: 'network-admin' as const, networkId: 'brumenta' }],
      };
      clients.set('anonymous', new TestClient(t));
      for (const [persona, list] of Object.entries(grants)) {
        const id = await createPerson(t, { email: `${persona}@example.be`, grants: list });
        clients.set(persona as Persona, await signedInClient(t, id));
      }
    });
    after(() => t.close());

    it('the case page offers the event; the form comes filled from the request', async () => {
      const coordinator = clients.get('zone-coordinator')!;
      const casePage = await coordinator.get(`/fr/inbox/cases/${caseId}`);
      assert.equal(casePage.statusCode, 200);
      assert.match(casePage.body, new RegExp(`href="/fr/events/manage/new\\?request=${caseId}"`));
      const form = await coordinator.get(`/fr/events/manage/new?request=${caseId}`);
      assert.equal(form.statusCode, 200);
      const body = form.body;
      assert.match(body, new RegExp(`À partir de la demande ${reference} \\(Cabinet Laeken\\)`));
      assert.match(body, /Moments souhaités par le demandeur\u202f: Donderdagmiddag/);
      assert.match(body, /value="Échange de connaissances – Cabinet Laeken"/);
      assert.match(body, /<option value="north-west" selected/);
      assert.match(body, /<option value="nl" selected/);
      assert.match(body, /value="recognising-problems"[^>]*checked/);
      assert.match(body, /value="where-to-refer"[^>]*checked/);
      assert.doesNotMatch(body, /value="interview-techniques"[^>]*checked/);
      assert.match(body, new RegExp(`name="request" value="${caseId}"`));
    });

    it('a wrong form keeps the link; the event made shows its request and the request its event', async () => {
      const coordinator = clients.get('zone-coordinator')!;
      const wrong = await coordinator.submit(
        `/fr/events/manage/new?request=${caseId}`,
        { ...eventForm({ capacity: 'dix' }), request: caseId },
        '/fr/events/manage/new',
      );
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, new RegExp(`name="request" value="${caseId}"`));
      assert.match(wrong.body, /value="dix"/);
      const made = await coordinator.submit(
        `/fr/events/manage/new?request=${caseId}`,
        { ...eventForm(), request: caseId },
        '/fr/events/manage/new',
      );
      assert.equal(made.statusCode, 303, made.body);
      const eventId = /manage\/([0-9a-f-]{36})\?created=1/.exec(String(made.headers.location))![1]!;
      const [row] = await t.database.db.select().from(events).where(eq(events.id, eventId));
      assert.equal(row!.requestCaseId, caseId);
      const eventPage = await coordinator.get(`/fr/events/manage/${eventId}`);
      assert.match(eventPage.body, new RegExp(`href="/fr/inbox/cases/${caseId}">${reference}</a>`));
      const casePage = await coordinator.get(`/fr/inbox/cases/${caseId}`);
      assert.match(
        casePage.body,
        new RegExp(`href="/fr/events/manage/${eventId}">Kennisdeling – Cabinet Laeken`),
      );
      assert.doesNotMatch(casePage.body, /manage\/new\?request=/);
      // The same request a second time: refused, what was typed kept.
      const again = await coordinator.submit(
        `/fr/events/manage/${eventId}`,
        { ...eventForm({ title: 'Deuxième' }), request: caseId },
        '/fr/events/manage/new',
      );
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /Cette demande a déjà une activité prévue\./);
      assert.match(again.body, /value="Deuxième"/);
      // The event is on the public agenda like any other.
      const agenda = await t.app.inject({ url: '/api/v1/events?kind=knowledge-session&zone=north-west' });
      assert.ok(agenda.json().items.some((item: { id: string }) => item.id === eventId));
    });

    it('another kind of request, or a malformed id, has no event form', async () => {
      const coordinator = clients.get('zone-coordinator')!;
      const other = await submit(GP_REQUEST);
      const casePage = await coordinator.get(`/fr/inbox/cases/${other.id}`);
      assert.doesNotMatch(casePage.body, /manage\/new\?request=/);
      assert.equal((await coordinator.get(`/fr/events/manage/new?request=${other.id}`)).statusCode, 404);
      assert.equal((await coordinator.get('/fr/events/manage/new?request=nope')).statusCode, 404);
    });

    it("authorization: only a coordinator of the request's zone opens or sends the form", async () => {
      const fresh = await submit(KNOWLEDGE_REQUEST);
      // Signed out: to sign in; the zone's coordinator: the form (then the event); anyone else:
      // 404, as for a case they may not see; a network admin reads the case but does not work on it: 403.
      const expected: Record<Persona, [number, number]> = {
        anonymous: [303, 303],
        gp: [404, 404],
        clinician: [404, 404],
        'zone-coordinator': [200, 303],
        'other-zone-coordinator': [404, 404],
        'network-admin': [403, 403],
      };
      const publicEvent = await createTestEvent(t);
      for (const [persona, [get, post]] of Object.entries(expected) as Array<[Persona, [number, number]]>) {
        const c = clients.get(persona)!;
        await c.get(`/fr/events/${publicEvent.id}`); // a CSRF token of this session
        const page = await c.get(`/fr/events/manage/new?request=${fresh.id}`);
        assert.equal(page.statusCode, get, `${persona} GET`);
        const sent = await c.post('/fr/events/manage/new', { ...eventForm(), request: fresh.id });
        assert.equal(sent.statusCode, post, `${persona} POST`);
      }
    });
  });
}
