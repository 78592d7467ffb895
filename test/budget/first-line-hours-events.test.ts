// First-line support hours beyond a case (issue 15 §1): the clinician who ran a GP event (its
// organiser, or its leader as the request's assigned clinician) records the time as first-line
// support, drawn on the network's envelope; the page lists what they recorded, and an entry is
// corrected with a reason that the audit log keeps with the values before and after.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { firstLineQuarterHours } from '../../src/budget/first-line-hours.ts';
import { firstLineHours } from '../../src/budget/tables.ts';
import { insertEvent } from '../../src/events/store.ts';
import { auditLog } from '../../src/platform/audit/tables.ts';
import { TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { createTestEvent } from '../events/support.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';

const NOW = new Date('2026-06-15T10:00:00Z');
const HOUR = 3_600_000;

for (const engine of testEngines()) {
  describe(`first-line hours on GP events, the list and corrections (${engine})`, () => {
    let t: TestApp;
    let ana: TestClient;
    let ben: TestClient;
    let anaClinicianId = '';
    let anaAccount = '';
    const events: Record<string, string> = {};

    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN }, undefined, { clock: () => NOW });
      const [a, b] = await addClinicians(t.services.directory, [
        clinician('Ana', ['brumenta', 'bru-stars']),
        clinician('Ben', ['brumenta', 'bru-stars']),
      ]);
      anaClinicianId = a!.id;
      anaAccount = await createPerson(t, { email: 'ana@example.be', grants: [{ role: 'clinician' }] });
      const benAccount = await createPerson(t, { email: 'ben@example.be', grants: [{ role: 'clinician' }] });
      await t.services.directory.linkAccount(a!.id, anaAccount);
      await t.services.directory.linkAccount(b!.id, benAccount);
      ana = await signedInClient(t, anaAccount);
      ben = await signedInClient(t, benAccount);
      const event = async (
        name: string,
        overrides: { kind?: string; startsAt?: Date; status?: string },
        links: { organiser?: string | null; leader?: string | null },
      ) => {
        const startsAt = overrides.startsAt ?? new Date(NOW.getTime() - 48 * HOUR);
        const row = await insertEvent(
          t.database.db,
          {
            kind: (overrides.kind ?? 'knowledge-session') as 'cpm',
            title: name,
            description: '',
            startsAt,
            endsAt: new Date(startsAt.getTime() + 2 * HOUR),
            zoneId: 'east',
            language: 'fr',
            venue: 'Rue de la Loi 1, 1040 Etterbeek',
            onlineUrl: null,
            topics: [],
            capacity: 10,
            audience: 'gps',
            leader: 'Ana',
            coLeader: overrides.kind === 'group-session' ? 'Pair' : null,
          },
          links.organiser ?? null,
          { leaderClinicianId: links.leader ?? null },
        );
        events[name] = row.id;
      };
      // Led by Ana (a request's assigned clinician), organised by Ana, and three she may not use.
      await event('Repérer la dépression', {}, { leader: a!.id });
      await event('CPM Est', { kind: 'cpm' }, { organiser: anaAccount });
      await event('Groupe de parole', { kind: 'group-session' }, { organiser: anaAccount });
      await event('Session à venir', { startsAt: new Date(NOW.getTime() + 48 * HOUR) }, { leader: a!.id });
      await event('Session de Ben', {}, { organiser: benAccount });
    });
    after(() => t.close());

    const entry = (event: string, overrides: Record<string, string> = {}) => ({
      reference: '',
      event,
      date: '13/06/2026',
      hours: '2',
      kind: 'knowledge-session',
      network: 'brumenta',
      ...overrides,
    });

    it('offers only the GP events Ana ran that took place, and records her time on them', async () => {
      const page = await ana.get('/fr/my/first-line-hours');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /href="\/fr\/my\/first-line-hours"[^>]*>Mes heures de soutien</);
      const options = [...page.body.matchAll(/<option value="([0-9a-f-]{36})"[^>]*>([^<]*)</g)].map(
        (m) => m[1],
      );
      assert.deepEqual(options.sort(), [events['Repérer la dépression'], events['CPM Est']].sort());
      const beforeHours = await firstLineQuarterHours(t.database.db, 'brumenta', '2026-01-01', '2027-01-01');
      const led = await ana.submit('/fr/my/first-line-hours', entry(events['Repérer la dépression']!));
      assert.equal(led.statusCode, 303, led.body);
      const notice = await ana.get(String(led.headers.location));
      assert.match(notice.body, /2 h enregistrées sur l’activité «\u202fRepérer la dépression\u202f»/);
      const organised = await ana.submit(
        '/fr/my/first-line-hours',
        entry(events['CPM Est']!, { hours: '1,5', kind: 'case-advice' }),
      );
      assert.equal(organised.statusCode, 303, organised.body);
      const afterHours = await firstLineQuarterHours(t.database.db, 'brumenta', '2026-01-01', '2027-01-01');
      assert.equal(afterHours - beforeHours, 14, 'two hours and an hour and a half, in quarter hours');
      const list = (await ana.get('/fr/my/first-line-hours')).body;
      assert.match(list, /<caption class="table__caption">Heures enregistrées</);
      assert.match(
        list,
        /Repérer la dépression<\/td><td>Séance de partage de connaissances<\/td><td>2<\/td>/,
      );
      assert.match(list, /CPM Est<\/td><td>Avis sur un cas<\/td><td>1,5<\/td>/);
    });

    it('refuses an event Ana did not run, one to come, a group session, and a request and an event at once', async () => {
      const refused = async (form: Record<string, string>, status: number, message: RegExp) => {
        const response = await ana.submit('/en/my/first-line-hours', form);
        assert.equal(response.statusCode, status, response.body);
        assert.match(response.body, message);
      };
      const notRunning = /Event: choose an event for GPs that you ran and that has taken place\./;
      await refused(entry(events['Session de Ben']!), 403, notRunning);
      await refused(entry(events['Session à venir']!), 403, notRunning);
      await refused(entry(events['Groupe de parole']!), 403, notRunning);
      await refused(entry('00000000-0000-4000-8000-000000000000'), 403, notRunning);
      await refused(entry('nope'), 400, notRunning);
      await refused(entry(events['CPM Est']!, { reference: 'GP-AAAA-BBBB' }), 400, /not both/);
      const benTries = await ben.submit('/fr/my/first-line-hours', entry(events['CPM Est']!));
      assert.equal(benTries.statusCode, 403);
    });

    it('corrects an entry with a reason (audited), keeps what was typed on error; others get 404', async () => {
      const [row] = await t.database.db
        .select()
        .from(firstLineHours)
        .where(and(eq(firstLineHours.clinicianId, anaClinicianId), eq(firstLineHours.quarterHours, 8)));
      const url = `/fr/my/first-line-hours/${row!.id}/correct`;
      const form = await ana.get(url);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /id="date"[^>]*value="13\/06\/2026"/);
      assert.match(form.body, /id="hours"[^>]*value="2"/);
      const missing = await ana.submit(url, { date: '13/06/2026', hours: '2,75', reason: '' });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /Raison de la correction\u202f: expliquez pourquoi vous corrigez\./);
      assert.match(missing.body, /id="hours"[^>]*value="2,75"/);
      const tooLong = await ana.submit(url, { date: '13/06/2026', hours: '2,75', reason: 'x'.repeat(501) });
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, /500 caractères au plus/);
      assert.equal((await ben.get(url)).statusCode, 404);
      assert.equal(
        (await ben.submit(`/fr/events`, { date: '13/06/2026', hours: '0', reason: 'x' }, url)).statusCode,
        404,
      );
      assert.equal((await t.app.inject({ url })).statusCode, 303);
      const done = await ana.submit(url, {
        date: '12/06/2026',
        hours: '2,75',
        reason: 'Préparation oubliée',
      });
      assert.equal(done.statusCode, 303, done.body);
      const page = await ana.get(String(done.headers.location));
      assert.match(page.body, /La correction est enregistrée\./);
      assert.match(page.body, /Corrigée\u202f: Préparation oubliée/);
      const [corrected] = await t.database.db
        .select()
        .from(firstLineHours)
        .where(eq(firstLineHours.id, row!.id));
      assert.equal(corrected!.quarterHours, 11);
      assert.equal(corrected!.day, '2026-06-12');
      const [entry] = await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'first-line-hours.correct'));
      assert.equal(entry!.actorAccountId, anaAccount);
      assert.deepEqual(entry!.detail, {
        entry: row!.id,
        before: { day: '2026-06-13', quarterHours: 8 },
        after: { day: '2026-06-12', quarterHours: 11 },
        reason: 'Préparation oubliée',
      });
    });
  });
}

