import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible, type Journey, startJourney, tabTo } from './support/browser.ts';

const NOW = new Date('2025-06-01T10:00:00Z');

/**
 * Presses Enter on the focused link or button and waits for the new page to load (not merely for
 * the address: with JavaScript, the finder already rewrites it while filters change).
 */
async function follow(page: Page, url: RegExp): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  assert.match(page.url(), url);
}

describe('journey: a person finds a psychologist', () => {
  let journey: Journey;
  before(async () => {
    journey = await startJourney();
    await journey.t.services.directory.seedDemo(300, NOW);
  });
  after(() => journey.close());

  for (const javaScriptEnabled of [true, false]) {
    const js = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

    it(`searches in French with the keyboard only, opens a clinician, and reads the page in Dutch (${js})`, async () => {
      const page = await journey.newPage({ javaScriptEnabled });
      await page.goto('/fr');
      await expectAccessible(page);
      await tabTo(page, 'main a[href="/fr/find"]');
      await follow(page, /\/fr\/find$/);
      await expectAccessible(page);

      await tabTo(page, '#place');
      await page.keyboard.type('1030');
      await tabTo(page, '#age');
      await page.keyboard.type('16');
      await tabTo(page, '#language');
      await page.keyboard.type('n'); // néerlandais
      assert.equal(await page.inputValue('#language'), 'nl');
      await tabTo(page, 'button[type=submit]');
      await follow(page, /\/fr\/find\?place=1030&age=16&language=nl&/);
      const count = (await page.locator('#result-count').textContent()) ?? '';
      assert.match(count, /^\d+ psychologues ou orthopédagogues près de Schaerbeek$/);
      assert.match((await page.locator('.result').first().textContent()) ?? '', /À \d+,\d km/);
      await expectAccessible(page);

      await tabTo(page, '.result-list a');
      const name = ((await page.evaluate(() => document.activeElement?.textContent)) ?? '').trim();
      await follow(page, /\/fr\/clinicians\/[0-9a-f-]+\?place=1030&age=16&language=nl$/);
      assert.equal((await page.locator('h1').textContent())?.startsWith(name), true);
      assert.match((await page.locator('main').textContent()) ?? '', /Prendre rendez-vous/);
      await expectAccessible(page);

      await tabTo(page, '.language-switch a[hreflang="nl"]');
      await follow(page, /\/nl\/clinicians\/[0-9a-f-]+\?place=1030&age=16&language=nl$/);
      assert.equal((await page.locator('h1').textContent())?.startsWith(name), true);
      assert.match((await page.locator('main').textContent()) ?? '', /Een afspraak maken/);
      await expectAccessible(page);

      await tabTo(page, 'main a.back-link');
      await follow(page, /\/nl\/find\?place=1030&age=16&language=nl$/);
      assert.match((await page.locator('#result-count').textContent()) ?? '', /in de buurt van Schaarbeek/);
      await expectAccessible(page);
    });

    it(`searches in Dutch by commune name with filters, and is told which filter to drop (${js})`, async () => {
      const page = await journey.newPage({ javaScriptEnabled, locale: 'nl-BE' });
      await page.goto('/nl/find');
      await expectAccessible(page);
      await tabTo(page, '#place');
      await page.keyboard.type('Schaarbek'); // a typo: the form explains and suggests
      await tabTo(page, 'button[type=submit]');
      await follow(page, /place=Schaarbek/);
      assert.match((await page.locator('.error-summary').textContent()) ?? '', /Schaarbek/);
      assert.equal(await page.inputValue('#place'), 'Schaarbek');
      await expectAccessible(page);

      await page.fill('#place', '');
      await page.focus('#place');
      await page.keyboard.type('Schaarbeek');
      await tabTo(page, '#function');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown'); // Psychologische ondersteuning
      assert.equal(await page.inputValue('#function'), 'support');
      await tabTo(page, '#accepting');
      await page.keyboard.press('Space');
      assert.equal(await page.isChecked('#accepting'), true);
      await tabTo(page, 'button[type=submit]');
      await follow(page, /\/nl\/find\?place=Schaarbeek&.*function=support&.*accepting=yes/);
      assert.match((await page.locator('#result-count').textContent()) ?? '', /in de buurt van Schaarbeek/);
      await expectAccessible(page);

      // Nobody speaks Pashto in the demo data: the page says what to drop.
      await page.goto('/nl/find?place=1030&language=ps&function=support');
      assert.match((await page.locator('#result-count').textContent()) ?? '', /Geen resultaten/);
      await tabTo(page, '#results a');
      const suggestion = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
      assert.match(suggestion, /zonder ‘Taal van de sessies: Pasjtoe’: \d+ resultaten/);
      await expectAccessible(page);
      await follow(page, /\/nl\/find\?place=1030&function=support$/);
      assert.match((await page.locator('#result-count').textContent()) ?? '', /^\d+ psychologen/);
      await expectAccessible(page);
    });
  }

  it('with JavaScript, changing a list updates the results in place and the address follows', async () => {
    const page = await journey.newPage({ javaScriptEnabled: true });
    await page.goto('/fr/find?place=1030');
    const before = (await page.locator('#result-count').textContent()) ?? '';
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    await page.focus('#mode');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Séances de groupe
    await page.waitForFunction((old) => document.getElementById('result-count')?.textContent !== old, before);
    await page.waitForURL(/mode=group/);
    assert.equal(
      await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed),
      true,
      'no page load',
    );
    const after = (await page.locator('#result-count').textContent()) ?? '';
    assert.equal(await page.locator('#finder-status').textContent(), after, 'the new count is announced');
    assert.equal(
      await page.locator('.language-switch a[hreflang="nl"]').getAttribute('href'),
      '/nl/find?place=1030&mode=group',
    );
    await expectAccessible(page);
  });
});
