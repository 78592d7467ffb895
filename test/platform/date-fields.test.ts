// Every date field reads the Belgian way (17/12/2026, 17.12.2026, 17-12-2026) as well as ISO,
// and a date it cannot read comes back with a message naming the field, the typed text still in
// the input. One family per describe: the clinician's session form, a staff action on an
// application, a request's appointment, the audit log's filters. (Meeting dates: the committee
// meetings test; the cost simulator's birth date: test/care.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formatDate } from '../../src/platform/i18n/index.ts';
import {
  caseIdFrom,
  coordinatorOf,
  DECLARATION,
  fillAll,
  PDF,
  PNG,
  upload,
} from '../applications/support/helpers.ts';
import { makeNiss } from '../care/support/niss.ts';
import { validProfile } from '../directory/fixtures.ts';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { createClinicianAccount, createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { dayFromToday } from '../support/dates.ts';
import type { TestClient } from '../support/http-client.ts';

const ALL_ZONES = ['east', 'south', 'north-west', 'centre-west'].flatMap(coordinatorOf);

/** The day `days` from today typed with dots, as many people write it: 17.12.2026. */
function dotted(days: number): string {
  return dayFromToday(days, 'belgian').replaceAll('/', '.');
}

describe('date fields read the Belgian way and name themselves when they cannot', () => {
  let t: TestApp;
  let coordinator: TestClient;

  before(async () => {
    t = await startTestApp('embedded');
    const staff = await createPerson(t, { email: 'dates@coordination.example', grants: ALL_ZONES });
    coordinator = await signedInClient(t, staff);
  });
  after(() => t.close());

  describe('the session form', () => {
    let client: TestClient;
    let form: Record<string, string>;

    before(async () => {
      const checked = t.services.directory.validate(validProfile({ updatedAt: '2025-01-02' }));
      assert.ok(checked.ok);
      const [clinicianId] = (await t.services.directory.addClinicians([checked.value])) as [string];
      const account = await createClinicianAccount(t, clinicianId, {
        email: 'ilvane@demo.example',
        locale: 'fr',
      });
      client = await signedInClient(t, account);
      const locationId = (await t.services.directory.getClinician(clinicianId))!.locations[0]!.id;
      form = {
        step: 'preview',
        function: 'support',
        mode: 'individual',
        locationId,
        networkId: 'brumenta',
        niss: makeNiss('1990-03-15', 17),
        bim: 'no',
      };
    });

    it('names the session date and the birth date apart, keeping what was typed', async () => {
      const page = await client.submit('/fr/my/sessions/new', {
        ...form,
        birthDate: '31/02/1990',
        date: '3/2/25',
      });
      assert.equal(page.statusCode, 400);
      assert.match(
        page.body,
        /Date de la séance\u202f: «\u202f3\/2\/25\u202f» n’est pas une date qui existe/,
      );
      assert.match(page.body, /Date de naissance du patient\u202f: «\u202f31\/02\/1990\u202f»/);
      assert.match(page.body, /id="date"[^>]*value="3\/2\/25"|value="3\/2\/25"[^>]*id="date"/);
      assert.match(page.body, /value="31\/02\/1990"/);
      const empty = await client.submit('/fr/my/sessions/new', {
        ...form,
        birthDate: '15.03.1990',
        date: '',
      });
      assert.match(empty.body, /Indiquez la date de la séance, au format JJ\/MM\/AAAA/);
      assert.doesNotMatch(empty.body, /Date de naissance du patient\u202f:/, 'dots read as a birth date');
    });

    it('reads dots and dashes as well as slashes and ISO', async () => {
      for (const date of ['03.02.2025', '03-02-2025', '2025-02-03']) {
        const preview = await client.submit('/fr/my/sessions/new', {
          ...form,
          birthDate: '15-03-1990',
          date,
        });
        assert.equal(preview.statusCode, 200, `${date}: ${preview.body.slice(0, 200)}`);
        assert.ok(preview.body.includes(formatDate('fr', '2025-02-03')), date);
      }
    });
  });

  describe('a staff action on an application', () => {
    let caseId = '';

    before(async () => {
      const applicantId = await createPerson(t, { email: 'lotte@example.be', displayName: 'Lotte Peeters' });
      const applicant = await signedInClient(t, applicantId);
      await fillAll(t, applicant, '/nl/professionals/join', DECLARATION);
      const documents = {
        page: '/nl/professionals/join/documents',
        action: '/nl/professionals/join/documents/upload',
      };
      for (const [kind, filename, content, type] of [
        ['diploma', 'diploma.pdf', PDF, 'application/pdf'],
        ['visa', 'visum.png', PNG, 'image/png'],
      ] as const) {
        await upload(t, applicant, { ...documents, fields: { documentKind: kind }, filename, content, type });
      }
      await applicant.get('/nl/professionals/join/check');
      const submitted = await applicant.post('/nl/professionals/join/check');
      assert.equal(submitted.statusCode, 303, submitted.body);
      caseId = caseIdFrom(submitted.headers.location as string);
    });

    const act = async (action: string, fields: Record<string, string>) => {
      const page = await coordinator.get(`/fr/applications/${caseId}`);
      const version = new RegExp(`actions/${action}"[\\s\\S]*?name="version" value="(\\d+)"`).exec(
        page.body,
      )?.[1];
      return coordinator.post(`/fr/applications/${caseId}/actions/${action}`, {
        version: version ?? '',
        ...fields,
      });
    };

    it('names the meeting date it could not read, then reads 17.12.2026 and shows it in words', async () => {
      assert.equal((await act('start-check', {})).statusCode, 303);
      const refused = await act('log-contact', { date: '31.04.2026', text: 'Entretien' });
      assert.equal(refused.statusCode, 400);
      assert.match(
        refused.body,
        /Date de la rencontre\u202f: indiquez une date qui existe, au format JJ\/MM\/AAAA/,
      );
      assert.match(refused.body, /value="31\.04\.2026"/);
      assert.equal((await act('log-contact', { date: '17.12.2026', text: 'Entretien' })).statusCode, 303);
      const page = await coordinator.get(`/fr/applications/${caseId}`);
      assert.ok(
        page.body.includes('jeudi 17 décembre 2026 – Entretien'),
        'the date in words on the timeline',
      );
      assert.doesNotMatch(page.body, /2026-12-17 –/);
    });
  });

  describe("a request's appointment", () => {
    let caseUrl = '';

    before(async () => {
      const sent = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: GP_REQUEST,
      });
      assert.equal(sent.statusCode, 201, sent.body);
      caseUrl = `/fr/inbox/cases/${sent.json().id}`;
    });

    const act = async (action: string, fields: Record<string, string>) => {
      const page = await coordinator.get(caseUrl);
      const version = new RegExp(`${action}"[\\s\\S]*?name="version" value="(\\d+)"`).exec(page.body)?.[1];
      return coordinator.post(`${caseUrl}/${action}`, { version: version ?? '', ...fields });
    };

    it('names the appointment date it could not read, then reads dashes', async () => {
      assert.equal((await act('acknowledge', {})).statusCode, 303);
      const refused = await act('schedule', { date: '32-12-2026', time: '14:00' });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Indiquez une date de rendez-vous qui existe/);
      assert.match(refused.body, /value="32-12-2026"/);
      const day = dayFromToday(9, 'belgian').replaceAll('/', '-');
      assert.equal((await act('schedule', { date: day, time: '14:00' })).statusCode, 303);
      const page = await coordinator.get(caseUrl);
      assert.ok(
        page.body.includes(`${formatDate('fr', dayFromToday(9))} à 14:00`),
        'the appointment in words',
      );
    });
  });

  describe('the audit log filters', () => {
    let admin: TestClient;

    before(async () => {
      const id = await createPerson(t, {
        email: 'admin@passerelle.example',
        grants: [{ role: 'platform-admin' }],
      });
      admin = await signedInClient(t, id);
    });

    it('reads 17/12/2026, 17.12.2026 and ISO, and names the bound it could not read', async () => {
      for (const from of [dayFromToday(-1, 'belgian'), dotted(-1), dayFromToday(-1)]) {
        const page = await admin.get(`/fr/admin/audit?from=${encodeURIComponent(from)}`);
        assert.equal(page.statusCode, 200, from);
        assert.match(page.body, /<tbody><tr/, `${from}: today's entries are listed`);
      }
      const tomorrow = await admin.get(`/fr/admin/audit?from=${encodeURIComponent(dotted(1))}`);
      assert.match(tomorrow.body, /Aucune entrée ne correspond/);
      assert.doesNotMatch(tomorrow.body, /<tbody><tr/);
      const ancient = await admin.get('/fr/admin/audit?from=01/01/0001&to=31.12.9999');
      assert.equal(ancient.statusCode, 200, 'a far date is a filter, not a 500');
      const wrong = await admin.get('/nl/admin/audit?to=30.02.2026');
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Tot: ‘30\.02\.2026’ is geen bestaande datum/);
      assert.match(wrong.body, /value="30\.02\.2026"/);
    });
  });
});