for (const engine of testEngines()) {
  describe(`first-line hours pages: authorization matrix (${engine})`, () => {
    let t: TestApp;
    let entryId = '';
    let publicEventId = '';
    const clients = new Map<string, TestClient | null>();

    before(async () => {
      t = await startTestApp(engine, {}, undefined, { clock: () => NOW });
      const [own, other] = await addClinicians(t.services.directory, [
        clinician('Own', ['brumenta']),
        clinician('Other', ['brumenta']),
      ]);
      const grants = {
        'own-clinician': [{ role: 'clinician' as const }],
        'other-clinician': [{ role: 'clinician' as const }],
        'clinician-without-profile': [{ role: 'clinician' as const }],
        gp: [{ role: 'gp' as const }],
        coordinator: [{ role: 'coordinator' as const, networkId: 'brumenta', zoneId: 'east' }],
        'network-admin': [{ role: 'network-admin' as const, networkId: 'brumenta' }],
        'platform-admin': [{ role: 'platform-admin' as const }],
      };
      clients.set('anonymous', null);
      for (const [persona, list] of Object.entries(grants)) {
        const account = await createPerson(t, { email: `${persona}@example.be`, grants: list });
        if (persona === 'own-clinician') await t.services.directory.linkAccount(own!.id, account);
        if (persona === 'other-clinician') await t.services.directory.linkAccount(other!.id, account);
        clients.set(persona, await signedInClient(t, account));
      }
      publicEventId = (await createTestEvent(t)).id;
      entryId = crypto.randomUUID();
      await t.database.db.insert(firstLineHours).values({
        id: entryId,
        networkId: 'brumenta',
        clinicianId: own!.id,
        caseId: crypto.randomUUID(),
        day: '2026-06-10',
        quarterHours: 4,
        kind: 'advice',
        recordedAt: NOW,
        recordedBy: 'own-clinician@example.be',
      });
    });
    after(() => t.close());

    it('the page and an entry’s correction: the clinician whose entry it is; signed out to sign in', async () => {
      // [GET page, GET correct, POST correct]
      const expected: Record<string, [number, number, number]> = {
        anonymous: [303, 303, 303],
        'own-clinician': [200, 200, 303],
        'other-clinician': [200, 404, 404],
        'clinician-without-profile': [403, 403, 403],
        gp: [403, 403, 403],
        coordinator: [403, 403, 403],
        'network-admin': [403, 403, 403],
        'platform-admin': [403, 403, 403],
      };
      const url = `/fr/my/first-line-hours/${entryId}/correct`;
      const form = { date: '10/06/2026', hours: '1,25', reason: 'Durée réelle' };
      for (const [persona, [page, get, post]] of Object.entries(expected)) {
        const c = clients.get(persona) ?? null;
        const read = (path: string) => (c ? c.get(path) : t.app.inject({ url: path }));
        assert.equal((await read('/fr/my/first-line-hours')).statusCode, page, `${persona} page`);
        assert.equal((await read(url)).statusCode, get, `${persona} GET correct`);
        if (c) {
          await c.get(`/fr/events/${publicEventId}`); // a CSRF token of this session (registration form)
          assert.equal((await c.post(url, form)).statusCode, post, `${persona} POST correct`);
        } else {
          const sent = await t.app.inject({ method: 'POST', url, payload: form });
          assert.ok([303, 403].includes(sent.statusCode), `anonymous POST correct: ${sent.statusCode}`);
        }
      }
      assert.equal(
        (await clients.get('own-clinician')!.get('/fr/my/first-line-hours/nope/correct')).statusCode,
        404,
      );
    });
  });
}
