// Issue 16 §4 in Chromium, all in German: with the Liège fixture imported next to Brussels (no
// code change), a family in Eupen finds a German-speaking clinician of the mixed network
// Mentale Gesundheit Ostbelgien and learns the cost, a GP in Sankt Vith asks for support in
// German and the request reaches the network's coordinators, and a clinician of the network
// records a session. German is proposed only once a network serving it is loaded. axe scans
// every page visited (375 and 1280 px), and one page is checked at 320 px; screenshots go to
// /tmp/de-journey for a person to read.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { createClinicianAccount, createPerson, PASSWORD } from '../support/accounts.ts';
import { LIEGE_PACK, LIEGE_POSTCODES } from '../support/liege-fixture.ts';
import { messagesTo, type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { expectAccessible, type Journey, startJourney, typeInto } from './support/browser.ts';
import { pageAs } from './support/everyone.ts';

const SHOTS = '/tmp/de-journey';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const COORDINATORS = 'koordination@mgo.example'; // the fixture's mailbox of the zone `ostbelgien`
const GP_EMAIL = 'praxis@sankt-vith.example';

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Clicks and waits for the next page, then scans it. */
async function go(page: Page, click: Promise<void>, url: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url), click]);
  await expectAccessible(page);
}

/** The languages the page's switch proposes, the current one included. */
async function proposedLanguages(page: Page): Promise<string[]> {
  return page
    .locator('.language-switch li > *')
    .evaluateAll((items) => items.map((item) => item.getAttribute('lang') ?? ''));
}

/**
 * The page at 320 px (WCAG 1.4.10): no sideways scrolling, and axe's WCAG 2.2 AA rules pass.
 * expectAccessible checks 375 and 1280 px; the smallest phone is checked here once.
 */
async function expectFitsNarrowest(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(sideways <= 0, `${page.url()} scrolls sideways by ${sideways} px at 320 px`);
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Runtime.evaluate', { expression: AXE_SOURCE });
    const { result } = await session.send('Runtime.evaluate', {
      expression: `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] })
        .then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))))`,
      awaitPromise: true,
      returnByValue: true,
    });
    assert.deepEqual(JSON.parse(result.value as string), [], `axe violations at 320 px on ${page.url()}`);
  } finally {
    await session.detach();
  }
}

