import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { setEventStatus } from '../../src/events/store.ts';
import { mailTo } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { createTestEvent } from './support.ts';

const DAY = 24 * 3_600_000;

for (const engine of testEngines()) {
  describe(`events API (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    const register = (id: string, payload: unknown, lang = 'en') =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/events/${id}/registrations?lang=${lang}`,
        payload: payload as object,
      });

    it('lists events with exactly the contract fields, filtered by kind, language, zone and date', async () => {
      const session = await createTestEvent(t, { capacity: 3 });
      await createTestEvent(t, {
        kind: 'cpm',
        topics: [],
        zoneId: 'south',
        language: 'nl',
        title: 'MDO Zuid',
      });
      const response = await t.app.inject({
        url: `/api/v1/events?kind=knowledge-session&language=fr&zone=east&from=${new Date().toISOString().slice(0, 10)}`,
      });
      assert.equal(response.statusCode, 200, response.body);
      const items = response.json().items as Array<Record<string, unknown>>;
      const found = items.find((item) => item.id === session.id);
      assert.ok(found);
      assert.deepEqual(Object.keys(found).sort(), [
        'capacity',
        'endsAt',
        'id',
        'kind',
        'language',
        'registered',
        'startsAt',
        'title',
        'venue',
        'waitlisted',
        'zone',
      ]);
      assert.equal(found.zone, 'east');
      assert.equal(found.capacity, 3);
      assert.equal(found.registered, 0);
      assert.ok(
        items.every(
          (item) => item.kind === 'knowledge-session' && item.zone === 'east' && item.language === 'fr',
        ),
      );
      const cpm = (await t.app.inject({ url: '/api/v1/events?kind=cpm&zone=south' })).json().items;
      assert.ok(cpm.some((item: { title: string }) => item.title === 'MDO Zuid'));
      const later = (await t.app.inject({ url: '/api/v1/events?from=2099-01-01' })).json().items;
      assert.deepEqual(later, []);
    });

    it('refuses an unknown kind or a bad date with 400 naming the field', async () => {
      const response = await t.app.inject({ url: '/api/v1/events?kind=party&from=2026-13-45' });
      assert.equal(response.statusCode, 400);
      assert.match(response.headers['content-type'] as string, /problem\+json/);
    });

    it('registers while there are places, then waitlists; counts follow; the same e-mail twice is 409', async () => {
      const event = await createTestEvent(t, { capacity: 1 });
      const first = await register(event.id, {
        name: 'Dr Jan Peeters',
        email: 'jan@practice.example',
        language: 'nl',
      });
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.json().status, 'registered');
      assert.match(first.json().reference, /^EV-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      const second = await register(event.id, {
        name: 'Dr Lea Dubois',
        email: 'lea@practice.example',
        language: 'fr',
      });
      assert.equal(second.statusCode, 201);
      assert.equal(second.json().status, 'waitlisted');
      const again = await register(event.id, { name: 'Jan', email: 'JAN@practice.example', language: 'nl' });
      assert.equal(again.statusCode, 409);
      const items = (await t.app.inject({ url: '/api/v1/events?zone=east' })).json().items;
      const listed = items.find((item: { id: string }) => item.id === event.id);
      assert.equal(listed.registered, 1);
      assert.equal(listed.waitlisted, 1);
    });

    it('answers bad input with 400 problem+json naming each field, in the asked language', async () => {
      const event = await createTestEvent(t);
      const response = await register(event.id, { name: '', email: 'not-an-address', language: 'xx' });
      assert.equal(response.statusCode, 400);
      assert.match(response.headers['content-type'] as string, /application\/problem\+json/);
      const fields = (response.json().errors as Array<{ field: string }>).map((e) => e.field).sort();
      assert.deepEqual(fields, ['email', 'language', 'name']);
      const niss = await register(
        event.id,
        { name: 'Patient 85.07.30-033.28', email: 'a@b.be', language: 'fr' },
        'fr',
      );
      assert.equal(niss.statusCode, 400);
      assert.match(niss.json().errors[0].message, /numéro national/);
      const missing = await register(event.id, {});
      assert.deepEqual((missing.json().errors as Array<{ field: string }>).map((e) => e.field).sort(), [
        'email',
        'language',
        'name',
      ]);
    });

    it('refuses a past or cancelled event with 409, and an unknown one with 404', async () => {
      const past = await createTestEvent(t, { startsAt: new Date(Date.now() - DAY) });
      const body = { name: 'Dr Anne', email: 'anne@practice.example', language: 'fr' };
      assert.equal((await register(past.id, body)).statusCode, 409);
      const cancelled = await createTestEvent(t);
      await setEventStatus(t.database.db, cancelled.id, 'cancelled');
      assert.equal((await register(cancelled.id, body)).statusCode, 409);
      assert.equal((await register('00000000-0000-4000-8000-000000000000', body)).statusCode, 404);
      assert.equal((await register('nope', body)).statusCode, 404);
    });

    it('e-mails a confirmation with an .ics and a cancel link whose token no store keeps', async () => {
      const event = await createTestEvent(t, { title: 'Techniques d’entretien' });
      await register(event.id, { name: 'Dr Sofie Claes', email: 'sofie@practice.example', language: 'nl' });
      const [mail] = await mailTo(t, 'sofie@practice.example');
      assert.ok(mail);
      assert.equal(mail.locale, 'nl');
      assert.match(mail.subject, /Inschrijving bevestigd: Techniques/);
      const ics = mail.attachments?.[0];
      assert.equal(ics?.filename, 'event.ics');
      assert.match(ics!.content, /BEGIN:VEVENT[\s\S]*SUMMARY:Techniques d’entretien/);
      assert.match(
        ics!.content,
        new RegExp(`DTSTART:${event.startsAt.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`),
      );
      const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.textBody)?.[1];
      assert.ok(token, mail.textBody);
      // Neither the outbox nor the registrations hold the token.
      const stored = await t.database.db.execute(sql`
        select (select count(*) from outbox_messages where text_body like ${`%${token}%`})::int
             + (select count(*) from event_registrations where cancel_token_hash = ${token} or reference = ${token})::int as n`);
      assert.equal(Number(stored.rows[0]!.n), 0);
    });

    it('lists German events with language=de and writes to a German registration in German, .ics included', async () => {
      const event = await createTestEvent(t, {
        language: 'de',
        title: 'Angst in der Praxis erkennen',
        zoneId: 'south',
      });
      const listed = await t.app.inject({ url: '/api/v1/events?language=de&zone=south' });
      assert.equal(listed.statusCode, 200, listed.body);
      const items = listed.json().items as Array<{ id: string; language: string }>;
      assert.ok(items.some((item) => item.id === event.id));
      assert.ok(items.every((item) => item.language === 'de'));
      const response = await register(
        event.id,
        { name: 'Dr. Lena Schmitz', email: 'lena@praxis.example', language: 'de' },
        'de',
      );
      assert.equal(response.statusCode, 201, response.body);
      const [mail] = await mailTo(t, 'lena@praxis.example');
      assert.ok(mail);
      assert.equal(mail.locale, 'de');
      assert.equal(mail.subject, 'Anmeldung bestätigt: Angst in der Praxis erkennen');
      assert.match(mail.textBody, /^Guten Tag Dr\. Lena Schmitz,/);
      assert.match(mail.textBody, /Wann: .*\nWo: .*\nReferenz: EV-/);
      assert.match(mail.textBody, new RegExp(`/de/events/${event.id}`));
      // Unfolded: iCalendar folds lines longer than 75 octets.
      const ics = (mail.attachments?.[0]?.content ?? '').replace(/\r?\n[ \t]/g, '');
      assert.match(ics, /PRODID:.*\/\/DE/);
      assert.match(ics, /DESCRIPTION:Wissensaustausch für Hausärztinnen und Hausärzte/);
      assert.match(ics, new RegExp(`URL.*/de/events/${event.id}`));
    });
  });
}
