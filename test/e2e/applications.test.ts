// Journeys of the applications capability in Chromium, with and without JavaScript, with an axe
// scan of every page visited: a clinician declares interest in Dutch (signing in on the way), the
// east coordinator asks for a missing document, the clinician uploads it, the case goes to
// decision, Brumenta's body approves, the convention is signed, and a patient finds the clinician
// in Dutch; a service applies for both networks and needs both decisions.
//
// The clinician's decision is taken by Brumenta's CRR in a meeting (one member recused), through
// the committees' pages; the service's two decisions go straight through the decision desk.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/platform/auth/plugin.ts';
import { coordinatorOf, PDF, PNG } from '../applications/support/helpers.ts';
import { createPerson, PASSWORD } from '../support/accounts.ts';
import { dayFromToday } from '../support/dates.ts';
import { expectAccessible, type Journey, startJourney } from './support/browser.ts';

async function next(page: Page, url: RegExp): Promise<void> {
  try {
    await page.waitForURL(url, { timeout: 15_000 });
  } catch (error) {
    const text = ((await page.locator('main').textContent()) ?? '').slice(0, 600);
    throw new Error(`expected ${url} but at ${page.url()}: ${text}`, { cause: error });
  }
  await expectAccessible(page);
}

async function continueTo(page: Page, url: RegExp): Promise<void> {
  await page.locator('main form.form button[type=submit]').last().click();
  await next(page, url);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.locator('main button[type=submit]').click();
}

function decision(applicationId: string, networkIds: string[], outcome: 'approve' | 'reject') {
  return {
    applicationId,
    bodyId: networkIds[0] === 'brumenta' ? 'brumenta-crr' : 'bru-stars-cre',
    networkIds,
    outcome,
    reasons: outcome === 'approve' ? 'Profil adapté aux besoins de la zone' : 'Budget de l’année déjà engagé',
    meetingId: 'meeting-2026-12',
    recordedBy: { accountId: '00000000-0000-4000-8000-000000000009', label: 'Secrétariat' },
    at: new Date(),
  };
}

/** A browser already signed in as the account (a session opened directly). */
async function pageAs(journey: Journey, accountId: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await journey.newPage({ javaScriptEnabled });
  const token = await journey.t.services.accounts.auth.sessions.start(journey.t.database.db, accountId);
  await page
    .context()
    .addCookies([
      { name: SESSION_COOKIE, value: journey.t.app.signCookie(token), url: journey.baseUrl, httpOnly: true },
    ]);
  return page;
}

/** Brumenta's CRR meets: three members present, Chloé recused on the item, Bruno records approval. */
async function committeeApproves(
  journey: Journey,
  members: Record<string, string>,
  javaScriptEnabled: boolean,
  applicant: string,
) {
  const anne = await pageAs(journey, members.Anne!, javaScriptEnabled);
  await anne.goto('/fr/committees');
  await expectAccessible(anne);
  await anne.getByRole('link', { name: 'Nouvelle réunion' }).click();
  await next(anne, /brumenta-crr\/meetings\/new/);
  await anne.fill('#heldOn', dayFromToday(7, 'belgian'));
  await anne.fill('#startsAt', '14:00');
  await anne.fill('#place', 'Boulevard du Jardin botanique 50');
  await anne.check('#mode');
  await anne.getByRole('button', { name: 'Créer la réunion' }).click();
  await next(anne, /\/fr\/committees\/meetings\/[0-9a-f-]+$/);
  const meetingUrl = new URL(anne.url()).pathname;
  assert.match((await anne.locator('main').textContent()) ?? '', new RegExp(applicant));
  for (const name of ['Anne Dupont', 'Bruno Peeters', 'Chloé Martin']) await anne.getByLabel(name).check();
  await anne.getByRole('button', { name: 'Enregistrer les présences' }).click();
  await next(anne, /done=attendance/);
  await anne.selectOption('#i1-r-memberId', { label: 'Chloé Martin' });
  await anne.fill('#i1-r-note', 'Supervise la candidate');
  await anne.getByRole('button', { name: 'Récuser ce membre' }).click();
  await next(anne, /done=recusal/);
  const bruno = await pageAs(journey, members.Bruno!, javaScriptEnabled);
  await bruno.goto(meetingUrl);
  await expectAccessible(bruno);
  await bruno.check('#i1-d-outcome');
  await bruno.fill('#i1-d-reasons', 'Profil adapté aux besoins de la zone');
  await bruno.fill('#i1-d-votesFor', '2');
  await bruno.fill('#i1-d-votesAgainst', '0');
  await bruno.fill('#i1-d-abstentions', '0');
  await bruno.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await next(bruno, /done=decision/);
  await anne.goto(meetingUrl);
  await anne.getByRole('button', { name: 'Clôturer et établir le procès-verbal' }).click();
  await anne.getByRole('button', { name: 'Oui, clôturer la réunion' }).click();
  await next(anne, /done=close/);
}

