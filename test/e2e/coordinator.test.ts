import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectAccessible, type Journey, startJourney, tabTo } from './support/browser.ts';

describe('journey: a GP finds their coordinator', () => {
  let journey: Journey;
  before(async () => {
    journey = await startJourney();
  });
  after(() => journey.close());

  for (const javaScriptEnabled of [true, false]) {
    it(`finds the zone with the keyboard only, then switches language on the same page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await journey.newPage({ javaScriptEnabled });
      await page.goto('/fr');
      await expectAccessible(page);
      await tabTo(page, 'a[href="/fr/coordinator"]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/fr/coordinator');
      await expectAccessible(page);

      await tabTo(page, '#place');
      await page.keyboard.type('Ixeles');
      await page.keyboard.press('Enter');
      await page.waitForURL(/place=Ixeles/);
      // The error is explained and what was typed is kept.
      assert.equal(await page.locator('.error-summary').isVisible(), true);
      assert.equal(await page.inputValue('#place'), 'Ixeles');
      await expectAccessible(page);

      await page.fill('#place', '');
      await page.focus('#place');
      await page.keyboard.type('Laeken');
      // Tab reaches the chosen radio of a group; the arrow keys change the choice.
      await tabTo(page, 'input[name=requester]:checked');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.isChecked('#requester-gp'), true);
      await tabTo(page, 'button[type=submit]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/place=Laeken/);
      assert.match((await page.locator('#result-title').textContent()) ?? '', /Votre zone\s: Nord-Ouest/);
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Nederlands' }).click();
      await page.waitForURL(/\/nl\/coordinator\?place=Laeken/);
      assert.match((await page.locator('#result-title').textContent()) ?? '', /Uw zone: Noordwest/);
      assert.equal(await page.inputValue('#place'), 'Laeken');
      await expectAccessible(page);
    });
  }
});
