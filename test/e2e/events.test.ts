// Journey of the events capability in Chromium, axe scan on every page: a GP, on a phone (375 px)
// without JavaScript and with the keyboard only, registers for a full knowledge session and is
// put on the waiting list; someone registered cancels from their e-mail's link on a desktop
// (1280 px); the GP, first waiting, moves up and gets an e-mail with the appointment (.ics).
// A coordinator turns a GP's knowledge-session request into an event from its case page; twelve
// GPs register for its ten places, two wait, one cancels and the first waiting moves up.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestEvent } from '../events/support.ts';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { createPerson } from '../support/accounts.ts';
import { dayFromToday } from '../support/dates.ts';
import { messagesTo, type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { expectAccessible, type Journey, startJourney, tabTo, typeInto } from './support/browser.ts';
import { pageAs } from './support/everyone.ts';

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
    const [waitlisted] = await messagesTo(sink, 'chloe@practice.example', 1);
    assert.match(waitlisted!.subject, /Liste d’attente\u202f: Techniques d’entretien/);

    // Anne cannot come: she cancels from her confirmation's link, on a desktop.
    const [confirmation] = await messagesTo(sink, 'anne@practice.example', 1);
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
    const mails = await messagesTo(sink, 'chloe@practice.example', 2);
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

  it("a GP's knowledge-session request becomes an event; twelve GPs for ten places, two wait, one cancels and the first waiting moves up", async () => {
    const submitted = await journey.t.app.inject({
      method: 'POST',
      url: '/api/v1/support-requests',
      payload: {
        ...GP_REQUEST,
        kind: 'knowledge-session',
        topics: ['recognising-problems'],
        requester: { ...GP_REQUEST.requester, language: 'fr' },
      },
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { id: caseId, reference } = submitted.json() as { id: string; reference: string };
    const coordinator = await createPerson(journey.t, {
      email: 'north-west@coordination.example',
      grants: [
        { role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' },
        { role: 'coordinator', networkId: 'bru-stars', zoneId: 'north-west' },
      ],
    });

    // On a phone, the case page offers the event (axe clean); on a desktop, with the keyboard
    // only, the coordinator opens the form filled from the request and adds when, where, how many.
    const phone = await pageAs(journey, coordinator, 375);
    await phone.goto(`/fr/inbox/cases/${caseId}`);
    await expectAccessible(phone);
    assert.ok(
      await phone.getByRole('link', { name: 'Créer l’activité à partir de cette demande' }).isVisible(),
    );
    await phone.context().close();
    const desk = await pageAs(journey, coordinator, 1280);
    await desk.goto(`/fr/inbox/cases/${caseId}`);
    await tabTo(desk, `a[href="/fr/events/manage/new?request=${caseId}"]`, 120);
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/manage\/new\?request=/);
    await expectAccessible(desk);
    assert.equal(await desk.inputValue('#title'), 'Échange de connaissances – Cabinet Laeken');
    assert.equal(await desk.inputValue('#zoneId'), 'north-west');
    await typeInto(desk, '#date', dayFromToday(20, 'belgian'));
    await typeInto(desk, '#startTime', '12:30');
    await typeInto(desk, '#endTime', '14:30');
    await typeInto(desk, '#venue', 'Rue Marie-Christine 100, 1020 Laeken');
    await typeInto(desk, '#capacity', '10');
    await typeInto(desk, '#leader', 'Dr Anne Martin');
    await tabTo(desk, 'main form button[type=submit]', 120);
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/manage\/[0-9a-f-]{36}\?created=1/);
    await expectAccessible(desk);
    const eventId = /manage\/([0-9a-f-]{36})/.exec(desk.url())![1]!;
    assert.match(
      (await desk.locator('main').textContent()) ?? '',
      new RegExp(`Demande d’origine\u202f: ${reference}`),
    );
    await desk.goto(`/fr/inbox/cases/${caseId}`);
    assert.ok(
      await desk.getByRole('link', { name: 'Échange de connaissances – Cabinet Laeken' }).isVisible(),
    );

    // Eleven GPs register: ten places, the eleventh waits.
    for (let n = 1; n <= 11; n++) {
      const response = await journey.t.app.inject({
        method: 'POST',
        url: `/api/v1/events/${eventId}/registrations`,
        payload: {
          name: `Dr GP ${n}`,
          email: `gp${n}@practice.example`,
          language: 'fr',
          practice: 'Cabinet',
        },
      });
      assert.equal(response.json().status, n <= 10 ? 'registered' : 'waitlisted', `GP ${n}`);
    }
    // The twelfth, on a phone without JavaScript, with the keyboard: the waiting list too.
    const twelfth = await journey.newPage({ javaScriptEnabled: false });
    await twelfth.setViewportSize({ width: 375, height: 800 });
    await twelfth.goto(`/fr/events/${eventId}`);
    await expectAccessible(twelfth);
    await typeInto(twelfth, '#name', 'Dr Léa Simon');
    await typeInto(twelfth, '#email', 'lea@practice.example');
    await typeInto(twelfth, '#practice', 'Maison médicale Nord');
    await tabTo(twelfth, 'main button[type=submit]');
    await twelfth.keyboard.press('Enter');
    await twelfth.waitForSelector('h1:has-text("liste d’attente")');
    await expectAccessible(twelfth);

    // GP 3 cancels from the e-mail's link; GP 11, first waiting, moves up with an e-mail.
    const [confirmation] = await messagesTo(sink, 'gp3@practice.example', 1);
    const link = /https?:\/\/\S+\/fr\/events\/cancel\?token=[A-Za-z0-9_-]{43}/.exec(confirmation!.text)![0];
    const url = new URL(link);
    await desk.goto(url.pathname + url.search);
    await expectAccessible(desk);
    await tabTo(desk, 'main button[type=submit]', 120);
    await desk.keyboard.press('Enter');
    await desk.waitForSelector('h1:has-text("Inscription annulée")');
    const moved = await messagesTo(sink, 'gp11@practice.example', 2);
    assert.equal(moved.length, 2, moved.map((m) => m.subject).join('\n'));
    assert.match(
      moved[1]!.subject,
      /Une place s’est libérée\u202f: Échange de connaissances – Cabinet Laeken/,
    );
    assert.equal((await messagesTo(sink, 'lea@practice.example', 1)).length, 1, 'Léa still waits, told once');
    await twelfth.goto(`/fr/events/${eventId}`);
    assert.match(
      (await twelfth.locator('main').textContent()) ?? '',
      /10 places, 10 inscrits, 1 en liste d’attente/,
    );
    await desk.context().close();
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
