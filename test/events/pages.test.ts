import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findEvent, registrationsOf } from '../../src/events/store.ts';
import { createPerson, mailTo, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';
import { createTestEvent } from './support.ts';

const inTenDays = () => {
  const day = new Date(Date.now() + 10 * 24 * 3_600_000);
  return `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`;
};

for (const engine of testEngines()) {
  describe(`events pages (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    it('shows the agenda in each language, filtered by kind and zone', async () => {
      await createTestEvent(t, { title: 'Séance Est' });
      await createTestEvent(t, {
        title: 'Groupe Sud',
        kind: 'group-session',
        zoneId: 'south',
        topics: [],
        audience: 'public',
        coLeader: 'Pair-aidant',
      });
      const fr = await t.app.inject({ url: '/fr/events' });
      assert.equal(fr.statusCode, 200);
      assert.match(fr.body, /Agenda des activités/);
      assert.match(fr.body, /Séance Est/);
      const filtered = await t.app.inject({ url: '/nl/events?kind=group-session&zone=south' });
      assert.match(filtered.body, /Activiteitenkalender/);
      assert.match(filtered.body, /Groupe Sud/);
      assert.doesNotMatch(filtered.body, /Séance Est/);
      const en = await t.app.inject({ url: '/en/events?from=32/13/2026' });
      assert.equal(en.statusCode, 400);
      assert.match(en.body, /Enter the date as 17\/12\/2026/);
      assert.match(en.body, /value="32\/13\/2026"/);
    });

    it('speaks German: the agenda filters by German events, the form answers in German and writes in German', async () => {
      const event = await createTestEvent(t, { title: 'Angst in der Praxis erkennen', language: 'de' });
      const agenda = await t.app.inject({ url: '/de/events?language=de' });
      assert.equal(agenda.statusCode, 200);
      assert.match(agenda.body, /Veranstaltungskalender/);
      assert.match(agenda.body, /Angst in der Praxis erkennen/);
      assert.doesNotMatch(agenda.body, /Reconnaître l’anxiété/);
      const browser = new TestClient(t);
      const page = await browser.get(`/de/events/${event.id}`);
      assert.match(page.body, /<option value="de" selected>/);
      const missing = await browser.post(`/de/events/${event.id}`, {
        name: 'Dr. Lena Schmitz',
        email: 'lena@praxis.example',
        language: 'de',
      });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /value="Dr. Lena Schmitz"/);
      assert.match(missing.body, /Füllen Sie das Feld „Praxis“ aus\./);
      const done = await browser.post(`/de/events/${event.id}`, {
        name: 'Dr. Lena Schmitz',
        email: 'lena@praxis.example',
        language: 'de',
        practice: 'Praxis Schmitz',
      });
      assert.equal(done.statusCode, 200);
      assert.match(done.body, /Anmeldung bestätigt/);
      const [mail] = await mailTo(t, 'lena@praxis.example');
      assert.equal(mail?.locale, 'de');
      assert.match(mail!.textBody, /Ihre Anmeldung ist bestätigt\./);
    });

    it('registers through the plain form (CSRF), keeping typed text on error, asking a GP for the practice', async () => {
      const event = await createTestEvent(t, { title: 'Où orienter vos patients', capacity: 1 });
      const browser = new TestClient(t);
      const page = await browser.get(`/fr/events/${event.id}`);
      assert.match(page.body, /name="practice"/);
      const missing = await browser.post(`/fr/events/${event.id}`, {
        name: 'Dr Claire Renard',
        email: 'claire@',
        language: 'fr',
      });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /value="Dr Claire Renard"/);
      assert.match(missing.body, /value="claire@"/);
      assert.match(missing.body, /Complétez le champ «\u202fCabinet\u202f»/);
      assert.match(missing.body, /Le champ «\u202fAdresse e-mail\u202f» n’est pas valable/);
      const done = await browser.post(`/fr/events/${event.id}`, {
        name: 'Dr Claire Renard',
        email: 'claire@practice.example',
        language: 'fr',
        practice: 'MM Ixelles',
      });
      assert.equal(done.statusCode, 200);
      assert.match(done.body, /Inscription confirmée/);
      assert.match(done.body, /EV-[2-9A-Z]{4}-[2-9A-Z]{4}/);
      const full = await browser.submit(`/fr/events/${event.id}`, {
        name: 'Dr Luc',
        email: 'luc@practice.example',
        language: 'fr',
        practice: 'Cabinet Luc',
      });
      assert.match(full.body, /Vous êtes sur la liste d’attente/);
      const twice = await browser.submit(`/fr/events/${event.id}`, {
        name: 'Dr Luc',
        email: 'luc@practice.example',
        language: 'fr',
        practice: 'Cabinet Luc',
      });
      assert.equal(twice.statusCode, 409);
      assert.match(twice.body, /déjà inscrite/);
      const forged = await new TestClient(t).post(`/fr/events/${event.id}`, {
        name: 'X',
        email: 'x@y.be',
        language: 'fr',
        practice: 'P',
        _csrf: 'forged',
      });
      assert.equal(forged.statusCode, 403);
    });

    it('cancels by the e-mailed link only after confirming, and the place goes to the first waiting', async () => {
      const event = await createTestEvent(t, { capacity: 1, title: 'Pendant l’attente' });
      const browser = new TestClient(t);
      await browser.submit(`/en/events/${event.id}`, {
        name: 'Ann',
        email: 'ann@practice.example',
        language: 'en',
        practice: 'P1',
      });
      await browser.submit(`/en/events/${event.id}`, {
        name: 'Bob',
        email: 'bob@practice.example',
        language: 'en',
        practice: 'P2',
      });
      const [mail] = await mailTo(t, 'ann@practice.example');
      const link = /https?:\/\/\S+\/en\/events\/cancel\?token=\S+/.exec(mail!.textBody)![0];
      const path = new URL(link).pathname + new URL(link).search;
      const confirm = await browser.get(path);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Cancel my registration/);
      assert.equal((await findEvent(t.database.db, event.id))?.registered, 1, 'a GET cancels nothing');
      const done = await browser.post('/en/events/cancel', {
        token: new URL(link).searchParams.get('token')!,
      });
      assert.match(done.body, /Registration cancelled/);
      const rows = await registrationsOf(t.database.db, event.id);
      assert.deepEqual(
        rows.map((r) => [r.email, r.status]),
        [
          ['bob@practice.example', 'registered'],
          ['ann@practice.example', 'cancelled'],
        ],
      );
      assert.equal((await browser.get(path)).statusCode, 404);
    });

    it('lets a clinician create an event with a Belgian date, keeping typed text on error, then mark attendance and export CSV', async () => {
      const clinician = await createPerson(t, { email: 'psy@example.be', grants: [{ role: 'clinician' }] });
      const staff = await signedInClient(t, clinician);
      const bad = await staff.submit('/fr/events/manage/new', {
        kind: 'group-session',
        title: 'Groupe parole',
        date: '31/02/2027',
        startTime: '25:00',
        endTime: '19:00',
        zoneId: 'east',
        language: 'fr',
        venue: '',
        capacity: '12',
        audience: 'public',
        leader: 'Marie Dupont',
        coLeader: '',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /value="Groupe parole"/);
      assert.match(bad.body, /value="31\/02\/2027"/);
      assert.match(bad.body, /Le champ «\u202fDate\u202f» n’est pas valable/);
      assert.match(bad.body, /Une séance de groupe a lieu dans un lieu/);
      assert.match(bad.body, /co-animée/);
      const created = await staff.post('/fr/events/manage/new', {
        kind: 'group-session',
        title: 'Groupe parole',
        date: inTenDays(),
        startTime: '18:00',
        endTime: '19:30',
        zoneId: 'east',
        language: 'fr',
        venue: 'Maison de quartier, Rue Haute 1',
        capacity: '12',
        audience: 'public',
        leader: 'Marie Dupont',
        coLeader: 'Paul, pair-aidant',
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = /manage\/([0-9a-f-]{36})/.exec(created.headers.location as string)![1]!;
      const event = await findEvent(t.database.db, id);
      assert.equal(event?.organiserAccountId, clinician);
      assert.equal(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Brussels',
          hour: '2-digit',
          minute: '2-digit',
        }).format(event!.startsAt),
        '18:00',
      );
      const visitor = new TestClient(t);
      const publicPage = await visitor.get(`/fr/events/${id}`);
      assert.doesNotMatch(publicPage.body, /name="practice"/, 'the public is not asked for a practice');
      await visitor.post(`/fr/events/${id}`, { name: 'Nadia', email: 'nadia@example.be', language: 'fr' });
      const manage = await staff.get(`/fr/events/manage/${id}`);
      assert.match(manage.body, /Nadia/);
      const [registration] = await registrationsOf(t.database.db, id);
      const saved = await staff.post(`/fr/events/manage/${id}/attendance`, { present: registration!.id });
      assert.equal(saved.statusCode, 303);
      assert.equal((await registrationsOf(t.database.db, id))[0]?.attended, true);
      const csv = await staff.get(`/fr/events/manage/${id}/registrations.csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.headers['content-type'] as string, /text\/csv/);
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines[0], 'Référence;Nom;E-mail;Cabinet;Langue;Statut;Présent·e;Inscrit·e le');
      assert.match(lines[1]!, /^EV-[^;]+;Nadia;nadia@example\.be;;fr;Inscrit·e;1;/);
    });

    it('the organiser cancels an event: everyone registered or waiting is told, it leaves the agenda and takes no one', async () => {
      const coordinator = await createPerson(t, {
        email: 'east-coordinator@example.be',
        grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'east' }],
      });
      const event = await createTestEvent(t, { title: 'Séance annulée', capacity: 1 });
      const browser = new TestClient(t);
      for (const who of ['seat', 'queue']) {
        await browser.submit(`/nl/events/${event.id}`, {
          name: who,
          email: `${who}@practice.example`,
          language: 'nl',
          practice: 'P',
        });
      }
      const staff = await signedInClient(t, coordinator);
      assert.match((await staff.get('/fr/events')).body, /href="\/fr\/events\/manage">Mes activités/);
      assert.doesNotMatch((await new TestClient(t).get('/fr/events')).body, /events\/manage/);
      await staff.get(`/fr/events/manage/${event.id}`);
      const done = await staff.post(`/fr/events/manage/${event.id}/cancel`, {});
      assert.equal(done.statusCode, 303);
      assert.match(
        (await staff.get(done.headers.location as string)).body,
        /les personnes inscrites ont été prévenues/,
      );
      for (const who of ['seat', 'queue']) {
        const mails = await mailTo(t, `${who}@practice.example`);
        assert.equal(mails.at(-1)?.topic, 'events.cancelled');
        assert.match(mails.at(-1)!.subject, /Activiteit geannuleerd: Séance annulée/);
        assert.doesNotMatch(mails.at(-1)!.textBody, /token=/);
      }
      assert.doesNotMatch((await t.app.inject({ url: '/fr/events' })).body, /Séance annulée/);
      const late = await t.app.inject({
        method: 'POST',
        url: `/api/v1/events/${event.id}/registrations`,
        payload: { name: 'Late', email: 'late@practice.example', language: 'fr' },
      });
      assert.equal(late.statusCode, 409);
    });
  });
}
