// The dashboard's waits: GP requests received in the scope, the share first contacted within the
// network's target and the median working days to first contact and to "scheduled", each month
// and over the twelve, on the page and in the XLSX; another zone's coordinator sees none of them.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { checkSupportRequest } from '../../src/requests/domain/support-request.ts';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { coordinatorOf, createStaff, type StaffMember } from '../requests/support/staff.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

const none = { networkId: null, zoneId: null, bodyId: null };
const at = (iso: string) => new Date(iso);

for (const engine of testEngines()) {
  describe(`waits on the network dashboard (${engine})`, () => {
    let t: TestApp;
    let admin: StaffMember;
    let coordinator: StaffMember;
    let elsewhere: StaffMember;
    before(async () => {
      t = await startTestApp(engine);
      admin = await createStaff(t, {
        email: 'admin@brumenta.example',
        displayName: 'Admin',
        grants: [{ ...none, role: 'network-admin', networkId: 'brumenta' }],
      });
      coordinator = await createStaff(t, {
        email: 'nw@zone.example',
        displayName: 'North-west',
        grants: coordinatorOf('north-west'),
      });
      elsewhere = await createStaff(t, {
        email: 'east@zone.example',
        displayName: 'East',
        grants: coordinatorOf('east'),
      });
      await t.services.requests.setFirstContactDays(admin.user, 'brumenta', 2);
      const requests = t.services.requests;
      const checked = checkSupportRequest(GP_REQUEST, { form: false });
      assert.ok(checked.ok);
      // A GP in Laeken (north-west zone) asks; the coordinator answers on the given days.
      const received = async (when: string, steps: Array<['acknowledge' | 'schedule', string]>) => {
        const outcome = await requests.submitSupportRequest(checked.value, at(when));
        assert.ok(outcome.ok);
        for (const [type, day] of steps) {
          const input = type === 'schedule' ? { date: '2026-05-20', time: '10:00', place: 'Cabinet' } : {};
          const done = await requests.cases.act(
            coordinator.user,
            outcome.submitted.id,
            type,
            input,
            undefined,
            at(day),
          );
          assert.ok(done.ok, JSON.stringify(done));
        }
      };
      // April: contacted after 1 working day, scheduled after 3.
      await received('2026-04-27T08:00:00Z', [
        ['acknowledge', '2026-04-28T08:00:00Z'],
        ['schedule', '2026-04-30T08:00:00Z'],
      ]);
      // May: 1 and 3 working days; 5 (late); never contacted, received on Labour Day and the
      // day of Ascension (both late by now).
      await received('2026-05-04T08:00:00Z', [
        ['acknowledge', '2026-05-05T08:00:00Z'],
        ['schedule', '2026-05-07T08:00:00Z'],
      ]);
      await received('2026-05-06T08:00:00Z', [['acknowledge', '2026-05-13T08:00:00Z']]);
      await received('2026-05-01T08:00:00Z', []);
      await received('2026-05-14T08:00:00Z', []);
    });
    after(() => t.close());

    const page = (who: StaffMember, url: string) => t.app.inject({ url, headers: { cookie: who.cookie } });

    it('shows a network admin the requests received, the share within target and the medians', async () => {
      const response = await page(admin, '/en/reporting?scope=brumenta&month=2026-05');
      assert.equal(response.statusCode, 200, response.body.slice(0, 300));
      const body = response.body;
      assert.match(body, /<h2 id="waits-heading">Requests from GPs and organisations<\/h2>/);
      // May: 4 received, 1 of 4 within 2 working days; medians of 1 and 5, and of 3.
      assert.match(body, /<td>May 2026<\/td><td>4<\/td><td>25,0%<\/td><td>3<\/td><td>3<\/td>/);
      assert.match(body, /<td>April 2026<\/td><td>1<\/td><td>100,0%<\/td><td>1<\/td><td>3<\/td>/);
      assert.match(body, /<td>March 2026<\/td><td>0<\/td><td>–<\/td><td>–<\/td><td>–<\/td>/);
      assert.match(body, /<td>The 12 months<\/td><td>5<\/td><td>40,0%<\/td><td>1<\/td><td>3<\/td>/);
      assert.match(body, /contacted within 2 working days at most/);
    });

    it('shows the same in German: "25,0 %" with a no-break space, month names in German', async () => {
      const response = await page(admin, '/de/reporting?scope=brumenta&month=2026-05');
      assert.equal(response.statusCode, 200, response.body.slice(0, 300));
      const body = response.body;
      assert.match(
        body,
        /<h2 id="waits-heading">Anfragen von Hausärztinnen, Hausärzten und Organisationen<\/h2>/,
      );
      assert.match(body, /<td>Mai 2026<\/td><td>4<\/td><td>25,0\u00a0%<\/td><td>3<\/td><td>3<\/td>/);
      assert.match(body, /<td>Die 12 Monate<\/td><td>5<\/td><td>40,0\u00a0%<\/td><td>1<\/td><td>3<\/td>/);
      assert.match(body, /innerhalb von höchstens 2 Werktagen kontaktiert/);
    });

    it('shows the zone’s coordinator the same in French, and another zone’s coordinator none', async () => {
      const own = await page(coordinator, '/fr/reporting?scope=brumenta:north-west&month=2026-05');
      assert.equal(own.statusCode, 200);
      assert.match(own.body, /<td>mai 2026<\/td><td>4<\/td><td>25,0\u202f%<\/td><td>3<\/td><td>3<\/td>/);
      assert.match(own.body, /Premier contact dans l’objectif\u202f:/);
      const other = await page(elsewhere, '/fr/reporting?scope=brumenta:east&month=2026-05');
      assert.equal(other.statusCode, 200);
      assert.match(other.body, /<td>mai 2026<\/td><td>0<\/td><td>–<\/td>/);
      assert.match(other.body, /<td>Les 12 mois<\/td><td>0<\/td><td>–<\/td><td>–<\/td><td>–<\/td>/);
      // Asking for the first zone gives the reader their own.
      const asked = await page(elsewhere, '/fr/reporting?scope=brumenta:north-west&month=2026-05');
      assert.doesNotMatch(asked.body, /<td>mai 2026<\/td><td>4<\/td>/);
    });

    it('publishes GPs’ requests per quarter on the public statistics page, a share of fewer than 5 hidden', async () => {
      const response = await t.app.inject({ url: '/en/statistics?year=2026' });
      assert.equal(response.statusCode, 200);
      const start = response.body.indexOf('<caption class="table__caption">Brumenta');
      const table = response.body.slice(start, response.body.indexOf('</table>', start));
      assert.match(
        table,
        /<th scope="col">GP requests<\/th><th scope="col">First contact within target<\/th>/,
      );
      // Q2: 5 requests, 2 of them contacted within target: 2 is under 5, so the share is hidden.
      assert.match(
        table,
        /<th scope="row">Q2 2026<\/th>(<td>[^<]*<\/td>){9}<td>5<\/td><td>&lt; 5<\/td><\/tr>/,
      );
      assert.match(table, /<th scope="row">Q1 2026<\/th>(<td>[^<]*<\/td>){9}<td>0<\/td><td>–<\/td><\/tr>/);
      assert.match(response.body, /GP requests: requests for support GPs sent the network/);
      const csv = await t.app.inject({ url: '/nl/statistics.csv?year=2026' });
      assert.match(csv.body, /;Aanvragen van huisartsen;Eerste contact binnen de doelstelling\r\n/);
      assert.match(csv.body, /Brumenta[^;]*;K2 2026;(?:[^;]*;){9}5;< 5\r\n/);
    });

    it('puts the same figures in the XLSX, as numbers', async () => {
      const response = await page(admin, '/en/reporting.xlsx?scope=brumenta&month=2026-05');
      assert.equal(response.statusCode, 200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets.find((s) => s.getRow(1).getCell(1).value === 'Month received')!;
      assert.ok(sheet, 'a sheet of the waits');
      assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [
        'Month received',
        'Requests received',
        'First contact within target (%)',
        'Median to first contact (working days)',
        'Median to “scheduled” (working days)',
      ]);
      assert.deepEqual((sheet.getRow(13).values as unknown[]).slice(1), ['May 2026', 4, 25, 3, 3]);
      assert.deepEqual((sheet.getRow(14).values as unknown[]).slice(1), ['The 12 months', 5, 40, 1, 3]);
    });
  });
}