describe('journey: the German-speaking Community, in German', () => {
  let journey: Journey;
  let sink: SmtpSink;
  let schmitz: string;
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    sink = await startSmtpSink();
    journey = await startJourney('embedded', { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50' });
  });
  after(async () => {
    await journey.close();
    await sink.stop();
  });

  it('a Brussels-only instance does not propose German', async () => {
    const page = await journey.newPage({ width: 1280 });
    await page.goto('/fr/find');
    await expectAccessible(page);
    assert.deepEqual(await proposedLanguages(page), ['fr', 'nl', 'en']);
  });

  it('a platform admin imports the Liège fixture from the networks page, then opens one network to change it', async () => {
    const { t } = journey;
    const adminId = await createPerson(t, {
      email: 'admin@plattform.example',
      locale: 'de',
      grants: [{ role: 'platform-admin' }],
    });
    const admin = await pageAs(journey, adminId, 1280);
    await admin.goto('/de/admin/networks');
    await expectAccessible(admin);
    await admin.fill('#pack', readFileSync(LIEGE_PACK, 'utf8'));
    await admin.fill('#postcodes', readFileSync(LIEGE_POSTCODES, 'utf8'));
    await go(admin, admin.getByRole('button', { name: 'Importieren' }).click(), /notice=imported/);
    assert.match((await admin.locator('main').textContent()) ?? '', /Import erfolgreich\./);
    assert.match(
      (await admin.locator('main').textContent()) ?? '',
      /63088 Plombières: kein Netzwerk für Erwachsene/,
    );
    await go(
      admin,
      admin.getByRole('link', { name: 'Mentale Gesundheit Ostbelgien ändern' }).click(),
      /edit=mgo/,
    );
    const pack = JSON.parse(await admin.inputValue('#pack')) as {
      networks: Array<{ id: string; communes: string[] }>;
    };
    assert.deepEqual(
      pack.networks.map((n) => [n.id, n.communes.length]),
      [['mgo', 9]],
    );
    await shoot(admin, '00-admin-change-network');
    await expectFitsNarrowest(admin);
    await shoot(admin, '00-admin-change-network-320');
  });

  it('German is proposed, and a mixed-network clinician is listed', async () => {
    const { t } = journey;
    const [practice] = clinician('x', []).locations;
    const [added] = await addClinicians(t.services.directory, [
      clinician('Schmitz', ['mgo'], {
        givenName: 'Anna',
        languages: ['de', 'fr'],
        ageGroups: ['children', 'young-people', 'adults', 'older-adults'],
        locations: [{ ...practice!, street: 'Klötzerbahn 1', postcode: '4700', lat: 50.6294, lon: 6.0356 }],
      }),
      // A Brussels clinician who speaks German too: never "near Eupen".
      clinician('Dubois', ['brumenta', 'bru-stars'], { languages: ['de', 'fr'] }),
    ]);
    schmitz = added!.id;
    await createClinicianAccount(t, schmitz, {
      email: 'anna.schmitz@mgo.example',
      locale: 'de',
      password: PASSWORD,
    });
  });

  it('a family in Eupen finds a German-speaking clinician of the mixed network and opens the profile', async () => {
    const page = await journey.newPage({ locale: 'de-BE', width: 1280 });
    await page.goto('/');
    await page.waitForURL('**/de');
    await expectAccessible(page);
    assert.deepEqual((await proposedLanguages(page)).sort(), ['de', 'en', 'fr', 'nl']);
    await shoot(page, '01-home');

    await go(page, page.locator('main a[href="/de/find"]').first().click(), /\/de\/find$/);
    await typeInto(page, '#place', '4700 Eupen');
    await page.selectOption('#language', 'de');
    await go(page, page.locator('main button[type=submit]').first().click(), /\/de\/find\?place=/);
    const count = (await page.locator('#result-count').textContent()) ?? '';
    assert.match(count, /Eupen/);
    const results = page.locator('.result-list a');
    assert.equal(await results.count(), 1, 'only the mixed network’s clinician, never Brussels');
    assert.match((await results.first().textContent()) ?? '', /Schmitz/);
    await shoot(page, '02-finder-eupen');

    await go(page, results.first().click(), new RegExp(`/de/clinicians/${schmitz}`));
    const profile = (await page.locator('main').textContent()) ?? '';
    assert.match(profile, /Klötzerbahn 1/);
    assert.match(profile, /Mentale Gesundheit Ostbelgien/);
    assert.match(profile, /Deutsch/);
    assert.ok(await page.locator('.language-switch a[hreflang="fr"]').isVisible());
    await shoot(page, '03-profile');
  });

  it('the family learns the cost: the German explanation with the Eigenanteil in “11 €”', async () => {
    const page = await journey.newPage({ locale: 'de-BE', width: 1280 });
    await page.goto('/de/cost');
    await expectAccessible(page);
    assert.equal(await page.locator('h1').textContent(), 'Wie viel zahle ich?');
    await page.fill('#age', '27.03.1990');
    await page.check('#bim-no');
    await page.check('#function-support');
    await page.check('#mode');
    await page.fill('#sessions', '2');
    await go(page, page.getByRole('button', { name: 'Anzeigen, was ich zahle' }).click(), /\/de\/cost/);
    await page.waitForSelector('#answer-title');
    await expectAccessible(page);
    assert.match(
      (await page.locator('#answer-title').textContent()) ?? '',
      /^Sie zahlen für diese Sitzung einen Eigenanteil von 11\s€$/,
    );
    assert.match(
      (await page.locator('[data-testid=explanation]').textContent()) ?? '',
      /^Sitzung 3 von 8 erstatteten Sitzungen in 12 Monaten: Sie zahlen einen Eigenanteil von 11\s€\.$/,
    );
    assert.equal(await page.inputValue('#age'), '27.03.1990', 'what was typed is kept');
    await shoot(page, '04-cost');
    await expectFitsNarrowest(page);
    await shoot(page, '05-cost-320');
  });

  it('a GP in Sankt Vith asks for support in German; the mixed network’s coordinators are told', async () => {
    const gp = await journey.newPage({ locale: 'de-BE', width: 1280 });
    await gp.goto('/de/professionals/support');
    await expectAccessible(gp);
    await shoot(gp, '06-support-start');
    await go(gp, gp.locator('main a.button').first().click(), /support\/kind/);
    await gp.check('#kind-joint-consultation');
    await go(gp, gp.locator('main button[type=submit]').click(), /support\/practice/);

    await gp.fill('#practice-name', 'Hausarztpraxis Sankt Vith');
    await gp.fill('#practice-street', 'Hauptstraße 12');
    await gp.fill('#practice-postcode', '4780');
    await go(gp, gp.locator('main button[type=submit]').click(), /support\/contact/);

    await gp.fill('#requester-name', 'Dr. Jonas Kreutz');
    await gp.fill('#requester-email', GP_EMAIL);
    assert.equal(await gp.isChecked('#requester-language-de'), true, 'the page language is the default');
    await shoot(gp, '07-support-contact');
    await go(gp, gp.locator('main button[type=submit]').click(), /support\/age-group/);
    await gp.check('#ageGroup-adults');
    await go(gp, gp.locator('main button[type=submit]').click(), /support\/times/);
    await gp.fill('#preferredTimes', 'Dienstagnachmittag');
    await go(gp, gp.locator('main button[type=submit]').click(), /support\/description/);
    await gp.fill('#description', 'Ein Patient mit Angststörungen; bitte ein erstes gemeinsames Gespräch.');
    await go(gp, gp.locator('main button[type=submit]').click(), /support\/check/);
    const check = (await gp.locator('main').textContent()) ?? '';
    assert.match(check, /Hausarztpraxis Sankt Vith/);
    assert.match(check, /Deutsch/);
    await shoot(gp, '08-support-check');
    await go(gp, gp.locator('main button[type=submit]').click(), /support\/confirmation/);
    const reference = ((await gp.locator('[data-reference]').textContent()) ?? '').trim();
    assert.match(reference, /^GP-/);
    await shoot(gp, '09-support-confirmation');

    const [notice] = await messagesTo(sink, COORDINATORS, 1);
    assert.ok(notice, `the mixed network's coordinators (${COORDINATORS}) get the request`);
    assert.ok(notice.subject.includes(reference), notice.subject);
    assert.ok(
      !sink.messages.some((m) => m.subject.includes(reference) && /@coordination\.example/.test(m.to.join())),
      'no Brussels or Liège coordination is told',
    );
    const [received] = await messagesTo(sink, GP_EMAIL, 1);
    assert.ok(received, 'the GP gets an acknowledgement');
    assert.equal(received.language, 'de');
    assert.ok(received.subject.includes(reference), received.subject);
    // Kept for a person to read next to the screenshots.
    writeFileSync(
      `${SHOTS}/mails.txt`,
      [notice, received]
        .map((m) => `To: ${m.to.join(', ')}\nSubject: ${m.subject}\n\n${m.text}`)
        .join('\n\n----\n\n'),
    );
    assert.doesNotMatch(`${received.subject}\n${received.text}`, /\b(demande|bien reçu|request|received)\b/i);
  });

  it('the clinician of the mixed network records a session and finds it in the list', async () => {
    const page = await journey.newPage({ locale: 'de-BE', width: 1280 });
    await page.goto('/de/sign-in');
    await expectAccessible(page);
    await page.fill('#email', 'anna.schmitz@mgo.example');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL('**/de/my/**'), page.keyboard.press('Enter')]);

    await page.goto('/de/my/sessions/new');
    await expectAccessible(page);
    // Today, written the German way (dots), as the hint says.
    assert.match(await page.inputValue('#date'), /^\d{2}\.\d{2}\.\d{4}$/);
    assert.match((await page.locator('main').textContent()) ?? '', /Im Format TT\.MM\.JJJJ/);
    await shoot(page, '10-session-new');
    await page.check('input[name=function][value=support]');
    await page.selectOption('#locationId', { index: 1 });
    await page.selectOption('#networkId', 'mgo');
    await page.fill('#niss', makeNiss('1980-02-14', 101));
    await page.fill('#birthDate', '14.02.1980');
    await page.check('input[name=bim][value=no]');
    await page.fill('#date', '03.02.2025');
    await go(page, page.locator('main form button[type=submit]').click(), /\/de\/my\/sessions/);
    assert.match((await page.locator('[data-decision]').textContent()) ?? '', /Erstattet/);
    await shoot(page, '11-session-preview');
    await go(
      page,
      page.locator('button[value=confirm]').click(),
      /\/de\/my\/sessions\/[0-9a-f-]{36}\?notice=recorded/,
    );
    await shoot(page, '12-session-recorded');

    await page.goto('/de/my/sessions');
    await expectAccessible(page);
    const rows = page.locator('tbody tr');
    assert.equal(await rows.count(), 1);
    assert.match((await rows.first().textContent()) ?? '', /03\.02\.2025|3\. Februar 2025/);
    await shoot(page, '13-session-list');
  });
});
