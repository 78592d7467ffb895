// Journey of an organisation's offer followed up (issue 15 §3), in Chromium with and without
// JavaScript, axe on every page visited: an organisation in Anderlecht offers a room, the
// centre-west coordinator publishes it as a call with the keyboard, a clinician of the zone
// answers from their page, the coordinator chooses them, and the room is in the public finder
// as one of the clinician's outreach venues.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { ORGANISATION_OFFER } from '../requests/support/fixtures.ts';
import { coordinatorOf, createStaff, STAFF_PASSWORD } from '../requests/support/staff.ts';
import { expectAccessible, type Journey, startJourney, tabTo } from './support/browser.ts';

async function next(page: Page, url: RegExp): Promise<void> {
  await page.waitForURL(url);
  await expectAccessible(page);
}

async function signIn(page: Page, email: string, then: string): Promise<void> {
  await page.goto(`/fr/sign-in?next=${encodeURIComponent(then)}`);
  await expectAccessible(page);
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await tabTo(page, '#password');
  await page.keyboard.type(STAFF_PASSWORD);
  await page.keyboard.press('Enter');
  await next(page, new RegExp(then.replace(/\//g, '\\/')));
}

/** Tabs to the button with this visible name, as a keyboard user would, and presses it. */
async function press(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element?.tagName === 'BUTTON' ? (element.textContent ?? '').trim() : null;
    });
    if (focused === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Could not reach the button “${name}” with the keyboard on ${page.url()}`);
}

describe('journey: an organisation’s room becomes a clinician’s outreach venue', () => {
  let journey: Journey;
  before(async () => {
    journey = await startJourney('embedded');
    await createStaff(journey.t, {
      email: 'cw@coordination.example',
      displayName: 'Camille',
      grants: coordinatorOf('centre-west'),
    });
  });
  after(() => journey.close());

  for (const javaScriptEnabled of [true, false]) {
    const mode = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

    it(`a room offer becomes a call, a clinician answers, the coordinator chooses (${mode})`, async () => {
      const { t } = journey;
      const suffix = javaScriptEnabled ? 'Nord' : 'Sud';
      const organisation = `Maison de quartier ${suffix}`;
      const offer = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partner-offers',
        payload: {
          ...ORGANISATION_OFFER,
          organisation: { ...ORGANISATION_OFFER.organisation, name: organisation },
          venue: { ...ORGANISATION_OFFER.venue, street: `Rue ${suffix} 7` },
        },
      });
      assert.equal(offer.statusCode, 201, offer.body);
      assert.equal(offer.json().zone, 'centre-west');
      const { id: caseId, reference } = offer.json() as { id: string; reference: string };
      const centre = t.services.reference.snapshot().localities.get('1070')!;
      const familyName = `Volunta${suffix.toLowerCase()}`;
      const [added] = await addClinicians(t.services.directory, [
        clinician(familyName, ['brumenta', 'bru-stars'], {
          email: `${familyName.toLowerCase()}@clinic.example`,
          locations: [
            {
              kind: 'practice',
              name: null,
              street: 'Chaussée de Mons 1',
              postcode: '1070',
              lat: centre.lat,
              lon: centre.lon,
              wheelchair: true,
            },
          ],
        }),
      ]);
      const account = await createStaff(t, {
        email: `${familyName.toLowerCase()}@clinic.example`,
        displayName: familyName,
        grants: [{ role: 'clinician', networkId: null, zoneId: null, bodyId: null }],
      });
      await t.services.directory.linkAccount(added!.id, account.user.accountId);
      const name = `Camille ${familyName}`;

      // The coordinator acknowledges the offer, then publishes it as a call, keyboard only.
      const coordinator = await journey.newPage({ javaScriptEnabled });
      await signIn(coordinator, 'cw@coordination.example', `/fr/inbox/cases/${caseId}`);
      await press(coordinator, 'Prendre en compte et prévenir le demandeur');
      await next(coordinator, /done=acknowledge/);
      await tabTo(coordinator, '#publish-call-text');
      await coordinator.keyboard.type('Local libre le mardi après-midi.');
      await press(coordinator, 'Publier l’appel');
      await next(coordinator, /done=publish-call/);
      assert.match((await coordinator.locator('h1').textContent()) ?? '', /Appel aux cliniciens/);
      assert.match(
        (await coordinator.locator('main').textContent()) ?? '',
        /Aucun clinicien n’a encore répondu/,
      );

      // The clinician finds the call on their page and answers it.
      const clinicianPage = await journey.newPage({ javaScriptEnabled });
      await signIn(clinicianPage, `${familyName.toLowerCase()}@clinic.example`, '/fr/my/proposals');
      const call = clinicianPage.locator('li', { hasText: organisation });
      assert.match((await call.textContent()) ?? '', /Local libre le mardi après-midi\./);
      await tabTo(clinicianPage, `textarea[id="call-${caseId}-text"]`);
      await clinicianPage.keyboard.type('Disponible le mardi.');
      await press(clinicianPage, 'Je suis intéressé·e');
      await next(clinicianPage, /done=answer-call/);
      assert.match(
        (await clinicianPage.locator('[role=status]').textContent()) ?? '',
        /Votre réponse est envoyée/,
      );

      // The coordinator sees the answer and chooses the clinician.
      await coordinator.goto(`/fr/inbox/cases/${caseId}`);
      await expectAccessible(coordinator);
      assert.match(
        (await coordinator.locator('#call-answers-title + ul').textContent()) ?? '',
        /Disponible le mardi\./,
      );
      await press(coordinator, `Choisir ${name}`);
      await next(coordinator, /done=assign-clinician/);
      assert.match(
        (await coordinator.locator('#proposal-title + dl, #proposal-title ~ *').first().textContent()) ?? '',
        /A accepté/,
      );
      assert.match((await coordinator.locator('main').textContent()) ?? '', new RegExp(reference));

      // The public finder shows the room as one of the clinician's outreach venues.
      const visitor = await journey.newPage({ javaScriptEnabled });
      await visitor.goto('/fr/find?place=1070&mode=outreach');
      await expectAccessible(visitor);
      // Listed for "in a neighbourhood place" now; its page names the room as an outreach venue.
      const link = visitor.locator('main a', { hasText: name }).first();
      await visitor.goto((await link.getAttribute('href')) ?? '');
      await expectAccessible(visitor);
      const page = (await visitor.locator('main').textContent()) ?? '';
      assert.match(page, new RegExp(`Lieu d’accroche[\\s\\S]*${organisation}`));
      assert.match(page, new RegExp(`Rue ${suffix} 7`));
    });
  }
});
