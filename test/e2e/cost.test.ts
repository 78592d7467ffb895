import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectAccessible, type Journey, startJourney, tabTo, unfoldMenu } from './support/browser.ts';

describe('journey: a person finds out what their next session costs', () => {
  let journey: Journey;
  before(async () => {
    journey = await startJourney();
  });
  after(() => journey.close());

  for (const javaScriptEnabled of [true, false]) {
    const js = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

    it(`in French, with the keyboard only, through a mistake to the answer (${js})`, async () => {
      const page = await journey.newPage({ javaScriptEnabled });
      await page.goto('/fr');
      await expectAccessible(page);
      await tabTo(page, 'main a[href="/fr/cost"]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/fr/cost');
      await expectAccessible(page);

      // Sending without answers explains each problem, next to its field.
      await tabTo(page, 'button[type=submit]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.error-summary');
      assert.equal(await page.locator('.error-summary li').count(), 5);
      if (javaScriptEnabled) {
        assert.equal(await page.evaluate(() => document.activeElement?.matches('.error-summary')), true);
      }
      assert.match(await page.title(), /^Erreur\s: /);
      await expectAccessible(page);

      await tabTo(page, '#age');
      await page.keyboard.type('27/03/1990');
      // Radio groups: Tab reaches the group, Space picks the first option, arrows move.
      await tabTo(page, '#bim');
      await page.keyboard.press('ArrowDown'); // Non
      await tabTo(page, '#function');
      await page.keyboard.press('ArrowDown'); // soutien psychologique
      await tabTo(page, '#mode');
      await page.keyboard.press('Space'); // individuelle
      await tabTo(page, '#sessions');
      await page.keyboard.type('2');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#answer-title');
      assert.match(
        (await page.locator('#answer-title').textContent()) ?? '',
        /^Vous paierez 11\s€ pour cette séance$/,
      );
      assert.match(
        (await page.locator('[data-testid=explanation]').textContent()) ?? '',
        /^Séance 3 sur 8 remboursées sur 12 mois\s: vous payez 11\s€\.$/,
      );
      assert.equal(await page.inputValue('#age'), '27/03/1990');
      assert.equal(await page.isChecked('#function-support'), true);
      await expectAccessible(page);
    });

    it(`in Dutch, for a young person who pays nothing (${js})`, async () => {
      const page = await journey.newPage({ javaScriptEnabled, locale: 'nl-BE' });
      await page.goto('/');
      await page.waitForURL('**/nl');
      await expectAccessible(page);
      await unfoldMenu(page);
      await page
        .getByRole('navigation', { name: 'Hoofdnavigatie' })
        .getByRole('link', { name: 'Wat betaal ik?' })
        .click();
      await page.waitForURL('**/nl/cost');
      await expectAccessible(page);

      await page.fill('#age', '19');
      await page.check('#bim-unknown');
      await page.check('#function-support');
      await page.check('#mode');
      await page.fill('#sessions', '0');
      await page.getByRole('button', { name: 'Toon wat ik betaal' }).click();
      await page.waitForSelector('#answer-title');
      assert.equal(await page.locator('#answer-title').textContent(), 'Deze sessie is gratis voor u');
      assert.equal(
        await page.locator('[data-testid=explanation]').textContent(),
        'Sessie 1 van 10 terugbetaalde sessies over 12 maanden: dit is de eerste sessie, die is gratis.',
      );
      await expectAccessible(page);

      // Ten sessions already: the answer says the limit is reached, in words.
      await page.fill('#sessions', '10');
      await page.getByRole('button', { name: 'Toon wat ik betaal' }).click();
      await page.waitForSelector('text=Deze sessie zou niet worden terugbetaald');
      assert.match(
        (await page.locator('[data-testid=explanation]').textContent()) ?? '',
        /de 10 terugbetaalde sessies over 12 maanden al gehad/,
      );
      await expectAccessible(page);
    });
  }
});
