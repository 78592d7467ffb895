import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectAccessible, type Journey, startJourney } from './support/browser.ts';

describe('journey: anyone reads the public statistics', () => {
  let journey: Journey;
  before(async () => {
    journey = await startJourney();
  });
  after(() => journey.close());

  for (const javaScriptEnabled of [true, false]) {
    it(`from the footer, chooses a year, switches to Dutch (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await journey.newPage({ javaScriptEnabled });
      await page.goto('/fr');
      await page.click('footer a[href="/fr/statistics"]');
      await page.waitForURL('**/fr/statistics');
      assert.equal(await page.locator('h1').textContent(), 'Statistiques publiques');
      await expectAccessible(page);
      await page.selectOption('#year', '2025');
      await page.click('form[action="/fr/statistics"] button[type=submit]');
      await page.waitForURL('**/fr/statistics?year=2025');
      assert.match((await page.locator('caption').first().textContent()) ?? '', /2025$/);
      await page.click('a[hreflang=nl]');
      await page.waitForURL('**/nl/statistics?year=2025');
      assert.equal(await page.locator('h1').textContent(), 'Openbare statistieken');
      await expectAccessible(page);
      const download = await page.locator('a[href="/nl/statistics.csv?year=2025"]').getAttribute('download');
      assert.equal(download, '');
    });
  }
});
