import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, linkIn, mailTo, PASSWORD } from '../support/accounts.ts';
import { expectAccessible, type Journey, startJourney, tabTo, typeInto } from './support/browser.ts';

async function waitForMail(journey: Journey, email: string, count: number) {
  for (let i = 0; i < 100; i++) {
    const mails = await mailTo(journey.t, email);
    if (mails.length >= count) return mails;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail for ${email}`);
}

describe('journey: accounts with the keyboard only', () => {
  let journey: Journey;
  before(async () => {
    journey = await startJourney('embedded', { OUTBOX_POLL_MS: '3600000' });
    await createPerson(journey.t, {
      email: 'root@passerelle.example',
      displayName: 'Rita Root',
      password: PASSWORD,
      grants: [{ role: 'platform-admin' }],
    });
  });
  after(() => journey.close());

  for (const javaScriptEnabled of [true, false]) {
    const suffix = javaScriptEnabled ? 'on' : 'off';

    it(`a GP creates an account, confirms the address, signs in and out (JavaScript ${suffix})`, async () => {
      const email = `dr.peeters.${suffix}@huisarts.example`;
      const page = await journey.newPage({ javaScriptEnabled, locale: 'nl-BE' });
      await page.goto('/nl');
      await expectAccessible(page);
      await tabTo(page, 'a[href="/nl/sign-in"]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/nl/sign-in');
      await expectAccessible(page);
      await tabTo(page, 'a[href="/nl/create-account"]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/nl/create-account');
      await expectAccessible(page);

      // Radio groups: Tab reaches the group, the arrow keys choose (GP is the first).
      await tabTo(page, 'input[name=kind]');
      await page.keyboard.press('Space');
      await typeInto(page, '#displayName', 'Dr An Peeters');
      await typeInto(page, '#email', email);
      await typeInto(page, '#password', 'kort');
      await tabTo(page, 'button[type=submit].button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.error-summary');
      assert.match((await page.locator('#password-error').textContent()) ?? '', /minstens 15 tekens/);
      assert.equal(await page.inputValue('#displayName'), 'Dr An Peeters', 'what was typed is kept');
      await expectAccessible(page);

      await page.fill('#password', '');
      await page.focus('#password');
      await page.keyboard.type(PASSWORD);
      await tabTo(page, 'button[type=submit].button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('h1:has-text("Bekijk uw e-mails")');
      await expectAccessible(page);

      const [verify] = await waitForMail(journey, email, 1);
      await page.goto(linkIn(verify!.textBody));
      await expectAccessible(page);
      await tabTo(page, 'main button[type=submit]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/nl/sign-in?notice=verified');
      assert.match((await page.locator('[role=status]').textContent()) ?? '', /Uw e-mailadres is bevestigd/);
      await expectAccessible(page);

      await typeInto(page, '#email', email);
      await typeInto(page, '#password', PASSWORD);
      await page.keyboard.press('Enter');
      // A GP lands on their requests (none yet), and reaches their account from the header.
      await page.waitForURL('**/nl/my/requests');
      assert.match((await page.locator('h1').textContent()) ?? '', /Mijn aanvragen/);
      await expectAccessible(page);
      await tabTo(page, 'header a[href="/nl/account"]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/nl/account');
      assert.match((await page.locator('main').textContent()) ?? '', /Dr An Peeters[\s\S]*Huisarts/);
      await expectAccessible(page);

      await tabTo(page, 'header button.link-button');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/nl/sign-in?notice=signed-out');
      await expectAccessible(page);
      await page.goto('/nl/account');
      await page.waitForURL(/\/nl\/sign-in\?next=/);
    });

    it(`a platform admin invites a coordinator and gives the north-west zone of Brumenta (JavaScript ${suffix})`, async () => {
      const page = await journey.newPage({ javaScriptEnabled });
      await page.goto('/fr/sign-in');
      await typeInto(page, '#email', 'root@passerelle.example');
      await typeInto(page, '#password', PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/fr/account');
      await tabTo(page, 'header a[href="/fr/admin"]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/fr/admin');
      await expectAccessible(page);
      await tabTo(page, 'a[href="/fr/admin/staff"]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/fr/admin/staff');
      await expectAccessible(page);
      await tabTo(page, 'a[href="/fr/admin/staff/invite"]');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/fr/admin/staff/invite');
      await expectAccessible(page);

      const email = `nadia.${suffix}@brumenta.example`;
      await typeInto(page, '#displayName', 'Nadia Nord');
      await typeInto(page, '#email', email);
      await tabTo(page, 'button[type=submit].button');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/fr\/admin\/staff\/[0-9a-f-]{36}\?notice=invited/);
      await expectAccessible(page);

      // The coordinator role is the first radio; the zone is a select moved with the arrow keys.
      await tabTo(page, 'input[name=role]');
      await page.keyboard.press('Space');
      await tabTo(page, '#zone');
      for (let i = 0; i < 8 && (await page.inputValue('#zone')) !== 'brumenta/north-west'; i++) {
        await page.keyboard.press('ArrowDown');
      }
      assert.equal(await page.inputValue('#zone'), 'brumenta/north-west');
      await tabTo(page, 'main form button[type=submit].button');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\?notice=granted/);
      assert.match(
        (await page.locator('main').textContent()) ?? '',
        /Coordinateur local – zone Nord-Ouest, Brumenta/,
      );
      await expectAccessible(page);

      await page.goto(`/fr/admin/audit?actor=root%40passerelle.example&action=grant`);
      const audit = (await page.locator('main table').textContent()) ?? '';
      assert.match(audit, /grant\.create/);
      // A sentence with names, not ids: who gave whom which role where.
      assert.match(
        audit,
        /a donné à .+ le rôle «\u202fCoordinateur local\u202f» \(Nord-Ouest, Brumenta[^)]*\)/,
      );
      await expectAccessible(page);

      await page.goto('/fr/admin/outbox');
      assert.match(
        (await page.locator('main table').textContent()) ?? '',
        new RegExp(email.replace(/\./g, '\\.')),
      );
      await expectAccessible(page);
    });
  }

  it('the invitee chooses a password; the other account pages pass axe too', async () => {
    const email = 'nadia.on@brumenta.example';
    const page = await journey.newPage({ locale: 'en-BE' });
    const invitation = (await waitForMail(journey, email, 1)).find((m) => m.topic === 'auth.invitation')!;
    await page.goto(linkIn(invitation.textBody));
    await expectAccessible(page);
    await typeInto(page, '#password', 'short');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.error-summary');
    await expectAccessible(page);
    await page.fill('#password', PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sign-in?notice=activated');
    await typeInto(page, '#email', email);
    await typeInto(page, '#password', PASSWORD);
    await page.keyboard.press('Enter');
    // A coordinator lands on their work, the inbox; their account page lists the role.
    await page.waitForURL('**/fr/inbox');
    await page.goto('/fr/account');
    assert.match(
      (await page.locator('main').textContent()) ?? '',
      /Coordinateur local – zone Nord-Ouest, Brumenta/,
    );
    await page.goto('/fr/account/password');
    await expectAccessible(page);
    await page.goto('/en/forgot-password');
    await expectAccessible(page);
    await typeInto(page, '#email', email);
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Check your email")');
    await expectAccessible(page);
    const reset = (await waitForMail(journey, email, 2)).find((m) => m.topic === 'auth.reset')!;
    await page.goto(linkIn(reset.textBody));
    await expectAccessible(page);

    const admin = await journey.newPage();
    await admin.goto('/fr/sign-in');
    await typeInto(admin, '#email', 'root@passerelle.example');
    await typeInto(admin, '#password', PASSWORD);
    await admin.keyboard.press('Enter');
    await admin.waitForURL('**/fr/account');
    await admin.goto('/fr/admin/staff?q=nadia');
    await expectAccessible(admin);
  });
});
