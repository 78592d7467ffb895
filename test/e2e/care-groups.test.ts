// Journey of care group sessions in Chromium, axe scan on every page state: the clinician leading
// a community group, on a phone (375 px) without JavaScript and with the keyboard only, ticks who
// came, chooses F1, network and place, and saves: the sessions are recorded anonymously, once.
// On a laptop (1280 px), a support group (F2) asks each present participant's national number: a
// mistyped one comes back linked from the error summary, with everything typed kept.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { registrationsOf } from '../../src/events/store.ts';
import { events } from '../../src/events/tables.ts';
import { SESSION_COOKIE } from '../../src/platform/auth/plugin.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { createTestEvent } from '../events/support.ts';
import { createClinicianAccount } from '../support/accounts.ts';
import {
  expectAccessible,
  type Journey,
  markWithoutScripts,
  startJourney,
  tabTo,
} from './support/browser.ts';
import { pageAs } from './support/everyone.ts';

const DAY = 24 * 3_600_000;
const SHOTS = '/tmp/group-e2e';

describe('journey: a clinician records a care group session from its attendance', () => {
  let journey: Journey;
  let account: string;
  let location: string;
  before(async () => {
    journey = await startJourney('embedded');
    const { t } = journey;
    const [added] = await addClinicians(t.services.directory, [clinician('Dupont', ['brumenta'])]);
    location = added!.locations[0]!;
    account = await createClinicianAccount(t, added!.id, { email: 'lead@example.be' });
  });
  after(() => journey.close());

  /** A group session the clinician led, three people registered, held two days ago. */
  async function heldGroup(title: string) {
    const { t } = journey;
    const event = await createTestEvent(
      t,
      { kind: 'group-session', title, topics: [], audience: 'public', coLeader: 'Paul, pair-aidant' },
      account,
    );
    for (const name of ['Nadia', 'Omar', 'Lea']) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/events/${event.id}/registrations`,
        payload: { name, email: `${name.toLowerCase()}-${event.id.slice(0, 8)}@example.be`, language: 'fr' },
      });
      assert.equal(response.json().status, 'registered', response.body);
    }
    const startsAt = new Date(Date.now() - 2 * DAY);
    await t.database.db
      .update(events)
      .set({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000) })
      .where(eq(events.id, event.id));
    const byName = Object.fromEntries(
      (await registrationsOf(t.database.db, event.id)).map((r) => [r.name, r.id]),
    );
    return { id: event.id, byName: byName as Record<'Nadia' | 'Omar' | 'Lea', string> };
  }

  /** The clinician signed in, in a browser without JavaScript, at `width` pixels. */
  async function withoutScriptsAs(accountId: string, width: number): Promise<Page> {
    const context = await journey.browser.newContext({
      baseURL: journey.baseUrl,
      locale: 'fr-BE',
      javaScriptEnabled: false,
      viewport: { width, height: 800 },
    });
    const token = await journey.t.services.accounts.auth.sessions.start(journey.t.database.db, accountId);
    await context.addCookies([
      { name: SESSION_COOKIE, value: journey.t.app.signCookie(token), url: journey.baseUrl, httpOnly: true },
    ]);
    const page = await context.newPage();
    markWithoutScripts(page);
    return page;
  }

  const textOf = async (page: Page, selector: string) => (await page.locator(selector).textContent()) ?? '';
  const identities = async (page: Page) =>
    page.locator('main table').last().locator('tbody tr td:nth-child(3)').allTextContents();

  /** Presses Space on a checkbox reached with Tab: ticks it. */
  async function tick(page: Page, selector: string) {
    await tabTo(page, selector);
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked(selector), true, `${selector} ticked`);
  }

  /** Reaches the choice with Tab and picks it as a keyboard user does in a list box. */
  async function choose(page: Page, selector: string, value: string) {
    await tabTo(page, selector);
    await page.selectOption(selector, value);
  }

  async function save(page: Page) {
    await tabTo(page, 'main form[action$="/attendance"] button[type=submit]');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForLoadState('load');
  }

  it('on a phone without JavaScript, a community group (F1) is recorded anonymously, once', async () => {
    const group = await heldGroup('Groupe de parole du jeudi');
    const page = await withoutScriptsAs(account, 375);
    await page.goto(`/fr/events/manage/${group.id}`);
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/f1-phone-before.png`, fullPage: true });
    assert.match(await textOf(page, 'main'), /Séances de soins du groupe/);
    assert.match(await textOf(page, 'main'), /Aucune séance de soins enregistrée pour ce groupe/);
    assert.equal(await page.locator('input[name^="niss-"]').count(), 0, 'a community group asks no number');

    await tick(page, `#present-${group.byName.Nadia}`);
    await tick(page, `#present-${group.byName.Omar}`);
    await choose(page, '#careFunction', 'community');
    await choose(page, '#networkId', 'brumenta');
    await choose(page, '#locationId', location);
    await save(page);
    await page.waitForURL(/saved=3$/);
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/f1-phone-saved.png`, fullPage: true });
    assert.match(
      await textOf(page, '[role=status]'),
      /Présences enregistrées et 2 séances de soins enregistrées/,
    );
    assert.deepEqual(await identities(page), ['Anonyme', 'Anonyme']);
    assert.equal(await page.isChecked(`#present-${group.byName.Nadia}`), true);
    assert.equal(await page.isChecked(`#present-${group.byName.Lea}`), false);

    // Saving again, the same people present: nothing is recorded twice.
    await save(page);
    await page.waitForURL(/saved=1$/);
    await expectAccessible(page);
    assert.equal((await textOf(page, '[role=status]')).trim(), 'Présences enregistrées.');
    assert.deepEqual(await identities(page), ['Anonyme', 'Anonyme']);
    await page.screenshot({ path: `${SHOTS}/f1-phone-again.png`, fullPage: true });
  });

  it('on a laptop, a support group (F2): a mistyped national number comes back linked, nothing lost', async () => {
    const group = await heldGroup('Groupe de soutien du mardi');
    const page = await pageAs(journey, account, 1280);
    await page.goto(`/fr/events/manage/${group.id}`);
    await expectAccessible(page);
    await page.check(`#present-${group.byName.Nadia}`);
    await page.check(`#present-${group.byName.Omar}`);
    await page.selectOption('#careFunction', 'support');
    await page.selectOption('#networkId', 'brumenta');
    await page.selectOption('#locationId', location);
    // The numbers are asked once support is chosen and the form sent: each present person's.
    await page.click('main form[action$="/attendance"] button[type=submit]');
    await page.waitForSelector('.error-summary');
    await expectAccessible(page);
    assert.match(await textOf(page, '.error-summary'), /Indiquez le numéro national de Nadia/);
    assert.match(await textOf(page, '.error-summary'), /Indiquez le numéro national de Omar/);
    assert.equal(
      await page.locator(`#niss-${group.byName.Lea}`).count(),
      1,
      'absent Lea may still be ticked',
    );

    const good = makeNiss('1980-02-14', 101);
    const right = makeNiss('1985-07-14', 123);
    const wrong = `${right.slice(0, 9)}00`;
    await page.fill(`#niss-${group.byName.Nadia}`, good);
    await page.fill(`#niss-${group.byName.Omar}`, wrong);
    await page.click('main form[action$="/attendance"] button[type=submit]');
    await page.waitForSelector('.error-summary');
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/f2-laptop-error.png`, fullPage: true });
    const summary = page.locator('.error-summary');
    assert.match(await textOf(page, 'main'), /Les séances n’ont pas toutes été enregistrées/);
    assert.match((await summary.textContent()) ?? '', /NISS n’est pas valide/);
    const link = summary.locator(`a[href="#niss-${group.byName.Omar}"]`);
    assert.equal(await link.count(), 1, 'the error summary links to the mistyped number');
    await link.click();
    assert.equal(
      await page.evaluate(() => document.activeElement?.id ?? ''),
      `niss-${group.byName.Omar}`,
      'following the link lands on the field',
    );
    assert.equal(await page.inputValue(`#niss-${group.byName.Omar}`), wrong, 'the typed number is kept');
    assert.equal(await page.isChecked(`#present-${group.byName.Omar}`), true);
    assert.equal(await page.isChecked(`#present-${group.byName.Nadia}`), true);
    assert.equal(await page.isChecked(`#present-${group.byName.Lea}`), false);
    assert.equal(await page.inputValue('#careFunction'), 'support');
    // Nadia's number was right: her session is recorded and her number asked no more.
    assert.equal(await page.locator(`#niss-${group.byName.Nadia}`).count(), 0);

    await page.fill(`#niss-${group.byName.Omar}`, right);
    await page.click('main form[action$="/attendance"] button[type=submit]');
    await page.waitForURL(/saved=2$/);
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/f2-laptop-saved.png`, fullPage: true });
    assert.match(await textOf(page, '[role=status]'), /1 séance de soins enregistrée/);
    assert.deepEqual(await identities(page), ['Par numéro national', 'Par numéro national']);
    assert.doesNotMatch(await page.content(), new RegExp(`${good}|${right}`), 'numbers never shown back');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: `${SHOTS}/f2-phone-saved.png`, fullPage: true });
  });
});
