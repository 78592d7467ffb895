// Journeys of the requests capability in Chromium, with and without JavaScript, with an axe scan
// of every page visited: a GP in Laeken asks for support in Dutch with the keyboard only, the
// north-west coordinator works the case to the end, the GP gets every e-mail in Dutch and follows
// the status page; an organisation in Anderlecht makes an offer in French that reaches centre-west.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { coordinatorOf, createStaff, STAFF_PASSWORD } from '../requests/support/staff.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { expectAccessible, type Journey, startJourney, tabTo, typeInto } from './support/browser.ts';

/** Waits for the next page after a keyboard or mouse submission, then scans it. */
async function next(page: Page, url: RegExp): Promise<void> {
  await page.waitForURL(url);
  await expectAccessible(page);
}

async function submitWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'main button[type=submit]');
  await page.keyboard.press('Enter');
}

async function signIn(page: Page, locale: string, email: string): Promise<void> {
  await page.goto(`/${locale}/sign-in?next=/${locale}/inbox`);
  await expectAccessible(page);
  await page.fill('#email', email);
  await page.fill('#password', STAFF_PASSWORD);
  await page.locator('main button[type=submit]').click();
  await next(page, new RegExp(`/${locale}/inbox`));
}

describe('journeys: GP support requests and organisation offers', () => {
  let journey: Journey;
  let sink: SmtpSink;
  before(async () => {
    sink = await startSmtpSink();
    journey = await startJourney('embedded', { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50' });
    await journey.t.services.directory.seedDemo(60);
    await createStaff(journey.t, {
      email: 'nw@coordination.example',
      displayName: 'Noor',
      locale: 'nl',
      grants: coordinatorOf('north-west'),
    });
    await createStaff(journey.t, {
      email: 'cw@coordination.example',
      displayName: 'Camille',
      grants: coordinatorOf('centre-west'),
    });
  });
  after(async () => {
    await journey.close();
    await sink.stop();
  });

  for (const javaScriptEnabled of [true, false]) {
    const mode = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

    it(`a GP in Laeken asks in Dutch with the keyboard; north-west works it to the end (${mode})`, async () => {
      const gpEmail = `huisarts-${javaScriptEnabled ? 'js' : 'nojs'}@laken.example`;
      const gp = await journey.newPage({ javaScriptEnabled, locale: 'nl-BE' });
      await gp.goto('/nl');
      await expectAccessible(gp);
      await tabTo(gp, 'a[href="/nl/professionals/support"]');
      await gp.keyboard.press('Enter');
      await next(gp, /\/nl\/professionals\/support$/);
      await tabTo(gp, 'a.button');
      await gp.keyboard.press('Enter');
      await next(gp, /support\/kind/);

      // Continuing without an answer shows the error summary, then the radios by keyboard.
      await submitWithKeyboard(gp);
      await gp.waitForSelector('.error-summary');
      await expectAccessible(gp);
      assert.match((await gp.locator('.error-summary').textContent()) ?? '', /Kies wat u nodig hebt/);
      await tabTo(gp, 'input[name=kind]');
      await gp.keyboard.press('ArrowDown'); // the second choice: a joint consultation
      assert.equal(await gp.isChecked('#kind-joint-consultation'), true);
      await submitWithKeyboard(gp);
      await next(gp, /support\/practice/);

      await typeInto(gp, '#practice-name', 'Huisartsenpraktijk Laken');
      await typeInto(gp, '#practice-street', 'Maria-Christinastraat 100');
      await typeInto(gp, '#practice-postcode', '1020');
      await submitWithKeyboard(gp);
      await next(gp, /support\/contact/);

      await typeInto(gp, '#requester-name', 'Dr. An Peeters');
      await typeInto(gp, '#requester-email', gpEmail);
      assert.equal(await gp.isChecked('#requester-language-nl'), true, 'the page language is the default');
      await submitWithKeyboard(gp);
      await next(gp, /support\/age-group/);

      await tabTo(gp, 'input[name=ageGroup]');
      await gp.keyboard.press('ArrowDown');
      await gp.keyboard.press('ArrowDown');
      assert.equal(await gp.isChecked('#ageGroup-adults'), true);
      await submitWithKeyboard(gp);
      await next(gp, /support\/times/);

      await typeInto(gp, '#preferredTimes', 'Dinsdagnamiddag');
      await submitWithKeyboard(gp);
      await next(gp, /support\/description/);
      await typeInto(gp, '#description', 'Een patiënt met angstklachten; graag samen een eerste gesprek.');
      await submitWithKeyboard(gp);
      await next(gp, /support\/check/);
      assert.match(await gp.locator('main').innerText(), /Een gezamenlijke consultatie met de patiënt/);
      await submitWithKeyboard(gp);
      await next(gp, /support\/confirmation/);
      const reference = ((await gp.locator('[data-reference]').textContent()) ?? '').trim();
      assert.match(reference, /^GP-/);

      // The north-west coordinator finds it in the inbox and works it.
      const coordinator = await journey.newPage({ javaScriptEnabled, locale: 'nl-BE' });
      await signIn(coordinator, 'nl', 'nw@coordination.example');
      await coordinator.getByRole('link', { name: reference }).click();
      await next(coordinator, /\/nl\/inbox\/cases\//);
      await coordinator
        .getByRole('button', { name: 'In behandeling nemen en de aanvrager verwittigen' })
        .click();
      await next(coordinator, /done=acknowledge/);
      await coordinator.getByRole('link', { name: 'Een zorgverlener zoeken' }).click();
      await next(coordinator, /\/assign/);
      const propose = coordinator.locator('main form[method=post] button').first();
      const proposed = ((await propose.textContent()) ?? '').replace(/ voorstellen$/, '');
      await propose.click();
      await next(coordinator, /done=assign-clinician/);
      // A month from today, typed the Belgian way (an appointment cannot be in the past).
      const day = new Date(Date.now() + 30 * 86_400_000);
      const typed = `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`;
      await coordinator.fill('#schedule-date', typed);
      await coordinator.fill('#schedule-time', '14:00');
      await coordinator.fill('#schedule-place', 'In de praktijk');
      await coordinator.getByRole('button', { name: 'Plannen en de aanvrager verwittigen' }).click();
      await next(coordinator, /done=schedule/);
      await coordinator.getByRole('button', { name: 'De aanvraag afsluiten' }).click();
      await next(coordinator, /done=close/);
      assert.match(await coordinator.locator('h1').innerText(), /Afgesloten/);

      // Five e-mails to the GP, each in Dutch: received, acknowledged, clinician, appointment, closed.
      const deadline = Date.now() + 15_000;
      const toGp = () => sink.messages.filter((m) => m.to.includes(gpEmail));
      while (toGp().length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const mails = toGp();
      assert.equal(mails.length, 5, mails.map((m) => m.subject).join('\n'));
      assert.ok(mails.every((m) => m.language === 'nl' && m.subject.includes(reference)));
      assert.match(
        mails.map((m) => m.subject).join('\n'),
        /goed ontvangen[\s\S]*in behandeling genomen[\s\S]*zorgverlener[\s\S]*Afspraak[\s\S]*afgesloten/,
      );
      assert.ok(mails[2]!.text.includes(proposed), 'the proposed clinician is named');
      assert.ok(
        sink.messages.some(
          (m) => m.to.includes('north-west@coordination.example') && m.subject.includes(reference),
        ),
      );

      // The GP follows the status page from the confirmation's link.
      await gp.getByRole('link', { name: 'Uw aanvraag volgen' }).click();
      await next(gp, /\/nl\/professionals\/status/);
      await gp.fill('#email', gpEmail);
      await gp.locator('main button[type=submit]').click();
      await gp.waitForSelector('#result-title');
      await expectAccessible(gp);
      const status = await gp.locator('main').innerText();
      assert.match(status, /Afgesloten/);
      assert.match(status, /Afspraak gepland/);
      assert.doesNotMatch(status, /\bNoor\b/, 'staff names stay internal');
    });

    it(`an organisation in Anderlecht offers a room in French; it reaches centre-west (${mode})`, async () => {
      const org = await journey.newPage({ javaScriptEnabled });
      await org.goto('/fr/professionals/partner');
      await expectAccessible(org);
      await org.locator('a.button').click();
      await next(org, /partner\/offer/);
      await org.check('#offer');
      await org.locator('main button[type=submit]').click();
      await next(org, /partner\/organisation/);
      await org.fill('#organisation-name', 'Maison de quartier Cureghem');
      await org.check('#organisation-kind-neighbourhood-house');
      await org.fill('#organisation-enterpriseNumber', '0440.966.355');
      await org.locator('main button[type=submit]').click();
      await org.waitForSelector('.error-summary');
      await expectAccessible(org);
      assert.match((await org.locator('.error-summary').textContent()) ?? '', /numéro d’entreprise/);
      assert.equal(await org.inputValue('#organisation-name'), 'Maison de quartier Cureghem');
      await org.fill('#organisation-enterpriseNumber', '0440.966.354');
      await org.locator('main button[type=submit]').click();
      await next(org, /partner\/venue/);
      await org.fill('#venue-street', 'Rue de la Clinique 20');
      await org.fill('#venue-postcode', '1070');
      await org.check('#venue-accessibility');
      await org.fill('#venue-capacity', '12');
      await org.fill('#venue-openingTimes', 'Du lundi au vendredi, de 9 h à 17 h');
      await org.locator('main button[type=submit]').click();
      await next(org, /partner\/public/);
      await org.check('#venue-languages');
      await org.check('#venue-languages-ar');
      await org.check('#venue-targetPublic-adults');
      await org.locator('main button[type=submit]').click();
      await next(org, /partner\/contact/);
      await org.fill('#contact-name', 'Sarah Benali');
      await org.fill('#contact-email', 'sarah@cureghem.example');
      await org.locator('main button[type=submit]').click();
      await next(org, /partner\/message/);
      await org.locator('main button[type=submit]').click();
      await next(org, /partner\/check/);
      await org.locator('main button[type=submit]').click();
      await next(org, /partner\/confirmation/);
      const reference = ((await org.locator('[data-reference]').textContent()) ?? '').trim();
      assert.match(reference, /^ORG-/);

      const coordinator = await journey.newPage({ javaScriptEnabled });
      await signIn(coordinator, 'fr', 'cw@coordination.example');
      await coordinator.fill('#reference', reference);
      await coordinator.locator('form.filters button[type=submit]').click();
      await next(coordinator, /reference=/);
      await coordinator.getByRole('link', { name: reference }).click();
      await next(coordinator, /\/fr\/inbox\/cases\//);
      assert.match(await coordinator.locator('main').innerText(), /Maison de quartier Cureghem/);
      assert.match(await coordinator.locator('main').innerText(), /Centre-Ouest/);
    });
  }
});
