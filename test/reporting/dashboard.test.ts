// The staff dashboard: exact figures within the reader's scope (a network admin's network, a
// coordinator's zone), the month and the twelve before it as an SVG chart and the same table,
// an XLSX of the same, every read audited, nobody else let in.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { makeNiss } from '../care/support/niss.ts';
import { coordinatorOf, createStaff, type StaffMember } from '../requests/support/staff.ts';
import type { TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { type RecordedApp, startRecordedApp } from './support/recorded-app.ts';

const none = { networkId: null, zoneId: null, bodyId: null };

for (const engine of testEngines()) {
  describe(`network dashboard (${engine})`, () => {
    let t: TestApp;
    let admin: StaffMember;
    let coordinator: StaffMember;
    let elsewhere: StaffMember;
    let zone: string;
    before(async () => {
      let record: RecordedApp['record'];
      ({ t, record } = await startRecordedApp(engine));
      // October: three patients; November: two of them again and one new.
      for (let p = 0; p < 3; p++) {
        await record({ niss: makeNiss('1980-02-14', 800 + p), birthDate: '1980-02-14', date: '2026-10-05' });
      }
      for (const p of [0, 1, 3]) {
        await record({ niss: makeNiss('1980-02-14', 800 + p), birthDate: '1980-02-14', date: '2026-11-09' });
      }
      const zoned = await t.database.pool.query('select distinct zone_id from care_sessions');
      zone = zoned.rows[0].zone_id;
      const zones = await t.database.pool.query('select id from zones where id <> $1 order by id limit 1', [
        zone,
      ]);
      admin = await createStaff(t, {
        email: 'admin@brumenta.example',
        displayName: 'Admin',
        grants: [{ ...none, role: 'network-admin', networkId: 'brumenta' }],
      });
      coordinator = await createStaff(t, {
        email: 'c@zone.example',
        displayName: 'Coord',
        grants: coordinatorOf(zone),
      });
      elsewhere = await createStaff(t, {
        email: 'e@zone.example',
        displayName: 'Elsewhere',
        grants: coordinatorOf(zones.rows[0].id),
      });
    });
    after(() => t.close());

    const page = (who: StaffMember | null, url: string) =>
      t.app.inject({ url, headers: who ? { cookie: who.cookie } : {} });

    it('shows a network admin the month, the trend as a described chart and the same figures as a table', async () => {
      const response = await page(admin, '/en/reporting?scope=brumenta&month=2026-11');
      assert.equal(response.statusCode, 200, response.body.slice(0, 300));
      const body = response.body;
      assert.match(
        body,
        /<svg class="chart[^"]*"[^>]*role="img"[^>]*aria-labelledby="trend-title trend-desc"/,
      );
      assert.match(body, /<title id="trend-title">Sessions, patients and new patients per month<\/title>/);
      assert.match(body, /<desc id="trend-desc">Lines from December 2025 to November 2026/);
      // October: 3 sessions, 3 patients, 3 new; November: 3, 3, 1 new.
      assert.match(body, /<td>October 2026<\/td><td>3<\/td><td>3<\/td><td>3<\/td>/);
      assert.match(body, /<td>November 2026<\/td><td>3<\/td><td>3<\/td><td>1<\/td>/);
      assert.match(body, /<td>Psychological support \(F2\)<\/td><td>3<\/td>/);
    });

    it('audits each read', async () => {
      const audited = await t.database.pool.query(
        `select actor_label, resource_id, network_id from audit_log where action = 'network.report'`,
      );
      assert.ok(
        audited.rows.some(
          (row) => row.actor_label === 'admin@brumenta.example' && row.resource_id === 'brumenta',
        ),
      );
    });

    it('shows a coordinator their zone, and another zone’s coordinator none of its sessions', async () => {
      const own = await page(coordinator, `/fr/reporting?scope=brumenta:${zone}&month=2026-11`);
      assert.equal(own.statusCode, 200);
      assert.match(own.body, /<td>novembre 2026<\/td><td>3<\/td><td>3<\/td><td>1<\/td>/);
      const other = await page(elsewhere, '/fr/reporting?month=2026-11');
      assert.equal(other.statusCode, 200);
      assert.match(other.body, /<td>novembre 2026<\/td><td>0<\/td><td>0<\/td><td>0<\/td>/);
      // Asking for the first coordinator's zone gives the reader's own scope, not theirs.
      const asked = await page(elsewhere, `/fr/reporting?scope=brumenta:${zone}&month=2026-11`);
      assert.doesNotMatch(asked.body, /<td>novembre 2026<\/td><td>3<\/td>/);
    });

    it('speaks Dutch', async () => {
      const response = await page(admin, '/nl/reporting?scope=brumenta&month=2026-11');
      assert.match(response.body, /<h1>Dashboard van het netwerk<\/h1>/);
      assert.match(response.body, /<td>november 2026<\/td><td>3<\/td>/);
    });

    it('sends the signed-out to sign in, and refuses people without a staff role', async () => {
      const out = await page(null, '/en/reporting');
      assert.equal(out.statusCode, 303);
      assert.match(String(out.headers.location), /sign-in/);
      const gp = await createStaff(t, { email: 'gp@example.be', displayName: 'GP', grants: [] });
      assert.equal((await page(gp, '/en/reporting')).statusCode, 403);
      assert.equal((await page(gp, '/en/reporting.xlsx')).statusCode, 403);
    });

    it('downloads the same figures as an XLSX workbook', async () => {
      const response = await page(admin, '/en/reporting.xlsx?scope=brumenta&month=2026-11');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /spreadsheetml/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const trend = book.worksheets[0]!;
      assert.deepEqual((trend.getRow(1).values as unknown[]).slice(1), [
        'Month',
        'Sessions',
        'Patients',
        'New patients',
      ]);
      const november = trend.getRow(13).values as unknown[];
      assert.deepEqual(november.slice(1), ['November 2026', 3, 3, 1]);
    });
  });
}
