// Journey of printed materials in Chromium, axe scan on every page (each scan at 375 and
// 1280 px): a clinician, on a phone without JavaScript, reads the professionals' page, opens the
// catalogue and orders 50 Dutch flyers (a mistake first, kept and named); the coordinator, on a
// laptop, finds the stock short, counts it, and marks the order sent; the clinician follows the
// order to "sent" and gets the e-mail in Dutch.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SESSION_COOKIE } from '../../src/platform/auth/plugin.ts';
import { createPerson } from '../support/accounts.ts';
import { messagesTo, type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { expectAccessible, type Journey, startJourney, tabTo, typeInto } from './support/browser.ts';
import { pageAs } from './support/everyone.ts';

describe('journey: a clinician orders 50 flyers in Dutch and the coordinator sends them', () => {
  let journey: Journey;
  let sink: SmtpSink;
  before(async () => {
    sink = await startSmtpSink();
    journey = await startJourney('embedded', { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50' });
  });
  after(async () => {
    await journey.close();
    await sink.stop();
  });

  it('orders, is refused for lack of stock, then sent with an e-mail', async () => {
    const clinicianId = await createPerson(journey.t, {
      email: 'lies@praktijk.example',
      locale: 'nl',
      grants: [{ role: 'clinician' }],
    });
    const coordinatorId = await createPerson(journey.t, {
      email: 'centre@coordination.example',
      grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'centre-west' }],
    });

    // The clinician is signed in (a session opened directly) on a phone without JavaScript.
    const phone = await journey.newPage({ javaScriptEnabled: false, width: 375 });
    const token = await journey.t.services.accounts.auth.sessions.start(journey.t.database.db, clinicianId);
    await phone.context().addCookies([
      {
        name: SESSION_COOKIE,
        value: journey.t.app.signCookie(token),
        url: journey.baseUrl,
        httpOnly: true,
      },
    ]);

    await phone.goto('/nl/professionals');
    await expectAccessible(phone);
    assert.match((await phone.locator('main').textContent()) ?? '', /0490 56 38 19/);
    await tabTo(phone, 'main a[href="/nl/materials"]', 120);
    await phone.keyboard.press('Enter');
    await phone.waitForURL(/\/nl\/materials$/);
    await expectAccessible(phone);
    await tabTo(phone, 'main a[href="/nl/materials/order"]', 120);
    await phone.keyboard.press('Enter');
    await phone.waitForURL(/\/nl\/materials\/order$/);
    await expectAccessible(phone);

    await phone.selectOption('#networkId', 'brumenta');
    await typeInto(phone, '#qty-public-flyer-nl', '50', 120);
    await typeInto(phone, '#recipient', 'Lies Janssens', 120);
    await typeInto(phone, '#street', 'Koningsstraat 1', 120);
    await typeInto(phone, '#postcode', '10', 120);
    await typeInto(phone, '#city', 'Brussel', 120);
    await tabTo(phone, 'main button[type=submit]', 120);
    await phone.keyboard.press('Enter');
    await phone.waitForSelector('.error-summary');
    await expectAccessible(phone);
    assert.match((await phone.locator('.error-summary').textContent()) ?? '', /Postcode/);
    assert.equal(await phone.inputValue('#qty-public-flyer-nl'), '50');
    await phone.fill('#postcode', '1000');
    await tabTo(phone, 'main button[type=submit]', 120);
    await phone.keyboard.press('Enter');
    await phone.waitForURL(/\/nl\/materials\/orders\/[0-9a-f-]+\?placed=1/);
    await expectAccessible(phone);
    const main = (await phone.locator('main').textContent()) ?? '';
    assert.match(main, /50 × Folder voor het publiek \(A5\) \(Nederlands\)/);
    assert.match(main, /Besteld/);
    const orderUrl = new URL(phone.url()).pathname;

    const laptop = await pageAs(journey, coordinatorId, 1280);
    await laptop.goto('/fr/materials/manage');
    await expectAccessible(laptop);
    await laptop.getByRole('button', { name: /Marquer comme expédiée MAT-/ }).click();
    await laptop.waitForSelector('.panel--error');
    await expectAccessible(laptop);
    assert.match((await laptop.locator('.panel--error').textContent()) ?? '', /50 demandés, 0 en stock/);
    await laptop.getByRole('link', { name: /Stock du réseau Brumenta/ }).click();
    await laptop.waitForURL(/stock\/brumenta/);
    await expectAccessible(laptop);
    await laptop.fill('#stock-public-flyer-nl', '200');
    await laptop.getByRole('button', { name: 'Enregistrer le stock' }).click();
    await laptop.waitForURL(/saved=1/);
    await expectAccessible(laptop);
    await laptop.goto('/fr/materials/manage');
    await laptop.getByRole('button', { name: /Marquer comme expédiée MAT-/ }).click();
    await laptop.waitForURL(/sent=MAT-/);
    await expectAccessible(laptop);
    assert.match((await laptop.locator('[role=status]').textContent()) ?? '', /est marquée comme expédiée/);
    await laptop.goto('/fr/materials/manage/stock/brumenta');
    assert.equal(await laptop.inputValue('#stock-public-flyer-nl'), '150');

    await phone.goto(orderUrl);
    await expectAccessible(phone);
    assert.match((await phone.locator('main').textContent()) ?? '', /Verzonden/);
    const [mail] = await messagesTo(sink, 'lies@praktijk.example', 1);
    assert.match(mail!.subject, /Uw bestelling MAT-.* is verzonden/);
    assert.match(mail!.text, /50 × Folder voor het publiek/);
  });
});
