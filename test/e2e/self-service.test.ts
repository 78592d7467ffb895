import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { makeNiss } from '../care/support/niss.ts';
import { validProfile } from '../directory/fixtures.ts';
import { createClinicianAccount, PASSWORD } from '../support/accounts.ts';
import { expectAccessible, type Journey, startJourney } from './support/browser.ts';

const NISS = makeNiss('1990-03-15', 321);

async function submit(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.click(selector)]);
}

describe('journey: a clinician keeps their profile and records a session', () => {
  let journey: Journey;
  let clinicianId: string;

  before(async () => {
    journey = await startJourney();
    const { t } = journey;
    const checked = t.services.directory.validate(validProfile({ updatedAt: '2025-01-02' }));
    assert.ok(checked.ok);
    [clinicianId] = (await t.services.directory.addClinicians([checked.value])) as [string];
    await createClinicianAccount(t, clinicianId, {
      email: 'ilvane@demo.example',
      locale: 'nl',
      password: PASSWORD,
    });
  });
  after(() => journey.close());

  for (const javaScriptEnabled of [true, false]) {
    const js = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
    const street = javaScriptEnabled ? 'Marktplein 3' : 'Hoogstraat 8';
    const sessionDate = javaScriptEnabled ? '03/02/2025' : '10/02/2025';

    it(`signs in, edits the profile in Dutch, finds the change, records a session (${js})`, async () => {
      const page = await journey.newPage({ javaScriptEnabled, locale: 'nl-BE' });
      await page.goto('/nl/sign-in');
      await page.fill('#email', 'ilvane@demo.example');
      await page.fill('#password', PASSWORD);
      await Promise.all([page.waitForURL('**/nl/my/profile'), page.keyboard.press('Enter')]);

      await page.goto('/nl/my/profile');
      await expectAccessible(page);
      const rows = await page.locator('input[name$="-street"]').count();
      const add = `location-${rows - 1}`;
      await page.check('input[name=languages][value=ar]');
      await page.check('input[name=accepting][value=no]');
      await page.fill(`#${add}-street`, street);
      await page.fill(`#${add}-postcode`, '9999');
      await submit(page, 'main form button[type=submit]');
      assert.match((await page.locator('.error-summary').textContent()) ?? '', /postcode 9999/);
      assert.equal(await page.inputValue(`#${add}-street`), street, 'what was typed is kept');
      assert.equal(await page.isChecked('input[name=languages][value=ar]'), true);
      await expectAccessible(page);
      await page.fill(`#${add}-postcode`, '1000');
      await submit(page, 'main form button[type=submit]');
      assert.match(page.url(), /\/nl\/my\/profile\?notice=saved$/);
      assert.match((await page.locator('main').textContent()) ?? '', /Uw profiel is opgeslagen/);
      await expectAccessible(page);

      await submit(page, `main a[href="/nl/clinicians/${clinicianId}"]`);
      const card = (await page.locator('main').textContent()) ?? '';
      assert.match(card, new RegExp(street));
      assert.match(card, /Arabisch/);
      await expectAccessible(page);

      await page.goto('/nl/my/sessions/new');
      await expectAccessible(page);
      await page.check('input[name=function][value=support]');
      await page.selectOption('#locationId', { index: 1 });
      await page.selectOption('#networkId', 'brumenta');
      await page.fill('#niss', NISS);
      await page.fill('#birthDate', '15/03/1990');
      await page.check('input[name=bim][value=no]');
      await page.fill('#date', sessionDate);
      await submit(page, 'main form button[type=submit]');
      assert.match((await page.locator('h1').textContent()) ?? '', /Controleer voor u registreert/);
      assert.match((await page.locator('[data-decision]').textContent()) ?? '', /Terugbetaald/);
      await expectAccessible(page);

      await submit(page, 'button[value=confirm]');
      assert.match(page.url(), /\/nl\/my\/sessions\/[0-9a-f-]{36}\?notice=recorded/);
      assert.match((await page.locator('h1').textContent()) ?? '', /Sessie geregistreerd/);
      assert.ok(!(await page.content()).includes(NISS), 'the NISS is not in the page after confirming');
      await expectAccessible(page);

      // A mistake: cancel it, first forgetting the reason.
      const sessionPage = page.url().split('?')[0]!;
      await submit(page, 'form[action$="/cancel"] button[type=submit]');
      assert.match((await page.locator('.error-summary').textContent()) ?? '', /Geef aan waarom/);
      await expectAccessible(page);
      await page.fill('#reason', 'Verkeerde datum');
      await submit(page, 'form[action$="/cancel"] button[type=submit]');
      assert.equal(page.url().split('?')[0], sessionPage);
      assert.match((await page.locator('main').textContent()) ?? '', /De sessie is geannuleerd/);
      await expectAccessible(page);

      await page.goto('/nl/my/sessions');
      assert.ok((await page.locator('tbody tr').count()) >= 1);
      await expectAccessible(page);
    });
  }
});
