// A clinician's own pages, as they use them: edit the profile (errors keep what was typed), see
// the change in the finder, record a session with a preview first, and never see the NISS again.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { formatDate } from '../../src/platform/i18n/index.ts';
import { makeNiss } from '../care/support/niss.ts';
import { validProfile } from '../directory/fixtures.ts';
import { createClinicianAccount, createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';

const NISS = makeNiss('1990-03-15', 123);

/** A form as the page would post it: the profile's own location row plus the empty "add" row. */
function profileForm(locationId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    languages: 'nl',
    specialities: 'grief',
    modes: 'individual',
    accepting: 'no',
    waitingBand: 'one-to-three-months',
    locationRows: '2',
    'location-0-id': locationId,
    'location-0-kind': 'practice',
    'location-0-street': 'Rue du Verger 12',
    'location-0-postcode': '1030',
    'location-0-wheelchair': 'yes',
    'location-1-id': '',
    'location-1-kind': 'practice',
    ...overrides,
  };
}

for (const engine of testEngines()) {
  describe(`clinician self-service pages (${engine})`, () => {
    let t: TestApp;
    let clinicianId: string;
    let locationId: string;
    let client: TestClient;

    before(async () => {
      t = await startTestApp(engine);
      const checked = t.services.directory.validate(validProfile({ updatedAt: '2025-01-02' }));
      assert.ok(checked.ok);
      [clinicianId] = (await t.services.directory.addClinicians([checked.value])) as [string];
      locationId = (await t.services.directory.getClinician(clinicianId))!.locations[0]!.id;
      const account = await createClinicianAccount(t, clinicianId, {
        email: 'ilvane@demo.example',
        locale: 'nl',
      });
      client = await signedInClient(t, account);
    });
    after(() => t.close());

    it('shows the profile with its "updated on" date', async () => {
      const page = await client.get('/nl/my/profile');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Bijgewerkt op donderdag 2 januari 2025/);
      assert.match(page.body, /Rue du Verger 12/);
    });

    it('refuses a wrong postcode in Dutch, with a summary, keeping what was typed', async () => {
      const response = await client.submit(
        '/nl/my/profile',
        profileForm(locationId, {
          'location-1-street': 'Marktplein 3',
          'location-1-postcode': '9999',
          'location-1-kind': 'outreach',
        }),
      );
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /error-summary/);
      assert.match(response.body, /De postcode 9999 van plaats 2 bestaat niet/);
      assert.match(response.body, /value="Marktplein 3"/);
      assert.match(response.body, /href="#location-1-postcode"/);
      const unchanged = await t.services.directory.getClinician(clinicianId);
      assert.deepEqual(unchanged!.languages, ['fr', 'nl']);
    });

    it('saves an edit, stamps "updated on" today, and the finder shows it at once', async () => {
      const response = await client.submit(
        '/nl/my/profile',
        profileForm(locationId, { 'location-1-street': 'Marktplein 3', 'location-1-postcode': '1000' }),
      );
      assert.equal(response.statusCode, 303);
      const page = await client.get(response.headers.location as string);
      assert.match(page.body, /Uw profiel is opgeslagen/);
      const today = formatDate('nl', new Date());
      assert.ok(page.body.includes(`Bijgewerkt op ${today}`), 'updated on today');
      const card = await t.app.inject(`/nl/clinicians/${clinicianId}`);
      assert.match(card.body, /Marktplein 3/);
      assert.match(card.body, /Rouw/);
      const audit = await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from audit_log where action = 'clinician-profile.update' and resource_id = ${clinicianId}`,
      );
      assert.equal(audit.rows[0]!.n, 1);
    });

    it('gives the session date its own hint, not the birth date example (issue 12)', async () => {
      const page = await client.get('/nl/my/sessions/new');
      assert.match(page.body, /id="date-hint"[^>]*>In de vorm DD\/MM\/JJJJ/);
      assert.doesNotMatch(
        page.body.slice(page.body.indexOf('id="date"') - 400),
        /id="date-hint"[^>]*>Bijvoorbeeld 27\/04\/2009/,
      );
    });

    it('previews the decision without storing anything, then records on confirm without echoing the NISS', async () => {
      const form = {
        step: 'preview',
        function: 'support',
        mode: 'individual',
        locationId,
        networkId: 'brumenta',
        niss: NISS,
        birthDate: '15/03/1990',
        bim: 'no',
        date: '03/02/2025',
      };
      const preview = await client.submit('/nl/my/sessions/new', form);
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /Controleer voor u registreert/);
      assert.match(preview.body, /Beslissing: Terugbetaald/);
      const stored = await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from care_sessions`,
      );
      assert.equal(stored.rows[0]!.n, 0, 'a preview stores nothing');
      const confirmed = await client.post('/nl/my/sessions/new', { ...form, step: 'confirm' });
      assert.equal(confirmed.statusCode, 303);
      const result = await client.get(confirmed.headers.location as string);
      assert.equal(result.statusCode, 200);
      assert.match(result.body, /Sessie geregistreerd/);
      assert.ok(
        !result.body.includes(NISS) && !result.body.includes(NISS.slice(0, 6)),
        'no NISS after confirming',
      );
      const list = await client.get('/nl/my/sessions');
      assert.match(list.body, /maandag 3 februari 2025/);
      assert.ok(!list.body.includes(NISS));
    });

    it('cancels one of their sessions with a reason, asked for when missing, once only', async () => {
      const list = await client.get('/nl/my/sessions');
      const page = /href="(\/nl\/my\/sessions\/[0-9a-f-]{36})"/.exec(list.body)![1]!;
      const missing = await client.submit(page, { reason: '   ' }, `${page}/cancel`);
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /Geef aan waarom u de sessie annuleert/);
      assert.match(missing.body, /href="#reason"/);
      const stranger = await signedInClient(
        t,
        await createPerson(t, {
          email: 'coord@brumenta.example',
          grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' }],
        }),
      );
      const refused = await stranger.submit('/nl', { reason: 'Niet van mij' }, `${page}/cancel`);
      assert.ok([403, 404].includes(refused.statusCode), `a stranger gets ${refused.statusCode}`);
      const cancelled = await client.submit(page, { reason: 'Dubbel ingevoerd' }, `${page}/cancel`);
      assert.equal(cancelled.statusCode, 303);
      const after = await client.get(cancelled.headers.location as string);
      assert.match(after.body, /De sessie is geannuleerd/);
      assert.match(after.body, /Geannuleerd/);
      assert.doesNotMatch(after.body, /De sessie annuleren/);
      const events = await t.database.db.execute<{ note: string }>(
        sql`select note from care_session_events where kind = 'cancelled'`,
      );
      assert.deepEqual(
        events.rows.map((e) => e.note),
        ['Dubbel ingevoerd'],
      );
      const again = await client.post(`${page}/cancel`, { reason: 'Nog eens' });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /Deze sessie was al geannuleerd/);
    });

    it('explains a wrong NISS next to the field, keeping the other answers', async () => {
      const response = await client.submit('/nl/my/sessions/new', {
        step: 'preview',
        function: 'support',
        mode: 'individual',
        locationId,
        networkId: 'brumenta',
        niss: '12345678901',
        birthDate: '15/03/1990',
        bim: 'yes',
        date: '03/02/2025',
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /href="#niss"/);
      assert.match(response.body, /value="15\/03\/1990"/);
    });

    it('answers garbage in its forms with a page, never a 500', async () => {
      const long = 'é'.repeat(3000);
      const forms: Array<[string, Record<string, string>]> = [
        ['/fr/my/profile', { locationRows: '999999', 'location-0-id': 'not-an-id', 'location-0-kind': long }],
        [
          '/fr/my/profile',
          { locationRows: '-3', languages: long, modes: 'x', waitingBand: '%00', accepting: long },
        ],
        [
          '/fr/my/profile',
          profileForm('00000000-0000-4000-8000-000000000000', { 'location-0-postcode': long }),
        ],
        ['/fr/my/sessions/new', { step: 'confirm', niss: long, birthDate: '31/02/2020', date: '99/99/9999' }],
        [
          '/fr/my/sessions/new',
          { step: 'preview', function: 'x', mode: 'y', locationId: long, networkId: long },
        ],
        ['/fr/my/sessions/new', { step: long, bim: 'maybe', niss: '00000000000', birthDate: '2020-01-01' }],
      ];
      for (const [url, form] of forms) {
        const response = await client.submit(url, form);
        assert.equal(response.statusCode, 400, url);
        assert.ok(response.statusCode < 500, `${url} ${JSON.stringify(form).slice(0, 80)}`);
      }
    });
  });
}
