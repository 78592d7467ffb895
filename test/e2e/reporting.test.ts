import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { importBundledPopulation } from '../../src/reference/population.ts';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { coordinatorOf, createStaff } from '../requests/support/staff.ts';
import { expectAccessible, type Journey, startJourney } from './support/browser.ts';

describe('journey: a coordinator reads the network dashboard', () => {
  let journey: Journey;
  let cookie: string;
  let zone: string;
  before(async () => {
    journey = await startJourney('embedded', { API_ADMIN_TOKEN: TOKEN });
    const t = journey.t;
    const [a] = await addClinicians(t.services.directory, [clinician('Adam', ['brumenta'])]);
    for (let p = 0; p < 6; p++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(a!, {
          niss: makeNiss('1980-02-14', 900 + p),
          date: '2026-11-09',
          residencePostcode: '1000',
        }),
      });
      assert.equal(response.statusCode, 201, response.body);
    }
    await importBundledPopulation(t.database.db);
    zone = (await t.database.pool.query('select distinct zone_id from care_sessions')).rows[0].zone_id;
    const staff = await createStaff(t, {
      email: 'coord@zone.example',
      displayName: 'Coord',
      grants: coordinatorOf(zone),
    });
    cookie = staff.cookie;
  });
  after(() => journey.close());

  for (const javaScriptEnabled of [true, false]) {
    it(`reads November, switches to Dutch, downloads the XLSX (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await journey.newPage({ javaScriptEnabled });
      const [name, value] = cookie.split('=') as [string, string];
      await page.context().addCookies([{ name, value, url: journey.baseUrl, httpOnly: true }]);
      await page.goto('/fr/reporting');
      assert.equal(await page.locator('h1').textContent(), 'Tableau de bord du réseau');
      // Coordinators of a Brussels zone work it for both networks: they choose Brumenta's.
      await page.selectOption('#scope', `brumenta:${zone}`);
      await page.selectOption('#month', '2026-11');
      await page.click('form[action="/fr/reporting"] button[type=submit]');
      await page.waitForURL(/month=2026-11/);
      assert.equal(
        await page.locator('svg.chart title').textContent(),
        'Séances, patients et nouveaux patients par mois',
      );
      // The map of the communes: Bruxelles' six patients of 185,103 inhabitants, 0,3 per 10,000.
      assert.equal(
        await page.locator('svg.tile-map__svg title').textContent(),
        'Carte des 19 communes bruxelloises\u202f: patients pour 10\u202f000 habitants',
      );
      assert.match((await page.locator('[data-commune="21004"]').textContent()) ?? '', /Bruxelles.*0,3/);
      assert.equal(await page.locator('a[aria-current=page]').first().textContent(), 'Tableau de bord');
      await expectAccessible(page);
      await page.click('a[hreflang=nl]');
      await page.waitForURL(/\/nl\/reporting/);
      assert.equal(await page.locator('h1').textContent(), 'Dashboard van het netwerk');
      await expectAccessible(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('a[href*="reporting.xlsx"]'),
      ]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
      const november = book.worksheets[0]!.getRow(13).values as unknown[];
      assert.deepEqual(november.slice(1), ['november 2026', 6, 6, 6]);
      // The yearly report: the same six patients, enough to be published.
      const [yearly] = await Promise.all([
        page.waitForEvent('download'),
        page.click('a[href*="reporting/yearly.xlsx"]'),
      ]);
      const report = new ExcelJS.Workbook();
      await report.xlsx.load(readFileSync((await yearly.path())!) as unknown as ArrayBuffer);
      assert.match(String(report.worksheets[0]!.getRow(1).getCell(1).value), /^Activiteitenverslag 2026/);
    });
  }
});