describe('journeys: declarations of interest and conventioned services', () => {
  let journey: Journey;
  const members: Record<string, string> = {};
  before(async () => {
    journey = await startJourney('embedded');
    for (const name of ['Anne Dupont', 'Bruno Peeters', 'Chloé Martin']) {
      members[name.split(' ')[0]!] = await createPerson(journey.t, {
        email: `${name.split(' ')[0]!.toLowerCase()}@brumenta.example`,
        displayName: name,
        grants: [{ role: 'committee-member', bodyId: 'brumenta-crr' }],
      });
    }
    await createPerson(journey.t, {
      email: 'east@coordination.example',
      displayName: 'Elise',
      password: PASSWORD,
      grants: coordinatorOf('east'),
    });
    await createPerson(journey.t, {
      email: 'nw@coordination.example',
      displayName: 'Noor',
      password: PASSWORD,
      grants: coordinatorOf('north-west'),
    });
  });
  after(() => journey.close());

  for (const javaScriptEnabled of [true, false]) {
    const mode = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
    const suffix = javaScriptEnabled ? 'js' : 'nojs';

    it(`a clinician declares in Dutch, is asked for a document, approved, signed and found (${mode})`, async () => {
      const email = `lotte-${suffix}@praktijk.example`;
      const family = javaScriptEnabled ? 'Peeters' : 'Janssens';
      await createPerson(journey.t, {
        email,
        displayName: `Lotte ${family}`,
        locale: 'nl',
        password: PASSWORD,
      });
      const clinician = await journey.newPage({ javaScriptEnabled, locale: 'nl-BE' });
      await clinician.goto('/nl/professionals/join');
      await expectAccessible(clinician);
      await clinician.getByRole('link', { name: 'Aanmelden' }).last().click();
      await next(clinician, /\/nl\/sign-in/);
      await signIn(clinician, email);
      await next(clinician, /\/nl\/professionals\/join$/);
      await clinician.locator('a.button--start').click();
      await next(clinician, /join\/identity/);

      // An empty page shows the error summary and keeps nothing out.
      await continueTo(clinician, /join\/identity/);
      assert.match((await clinician.locator('.error-summary').textContent()) ?? '', /Kies uw beroep/);
      await clinician.check('input[name=kind][value=psychologist]');
      await clinician.fill('#givenName', 'Lotte');
      await clinician.fill('#familyName', family);
      await clinician.fill('#phone', '02 555 12 34');
      await continueTo(clinician, /join\/registration/);
      await clinician.fill('#visa', '654321');
      await clinician.fill('#inami', javaScriptEnabled ? '51234509890' : '51234528891');
      await continueTo(clinician, /join\/employment/);
      await clinician.check('input[name=employment][value=self-employed]');
      await continueTo(clinician, /join\/languages/);
      await clinician.check('input[name=languages][value=nl]');
      await continueTo(clinician, /join\/ages/);
      await clinician.check('input[name=ageGroups][value=adults]');
      await continueTo(clinician, /join\/functions/);
      await clinician.check('input[name=functions][value=support]');
      await clinician.fill('#experienceYears', '7');
      await clinician.check('input[name=longTraining][value=yes]');
      await continueTo(clinician, /join\/specialities/);
      await clinician.check('input[name=specialities][value=burnout]');
      await continueTo(clinician, /join\/places/);
      await clinician.fill('#practice-street', 'Haachtsesteenweg 100');
      await clinician.fill('#practice-postcode', '1030');
      await continueTo(clinician, /join\/sessions/);
      await clinician.fill('#sessionsPerWeek', '6');
      await clinician.check('input[name=networks][value=adult]');
      await continueTo(clinician, /join\/links/);
      await continueTo(clinician, /join\/documents/);
      await clinician.setInputFiles('#document-diploma', {
        name: 'diploma.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await clinician.locator('button[name=send][value=diploma]').click();
      await next(clinician, /join\/documents$/);
      assert.match((await clinician.locator('main').textContent()) ?? '', /diploma\.pdf/);
      // A file that is not what its name says is refused with a clear message naming the document.
      await clinician.setInputFiles('#document-visa', {
        name: 'visum.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('not a pdf at all'),
      });
      await clinician.locator('button[name=send][value=visa]').click();
      await clinician.waitForSelector('.error-summary');
      assert.match((await clinician.locator('.error-summary').textContent()) ?? '', /Visum: .*geen PDF/);
      await expectAccessible(clinician);
      // A file chosen and then "Continue" (not "send") is sent too, never lost.
      await clinician.setInputFiles('#document-visa', {
        name: 'visum.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
      await continueTo(clinician, /join\/check/);
      assert.match((await clinician.locator('main').textContent()) ?? '', /visum\.png/);
      await clinician.locator('main form button[type=submit]').click();
      await next(clinician, /\/nl\/my\/applications\/[0-9a-f-]{36}\?sent=1/);
      const caseId = /applications\/([0-9a-f-]{36})/.exec(clinician.url())![1]!;
      assert.match((await clinician.locator('main').textContent()) ?? '', /Kandidatuur verzonden/);

      const coordinator = await journey.newPage({ javaScriptEnabled });
      await coordinator.goto('/fr/sign-in?next=/fr/applications');
      await signIn(coordinator, 'east@coordination.example');
      await next(coordinator, /\/fr\/applications$/);
      await coordinator.getByRole('link', { name: new RegExp(family) }).click();
      await next(coordinator, new RegExp(`/fr/applications/${caseId}`));
      const actionButton = (action: string) =>
        coordinator.locator(`form[action$="/actions/${action}"] button`);
      await actionButton('start-check').click();
      await next(coordinator, /done=1/);
      await coordinator.fill('#request-information-text', 'Merci d’ajouter votre attestation de formation.');
      await actionButton('request-information').click();
      await next(coordinator, /done=1/);

      await clinician.goto(`/nl/my/applications/${caseId}`);
      await expectAccessible(clinician);
      assert.match((await clinician.locator('main').textContent()) ?? '', /attestation de formation/);
      await clinician.setInputFiles('#file', {
        name: 'attest.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await clinician.locator('form[enctype] button').click();
      await next(clinician, /done=1/);

      await coordinator.reload();
      assert.match((await coordinator.locator('main').textContent()) ?? '', /attest\.pdf/);
      await coordinator.fill('#log-contact-date', '2026-11-20');
      await coordinator.fill('#log-contact-text', 'Rencontre au cabinet');
      await actionButton('log-contact').click();
      await next(coordinator, /done=1/);
      await actionButton('send-to-decision').click();
      await next(coordinator, /done=1/);

      await committeeApproves(journey, members, javaScriptEnabled, family);
      await coordinator.reload();
      assert.match((await coordinator.locator('main').textContent()) ?? '', /Approuvée/);
      await coordinator.fill('#sign-convention-date', '2026-12-01');
      await coordinator.fill('#sign-convention-signatories', `Lotte ${family}; Brumenta`);
      await actionButton('sign-convention').click();
      await next(coordinator, /done=1/);

      await clinician.goto(`/nl/applications/${caseId}/convention`);
      await expectAccessible(clinician);
      assert.match(
        (await clinician.locator('h1').textContent()) ?? '',
        /Overeenkomst eerstelijnspsychologische zorg/,
      );

      const patient = await journey.newPage({ javaScriptEnabled, locale: 'nl-BE' });
      await patient.goto('/nl/find?place=1030&language=nl');
      await expectAccessible(patient);
      assert.match((await patient.locator('main').textContent()) ?? '', new RegExp(family));
    });

    it(`a service applies for both networks and needs both decisions (${mode})`, async () => {
      const email = `canal-${suffix}@service.example`;
      await createPerson(journey.t, {
        email,
        displayName: 'Sarah Dubois',
        password: PASSWORD,
        grants: [{ role: 'organisation' }],
      });
      const org = await journey.newPage({ javaScriptEnabled });
      await org.goto('/fr/professionals/service');
      await expectAccessible(org);
      await org.getByRole('link', { name: /Voir toutes les questions/ }).click();
      await next(org, /service\/questions/);
      await org.goto(`/fr/sign-in?next=/fr/professionals/service`);
      await signIn(org, email);
      await next(org, /professionals\/service$/);
      await org.locator('a.button--start').click();
      await next(org, /service\/organisation/);
      await org.fill('#organisation-name', `Maison médicale du Canal ${suffix}`);
      await org.fill('#organisation-enterpriseNumber', '0123.456.7');
      await org.check('input[name="organisation.kind"][value=medical-centre]');
      await continueTo(org, /service\/organisation/);
      assert.match(
        (await org.locator('.error-summary').textContent()) ?? '',
        /numéro d’entreprise n’est pas valide/,
      );
      assert.equal(await org.inputValue('#organisation-name'), `Maison médicale du Canal ${suffix}`);
      await org.fill('#organisation-enterpriseNumber', '0123.456.749');
      await continueTo(org, /service\/address/);
      await org.fill('#organisation-street', 'Rue du Canal 5');
      await org.fill('#organisation-postcode', '1020');
      await continueTo(org, /service\/contact/);
      await org.fill('#contact-name', 'Sarah Dubois');
      await org.fill('#contact-phone', '02 411 22 33');
      await org.check('input[name="contact.language"][value=fr]');
      await continueTo(org, /service\/clinicians/);
      await org.fill('#clinicians', 'Claire Martin, psychologue');
      await continueTo(org, /service\/offeredFunctions/);
      await org.check('input[name=functions][value=support]');
      await continueTo(org, /service\/hours/);
      await org.fill('#hoursPerWeek', '12');
      await continueTo(org, /service\/public/);
      await org.check('input[name=ageGroups][value=young-people]');
      await org.fill('#publicDescription', 'Jeunes adultes du quartier');
      await continueTo(org, /service\/locations/);
      await org.fill('#locations', 'Maison médicale, CPAS de Laeken');
      await continueTo(org, /service\/networks/);
      await org.check('input[name=networks][value=both]');
      await continueTo(org, /service\/check/);
      await org.locator('main form button[type=submit]').click();
      await next(org, /\/fr\/my\/applications\/[0-9a-f-]{36}\?sent=1/);
      const caseId = /applications\/([0-9a-f-]{36})/.exec(org.url())![1]!;

      const coordinator = await journey.newPage({ javaScriptEnabled });
      await coordinator.goto(`/fr/sign-in?next=/fr/applications/${caseId}`);
      await signIn(coordinator, 'nw@coordination.example');
      await next(coordinator, new RegExp(`/fr/applications/${caseId}`));
      const actionButton = (action: string) =>
        coordinator.locator(`form[action$="/actions/${action}"] button`);
      await actionButton('start-check').click();
      await next(coordinator, /done=1/);
      await coordinator.fill('#log-contact-date', '2026-11-21');
      await coordinator.fill('#log-contact-text', 'Visite de la maison médicale');
      await actionButton('log-contact').click();
      await next(coordinator, /done=1/);
      await coordinator.check('input[name=level][value=local]');
      await coordinator.fill('#record-advice-text', 'Avis favorable de la concertation locale');
      await actionButton('record-advice').click();
      await next(coordinator, /done=1/);
      await actionButton('send-to-decision').click();
      await next(coordinator, /done=1/);

      const first = await journey.t.services.decisionDesk.recordDecision(
        decision(caseId, ['bru-stars'], 'approve'),
      );
      assert.deepEqual(first, { ok: true, applicationStatus: 'decision' });
      await coordinator.reload();
      await expectAccessible(coordinator);
      assert.match((await coordinator.locator('main').textContent()) ?? '', /En attente de\s: Brumenta/);
      const second = await journey.t.services.decisionDesk.recordDecision(
        decision(caseId, ['brumenta'], 'approve'),
      );
      assert.deepEqual(second, { ok: true, applicationStatus: 'approved' });
      await org.goto(`/fr/my/applications/${caseId}`);
      await expectAccessible(org);
      assert.match((await org.locator('main').textContent()) ?? '', /Approuvée/);
    });
  }
});
