// The dashboard's further figures, as a network admin reads them: the Brussels tile map with its
// table and key, group sessions held and who came, applications' days per stage, the clinician
// against their contingent and the directory's availability, in FR, NL and EN; and the yearly
// activity report, whose small counts are hidden, for those the dashboard lets in only.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { importBundledPopulation } from '../../src/reference/population.ts';
import { auth } from '../care/support/api.ts';
import { makeNiss } from '../care/support/niss.ts';
import { coordinatorOf, createStaff, type StaffMember } from '../requests/support/staff.ts';
import type { TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { startRecordedApp } from './support/recorded-app.ts';

const none = { networkId: null, zoneId: null, bodyId: null };

/** The cells of the table captioned `caption`, row by row, as text. */
function tableRows(html: string, caption: string): string[][] {
  const start = html.indexOf(`<caption class="table__caption">${caption}`);
  assert.ok(start >= 0, `a table captioned ${caption}`);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.slice(table.indexOf('<tbody>')).matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => cell[1]!.replace(/&lt;/g, '<')),
  );
}

for (const engine of testEngines()) {
  describe(`the dashboard's map and further figures (${engine})`, () => {
    let t: TestApp;
    let admin: StaffMember;
    let gp: StaffMember;
    let coordinator: StaffMember;
    before(async () => {
      const started = await startRecordedApp(engine);
      t = started.t;
      await importBundledPopulation(t.database.db);
      // November 2026: six patients living in Schaerbeek, two in Ixelles, one who gave no postcode.
      for (let p = 0; p < 9; p++) {
        const residencePostcode = p < 6 ? '1030' : p < 8 ? '1050' : undefined;
        await started.record({
          niss: makeNiss('1980-02-14', 300 + p),
          birthDate: '1980-02-14',
          date: '2026-11-09',
          ...(residencePostcode ? { residencePostcode } : {}),
        });
      }
      const zone = (await t.database.pool.query('select distinct zone_id from care_sessions')).rows[0]
        .zone_id;
      // Adam's contingent: 2 sessions a week in 2026.
      const budget = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/networks/brumenta/budgets/2026',
        headers: auth,
        payload: { allocationCents: 100_000_000 },
      });
      assert.equal(budget.statusCode, 200, budget.body);
      const contingent = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/networks/brumenta/budgets/2026/contingents/${started.clinician.id}`,
        headers: auth,
        payload: {
          holderKind: 'clinician',
          perWeek: 2,
          function: 'support',
          mode: 'individual',
          zoneId: zone,
        },
      });
      assert.equal(contingent.statusCode, 200, contingent.body);
      // A community group held on 12 November: three registered, two marked present.
      const event = await t.database.pool.query(
        `insert into events (kind, title, zone_id, language, starts_at, ends_at, capacity, audience, leader, venue)
         values ('group-session', 'Groupe', $1, 'fr', '2026-11-12T17:00:00Z', '2026-11-12T19:00:00Z', 12,
           'public', 'Camille', 'Maison de quartier') returning id`,
        [zone],
      );
      for (let r = 0; r < 3; r++) {
        await t.database.pool.query(
          `insert into event_registrations (event_id, reference, name, email, language, status, cancel_token_hash, attended)
           values ($1, $2, 'P', $3, 'fr', 'registered', $4, $5)`,
          [event.rows[0].id, `R-${r}`, `p${r}@example.be`, `hash-${r}`, r < 2],
        );
      }
      // An application submitted on 2 November, checked on the 5th, contacted on the 16th.
      const caseId = randomUUID();
      await t.database.pool.query(
        `insert into cases (id, case_type, reference, zone_id, network_ids, status, version, opened_at, updated_at)
         values ($1, 'application', 'APP-TEST-0001', $2, '{brumenta}', 'contact', 3, '2026-11-02T09:00:00Z', now())`,
        [caseId, zone],
      );
      const steps: Array<[string, string]> = [
        ['submit', '2026-11-02T09:00:00Z'],
        ['start-check', '2026-11-05T09:00:00Z'],
        ['note', '2026-11-06T09:00:00Z'],
        ['log-contact', '2026-11-16T09:00:00Z'],
      ];
      for (const [i, [type, at]] of steps.entries()) {
        await t.database.pool.query(
          `insert into case_actions (case_id, seq, type, at, actor_kind, actor_label) values ($1, $2, $3, $4, 'staff', 'x')`,
          [caseId, i + 1, type, at],
        );
      }
      admin = await createStaff(t, {
        email: 'admin@brumenta.example',
        displayName: 'Admin',
        grants: [{ ...none, role: 'network-admin', networkId: 'brumenta' }],
      });
      gp = await createStaff(t, { email: 'gp@example.be', displayName: 'GP', grants: [] });
      coordinator = await createStaff(t, {
        email: 'c@zone.example',
        displayName: 'C',
        grants: coordinatorOf(zone),
      });
    });
    after(() => t.close());

    const page = (who: StaffMember | null, url: string) =>
      t.app.inject({ url, headers: who ? { cookie: who.cookie } : {} });

    it('draws the 19 communes as a described tile map, each square with its rate, and the same figures as a table', async () => {
      const response = await page(admin, '/en/reporting?scope=brumenta&month=2026-11');
      assert.equal(response.statusCode, 200);
      const body = response.body;
      assert.match(
        body,
        /<svg class="tile-map__svg"[^>]*role="img"[^>]*aria-labelledby="commune-map-title commune-map-desc"/,
      );
      assert.match(
        body,
        /<title id="commune-map-title">Map of the 19 Brussels communes: patients per 10,000 inhabitants<\/title>/,
      );
      assert.match(
        body,
        /<desc id="commune-map-desc">One square per commune[^<]*from December 2025 to November 2026/,
      );
      assert.equal(body.match(/data-commune="21\d{3}"/g)?.length, 19);
      // Schaerbeek: 6 patients of 132,799 inhabitants = 0.5 per 10,000, printed in its square (en-BE
      // writes 0,5), in the third band of four from 0 to 1.
      assert.match(body, /data-commune="21015" data-band="2">.*?>0,5<\/text>/s);
      assert.match(body, /Key \(patients per 10,000 inhabitants\)/);
      const communes = tableRows(body, 'Patients and inhabitants by commune of residence');
      assert.deepEqual(
        communes.find((row) => row[0]!.startsWith('Schaerbeek')),
        ['Schaerbeek (Schaarbeek)', '6', '132.799', '0,5'],
      );
      assert.deepEqual(
        communes.find((row) => row[0]!.startsWith('Ixelles')),
        ['Ixelles (Elsene)', '2', '87.632', '0,2'],
      );
      assert.match(body, /Patients without a postcode of residence or living elsewhere: 1\./);
      assert.match(body, /Patients per 10,000 inhabitants: distinct patients living in the commune/);
    });

    it('counts the group held and who came, the application’s days per stage, the clinician against the contingent and the directory', async () => {
      const body = (await page(admin, '/en/reporting?scope=brumenta&month=2026-11')).body;
      const groups = tableRows(body, 'Group sessions held and participants, by month');
      assert.deepEqual(
        groups.find((row) => row[0] === 'November 2026'),
        ['November 2026', '1', '2'],
      );
      assert.match(body, /Participants: people registered whom the organiser marked present/);
      const stages = tableRows(body, 'Median days per stage of applications');
      assert.deepEqual(stages[0], ['Submitted', '1', '3']);
      assert.deepEqual(stages[1], ['Completeness check', '1', '11']);
      assert.deepEqual(stages[2], ['Contact', '0', '–']);
      const clinicians = Object.fromEntries(tableRows(body, 'Clinicians’ activity, November 2026'));
      assert.equal(clinicians['Active clinicians'], '1');
      assert.equal(clinicians['Clinicians with a contingent'], '1');
      // 9 sessions against 2 a week over November's 30 days (8.6): on track.
      assert.equal(clinicians['Sessions their contingents lead to expect'], '8,6');
      assert.equal(clinicians['Contingent used 90% to 110%'], '1');
      const listing = Object.fromEntries(tableRows(body, 'Clinicians listed in the finder, today'));
      assert.equal(listing['Clinicians listed'], '1');
      assert.match(body, /Profile possibly out of date: not confirmed for more than 180 days/);
    });

    it('speaks French and Dutch', async () => {
      const fr = (await page(admin, '/fr/reporting?scope=brumenta&month=2026-11')).body;
      assert.match(fr, /<h2 id="communes-heading">Patients pour 10\u202f000 habitants, par commune<\/h2>/);
      assert.match(fr, /Groupes tenus/);
      assert.match(fr, /Rapport d’activité annuel 2026 \(XLSX\)/);
      const nl = (await page(admin, '/nl/reporting?scope=brumenta&month=2026-11')).body;
      assert.match(nl, /<h2 id="communes-heading">Patiënten per 10.000 inwoners, per gemeente<\/h2>/);
      assert.match(nl, />Schaarbeek<\/text>/);
      assert.match(nl, /href="\/nl\/reporting\/yearly.xlsx\?scope=brumenta&amp;year=2026"/);
    });

    it('downloads the yearly activity report with counts under 5 hidden', async () => {
      const response = await page(admin, '/en/reporting/yearly.xlsx?scope=brumenta&year=2026');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-disposition']), /activity-report-brumenta-2026\.xlsx/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      assert.match(
        String(book.worksheets[0]!.getRow(1).getCell(1).value),
        /^Activity report 2026 – Brumenta/,
      );
      const sheet = (caption: string) => {
        const found = book.worksheets.find((s) => caption.startsWith(s.name));
        assert.ok(found, caption);
        return found
          .getSheetValues()
          .slice(2)
          .map((row) => (row as unknown[]).slice(1));
      };
      const communes = sheet('Patients and inhabitants by commune of residence');
      assert.deepEqual(
        communes.find((row) => String(row[0]).startsWith('Schaerbeek')),
        ['Schaerbeek (Schaarbeek)', 6, 132_799, 0.5],
      );
      assert.deepEqual(
        communes.find((row) => String(row[0]).startsWith('Ixelles')),
        ['Ixelles (Elsene)', '< 5', 87_632, '< 5'],
      );
      const groups = sheet('Group sessions held and participants, by month');
      assert.deepEqual(
        groups.find((row) => row[0] === 'November 2026'),
        ['November 2026', 1, '< 5'],
      );
      const trend = sheet('Sessions, patients and new patients per month');
      assert.deepEqual(
        trend.find((row) => row[0] === 'November 2026'),
        ['November 2026', 9, 9, 9],
      );
      const audited = await t.database.pool.query(
        `select count(*)::int as n from audit_log where action = 'network.report' and detail->>'report' = 'yearly'`,
      );
      assert.equal(audited.rows[0].n, 1);
    });

    it('downloads each table as a CSV for Belgian Excel, with the figures of the page', async () => {
      const fr = (await page(admin, '/fr/reporting?scope=brumenta&month=2026-11')).body;
      assert.match(fr, /<summary>Chaque tableau en CSV \(Excel belge\)<\/summary>/);
      assert.match(fr, /href="\/fr\/reporting.csv\?scope=brumenta&amp;month=2026-11&amp;table=0"/);
      const csv = await page(admin, '/fr/reporting.csv?scope=brumenta&month=2026-11&table=0');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      assert.ok(csv.body.startsWith('\uFEFF'));
      assert.match(csv.body, /\r\nnovembre 2026;9;9;9\r\n/);
      for (const table of ['99', 'x', '-1', ''])
        assert.equal(
          (await page(admin, `/fr/reporting.csv?scope=brumenta&month=2026-11&table=${table}`)).statusCode,
          404,
          table,
        );
      assert.equal((await page(gp, '/fr/reporting.csv?month=2026-11&table=0')).statusCode, 403);
      assert.equal((await page(null, '/fr/reporting.csv?month=2026-11&table=0')).statusCode, 303);
    });

    it('lets only those the dashboard lets in download it, each in their own scope', async () => {
      const out = await page(null, '/en/reporting/yearly.xlsx?year=2026');
      assert.equal(out.statusCode, 303);
      assert.match(String(out.headers.location), /sign-in/);
      assert.equal((await page(gp, '/en/reporting/yearly.xlsx?year=2026')).statusCode, 403);
      // A coordinator asking for the whole network gets their zone's report.
      const own = await page(coordinator, '/en/reporting/yearly.xlsx?scope=brumenta&year=2026');
      assert.equal(own.statusCode, 200);
      assert.doesNotMatch(String(own.headers['content-disposition']), /activity-report-brumenta-2026\.xlsx/);
      // A year before the convention, or not a year at all, gives the current year.
      const odd = await page(admin, '/en/reporting/yearly.xlsx?scope=brumenta&year=1999%27');
      assert.equal(odd.statusCode, 200);
    });
  });
}
