// Journey of the events capability in Chromium, axe scan on every page: a GP, on a phone (375 px)
// without JavaScript and with the keyboard only, registers for a full knowledge session and is
// put on the waiting list; someone registered cancels from their e-mail's link on a desktop
// (1280 px); the GP, first waiting, moves up and gets an e-mail with the appointment (.ics).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createTestEvent } from '../events/support.ts';
import { createPerson } from '../support/accounts.ts';
import { type SmtpSink, type SunkMessage, startSmtpSink } from '../support/smtp-sink.ts';
import { expectAccessible, type Journey, startJourney, tabTo } from './support/browser.ts';
import { pageAs } from './support/everyone.ts';

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

async function mailsTo(sink: SmtpSink, address: string, count: number): Promise<SunkMessage[]> {
  const deadline = Date.now() + 15_000;
  const to = () => sink.messages.filter((m) => m.to.includes(address));
  while (to().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return to();
}

describe('journey: a full knowledge session, the waiting list and a place that frees up', () => {
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

  it('a GP is waitlisted, someone cancels, the GP moves up with an e-mail', async () => {
    const event = await createTestEvent(journey.t, {
      title: 'Techniques d’entretien en consultation',
      capacity: 2,
    });
    for (const who of ['anne', 'bruno']) {
      const response = await journey.t.app.inject({
        method: 'POST',
        url: `/api/v1/events/${event.id}/registrations`,
        payload: { name: `Dr ${who}`, email: `${who}@practice.example`, language: 'fr' },
      });
      assert.equal(response.json().status, 'registered');
    }

    const gp = await journey.newPage({ javaScriptEnabled: false });
    await gp.setViewportSize({ width: 375, height: 800 });
    await gp.goto('/fr');
    await tabTo(gp, 'a[href="/fr/events"]', 120);
    await gp.keyboard.press('Enter');
    await gp.waitForURL(/\/fr\/events$/);
    await expectAccessible(gp);
    await gp.selectOption('#kind', 'knowledge-session');
    await tabTo(gp, 'main form button[type=submit]');
    await gp.keyboard.press('Enter');
    await gp.waitForURL(/kind=knowledge-session/);
    await expectAccessible(gp);
    await tabTo(gp, `a[href="/fr/events/${event.id}"]`);
    await gp.keyboard.press('Enter');
    await gp.waitForURL(new RegExp(event.id));
    await expectAccessible(gp);
    assert.match((await gp.locator('main').textContent()) ?? '', /Il n’y a plus de place/);

    // Sending without the practice keeps what was typed and names the field.
    await typeInto(gp, '#name', 'Dr Chloé Lambert');
    await typeInto(gp, '#email', 'chloe@practice.example');
    await tabTo(gp, 'main button[type=submit]');
    await gp.keyboard.press('Enter');
    await gp.waitForSelector('.error-summary');
    await expectAccessible(gp);
    assert.match(
      (await gp.locator('.error-summary').textContent()) ?? '',
      /Complétez le champ «\u202fCabinet\u202f»/,
    );
    assert.equal(await gp.inputValue('#name'), 'Dr Chloé Lambert');
    await typeInto(gp, '#practice', 'Maison médicale du Parc');
    await tabTo(gp, 'main button[type=submit]');
    await gp.keyboard.press('Enter');
    await gp.waitForSelector('h1:has-text("liste d’attente")');
    await expectAccessible(gp);
    const [waitlisted] = await mailsTo(sink, 'chloe@practice.example', 1);
    assert.match(waitlisted!.subject, /Liste d’attente\u202f: Techniques d’entretien/);

    // Anne cannot come: she cancels from her confirmation's link, on a desktop.
    const [confirmation] = await mailsTo(sink, 'anne@practice.example', 1);
    assert.ok(confirmation!.parsed.attachments.some((a) => a.filename === 'event.ics'));
    const link = /https?:\/\/\S+\/fr\/events\/cancel\?token=[A-Za-z0-9_-]{43}/.exec(confirmation!.text)![0];
    const anne = await journey.newPage();
    await anne.setViewportSize({ width: 1280, height: 900 });
    const url = new URL(link);
    await anne.goto(url.pathname + url.search);
    await expectAccessible(anne);
    await anne.getByRole('button', { name: 'Annuler mon inscription' }).click();
    await anne.waitForSelector('h1:has-text("Inscription annulée")');
    await expectAccessible(anne);

    // Chloé, first waiting, has the place and an e-mail with the appointment.
    const mails = await mailsTo(sink, 'chloe@practice.example', 2);
    assert.equal(mails.length, 2, mails.map((m) => m.subject).join('\n'));
    assert.match(mails[1]!.subject, /Une place s’est libérée\u202f: Techniques d’entretien/);
    const ics = mails[1]!.parsed.attachments.find((a) => a.filename === 'event.ics');
    assert.ok(ics);
    assert.match(ics.content.toString('utf8'), /SUMMARY:Techniques d’entretien en consultation/);
    await gp.goto(`/fr/events/${event.id}`);
    assert.match(
      (await gp.locator('main').textContent()) ?? '',
      /2 places, 2 inscrits, 0 en liste d’attente/,
    );
  });

  it('a coordinator creates an event (errors first), sees its registrations and marks attendance, at 375 and 1280 px', async () => {
    const coordinator = await createPerson(journey.t, {
      email: 'east@coordination.example',
      grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'east' }],
    });
    for (const width of [375, 1280]) {
      const page = await pageAs(journey, coordinator, width);
      await page.goto('/fr/events/manage');
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Créer une activité' }).click();
      await page.waitForURL(/manage\/new/);
      await expectAccessible(page);
      await page.selectOption('#kind', 'cpm');
      await page.fill('#title', `CPM Est ${width}`);
      await page.fill('#date', '31/02/2027');
      await page.locator('main button[type=submit]').click();
      await page.waitForSelector('.error-summary');
      await expectAccessible(page);
      assert.equal(await page.inputValue('#date'), '31/02/2027');
      const day = new Date(Date.now() + 15 * 24 * 3_600_000);
      await page.fill('#date', `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`);
      await page.fill('#startTime', '12:30');
      await page.fill('#endTime', '14:00');
      await page.selectOption('#zoneId', 'east');
      await page.selectOption('#language', 'fr');
      await page.fill('#onlineUrl', 'https://meet.example/cpm-est');
      await page.fill('#capacity', '8');
      await page.selectOption('#audience', 'professionals');
      await page.fill('#leader', 'Dr Anne Martin');
      await page.locator('main button[type=submit]').click();
      await page.waitForURL(/manage\/[0-9a-f-]{36}\?created=1/);
      await expectAccessible(page);
      const id = /manage\/([0-9a-f-]{36})/.exec(page.url())![1]!;
      await journey.t.app.inject({
        method: 'POST',
        url: `/api/v1/events/${id}/registrations`,
        payload: { name: 'Dr Marc Dubois', email: `marc-${width}@practice.example`, language: 'fr' },
      });
      await page.goto(`/fr/events/manage/${id}`);
      await page.getByLabel('Présent·e\u202f: Dr Marc Dubois').check();
      await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
      await page.waitForURL(/saved=1/);
      await expectAccessible(page);
      assert.ok(await page.getByLabel('Présent·e\u202f: Dr Marc Dubois').isChecked());
      await page.context().close();
    }
  });
});
