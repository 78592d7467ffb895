// A care group session recorded from its attendance: the leading clinician marks who came and
// each present participant's session is recorded once, anonymously for a community group (F1),
// with a typed national number for support (F2); a bad number comes back, typed, with its error.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { anonymousGroupTotals } from '../../src/care/anonymous-sessions.ts';
import { careAnonymousSessions, careSessions } from '../../src/care/tables.ts';
import { registrationsOf } from '../../src/events/store.ts';
import { eventCareSessions, events } from '../../src/events/tables.ts';
import { brusselsDay } from '../../src/platform/identifiers/belgian-date.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { createClinicianAccount, createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';
import { createTestEvent } from './support.ts';

const DAY = 24 * 3_600_000;

/** Posts a form whose fields may repeat (several `present`), with the page's CSRF token. */
async function postForm(t: TestApp, client: TestClient, page: string, action: string, pairs: string[][]) {
  const read = await client.get(page);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(read.body)?.[1] ?? '';
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.app.inject({
    method: 'POST',
    url: action,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([['_csrf', csrf], ...pairs]).toString(),
  });
}

for (const engine of testEngines()) {
  describe(`care group sessions from attendance (${engine})`, () => {
    let t: TestApp;
    let staff: TestClient;
    let account: string;
    let location: string;
    before(async () => {
      t = await startTestApp(engine);
      const [added] = await addClinicians(t.services.directory, [clinician('Dupont', ['brumenta'])]);
      location = added!.locations[0]!;
      account = await createClinicianAccount(t, added!.id, { email: 'lead@example.be' });
      staff = await signedInClient(t, account);
    });
    after(() => t.close());

    /** A group session the clinician organised, three people registered, held two days ago. */
    async function heldGroup(title: string) {
      const event = await createTestEvent(
        t,
        { kind: 'group-session', title, topics: [], audience: 'public', coLeader: 'Paul, pair-aidant' },
        account,
      );
      const visitor = new TestClient(t);
      for (const name of ['Nadia', 'Omar', 'Lea']) {
        const done = await visitor.submit(`/fr/events/${event.id}`, {
          name,
          email: `${name.toLowerCase()}-${event.id.slice(0, 8)}@example.be`,
          language: 'fr',
        });
        assert.equal(done.statusCode < 400, true, done.body.slice(0, 300));
      }
      const startsAt = new Date(Date.now() - 2 * DAY);
      await t.database.db
        .update(events)
        .set({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000) })
        .where(eq(events.id, event.id));
      const registrations = await registrationsOf(t.database.db, event.id);
      const byName = Object.fromEntries(registrations.map((r) => [r.name, r.id]));
      return { id: event.id, byName: byName as Record<'Nadia' | 'Omar' | 'Lea', string> };
    }

    const linksOf = async (eventId: string) =>
      (
        await t.database.db
          .select({ n: count() })
          .from(eventCareSessions)
          .where(eq(eventCareSessions.eventId, eventId))
      )[0]!.n;

    it('records a community group anonymously, once per registration however often attendance is marked', async () => {
      const group = await heldGroup('Groupe de parole');
      const page = `/fr/events/manage/${group.id}`;
      const shown = await staff.get(page);
      assert.match(shown.body, /Séances de soins du groupe/);
      assert.match(shown.body, /<option value="community" selected/);
      assert.doesNotMatch(shown.body, /name="niss-/, 'a community group asks no national number');
      const care = [
        ['careFunction', 'community'],
        ['networkId', 'brumenta'],
        ['locationId', location],
      ];
      const first = await postForm(t, staff, page, `${page}/attendance`, [
        ['present', group.byName.Nadia],
        ['present', group.byName.Omar],
        ...care,
      ]);
      assert.equal(first.statusCode, 303, first.body.slice(0, 600));
      assert.match(first.headers.location as string, /saved=3$/);
      const notice = await staff.get(first.headers.location as string);
      assert.match(notice.body, /Présences enregistrées et 2 séances de soins enregistrées/);
      // Marking again, with one more person present: only the newcomer is recorded.
      const again = await postForm(t, staff, page, `${page}/attendance`, [
        ['present', group.byName.Nadia],
        ['present', group.byName.Omar],
        ['present', group.byName.Lea],
        ...care,
      ]);
      assert.equal(again.statusCode, 303);
      assert.match(again.headers.location as string, /saved=2$/);
      const twice = await postForm(t, staff, page, `${page}/attendance`, [
        ['present', group.byName.Nadia],
        ['present', group.byName.Omar],
        ['present', group.byName.Lea],
        ...care,
      ]);
      assert.match(twice.headers.location as string, /saved=1$/);
      const anonymous = await t.database.db
        .select()
        .from(careAnonymousSessions)
        .where(eq(careAnonymousSessions.groupKey, `event:${group.id}`));
      assert.equal(anonymous.length, 3);
      assert.ok(
        anonymous.every((s) => s.function === 'community' && s.copayCents === 0 && s.convention === '2024'),
      );
      assert.equal(await linksOf(group.id), 3);
      const totals = await anonymousGroupTotals(t.database.db, {
        networkIds: ['brumenta'],
        from: '2024-04-01',
        to: '2100-01-01',
      });
      const ours = totals.filter((row) => row.clinicianId === anonymous[0]!.clinicianId);
      assert.deepEqual(
        ours.map((row) => [row.function, row.groups, row.participants]),
        [['community', 1, 3]],
      );
      // The network's statement counts them apart: one group held, three participants.
      const held = brusselsDay(new Date(Date.now() - 2 * DAY));
      const admin = await createPerson(t, {
        email: 'admin@example.be',
        grants: [{ role: 'network-admin', networkId: 'brumenta' }],
      });
      const statement = await (await signedInClient(t, admin)).get(
        `/fr/statements?month=${held.slice(5, 7)}/${held.slice(0, 4)}&network=brumenta`,
      );
      assert.equal(statement.statusCode, 200);
      assert.match(statement.body, /Groupes gratuits et anonymes/);
      assert.match(
        statement.body,
        /<td>Dupont Camille<\/td><td>Interventions communautaires \(F1\)<\/td><td>1<\/td><td>3<\/td>/,
      );
      const after = await staff.get(page);
      assert.match(after.body, /Séances enregistrées/);
      assert.equal(after.body.match(/<td>Anonyme<\/td>/g)?.length, 3);
    });

    it('asks each present participant’s national number for a support group: a bad one comes back with its error, nothing typed lost, and nobody is recorded twice', async () => {
      const group = await heldGroup('Groupe soutien');
      const page = `/fr/events/manage/${group.id}`;
      const good = makeNiss('1980-02-14', 101);
      const bad = `${makeNiss('1985-07-14', 123).slice(0, 9)}00`;
      const care = [
        ['careFunction', 'support'],
        ['networkId', 'brumenta'],
        ['locationId', location],
      ];
      const before = (await t.database.db.select({ n: count() }).from(careSessions))[0]!.n;
      const refused = await postForm(t, staff, page, `${page}/attendance`, [
        ['present', group.byName.Nadia],
        ['present', group.byName.Omar],
        ['present', group.byName.Lea],
        [`niss-${group.byName.Nadia}`, good],
        ['bim', group.byName.Nadia],
        [`niss-${group.byName.Omar}`, bad],
        [`niss-${group.byName.Lea}`, ''],
        ...care,
      ]);
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Les séances n’ont pas toutes été enregistrées/);
      assert.match(refused.body, new RegExp(`id="niss-${group.byName.Omar}"[^>]*value="${bad}"`));
      assert.match(refused.body, /Indiquez le numéro national de Lea/);
      assert.match(refused.body, /href="#niss-/, 'the error summary leads to the field');
      assert.match(refused.body, new RegExp(`id="present-${group.byName.Lea}"[^>]*checked`));
      assert.match(refused.body, /<option value="support" selected/);
      // Nadia's session was recorded; her number is asked no more.
      assert.doesNotMatch(refused.body, new RegExp(`name="niss-${group.byName.Nadia}"`));
      assert.equal((await t.database.db.select({ n: count() }).from(careSessions))[0]!.n, before + 1);

      const fixed = await postForm(t, staff, page, `${page}/attendance`, [
        ['present', group.byName.Nadia],
        ['present', group.byName.Omar],
        ['present', group.byName.Lea],
        [`niss-${group.byName.Omar}`, makeNiss('1985-07-14', 123)],
        [`niss-${group.byName.Lea}`, makeNiss('1990-03-02', 7)],
        ...care,
      ]);
      assert.equal(fixed.statusCode, 303, fixed.body.slice(0, 800));
      assert.match(fixed.headers.location as string, /saved=3$/);
      const twice = await postForm(t, staff, page, `${page}/attendance`, [
        ['present', group.byName.Nadia],
        ['present', group.byName.Omar],
        ['present', group.byName.Lea],
        ...care,
      ]);
      assert.equal(twice.statusCode, 303, 'nobody left to record: no number asked again');
      assert.match(twice.headers.location as string, /saved=1$/);
      const rows = await t.database.db.select().from(careSessions);
      assert.equal(rows.length, before + 3);
      const recorded = rows.slice(-3);
      assert.ok(recorded.every((s) => s.function === 'support' && s.mode === 'group'));
      assert.equal(await linksOf(group.id), 3);
      const shown = await staff.get(page);
      assert.equal(shown.body.match(/<td>Par numéro national<\/td>/g)?.length, 3);
      assert.doesNotMatch(
        shown.body,
        new RegExp(good),
        'the national number is never shown back once recorded',
      );
    });

    it('refuses a care choice the clinician does not have, and records nothing for an organiser who is not the clinician', async () => {
      const group = await heldGroup('Groupe mauvais choix');
      const page = `/fr/events/manage/${group.id}`;
      const wrong = await postForm(t, staff, page, `${page}/attendance`, [
        ['present', group.byName.Nadia],
        ['careFunction', 'first-line'],
        ['networkId', 'bru-stars'],
        ['locationId', '00000000-0000-4000-8000-000000000000'],
      ]);
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Choisissez un type de soins proposé en groupe/);
      assert.match(wrong.body, /Choisissez l’un de vos réseaux/);
      assert.match(wrong.body, /Choisissez l’un de vos lieux de consultation/);
      assert.equal(await linksOf(group.id), 0);

      const coordinator = await createPerson(t, {
        email: 'coord@example.be',
        grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'east' }],
      });
      const coord = await signedInClient(t, coordinator);
      const seen = await coord.get(page);
      assert.equal(seen.statusCode, 200);
      assert.doesNotMatch(seen.body, /Séances de soins du groupe/);
      const marked = await postForm(t, coord, page, `${page}/attendance`, [
        ['present', group.byName.Nadia],
        ['careFunction', 'community'],
        ['networkId', 'brumenta'],
        ['locationId', location],
      ]);
      assert.equal(marked.statusCode, 303);
      assert.match(marked.headers.location as string, /saved=1$/);
      assert.equal(await linksOf(group.id), 0);
    });
  });
}
