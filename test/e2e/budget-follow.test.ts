// Journey: Brumenta's director plans the year on the budget page (a small amount, envelopes by
// population, alert thresholds); the east coordinator opens a clinician's application and reads
// its live impact; the CRR approves and the convention is signed, which commits its contingent;
// sessions are recorded, the burn-down moves, and the director gets one alert e-mail when the
// first threshold is passed. Every page is scanned by axe, at 375 px and 1280 px.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { brusselsDay, weeksLeft } from '../../src/budget/domain/index.ts';
import { formatEuros } from '../../src/platform/i18n/index.ts';
import { importBundledPopulation } from '../../src/reference/population.ts';
import {
  caseIdFrom,
  coordinatorOf,
  DECLARATION,
  fillAll,
  PDF,
  PNG,
  upload,
} from '../applications/support/helpers.ts';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { createPerson, mailTo, signedInClient } from '../support/accounts.ts';
import { dayFromToday } from '../support/dates.ts';
import { expectAccessible, type Journey, startJourney } from './support/browser.ts';
import { pageAs } from './support/everyone.ts';

const TODAY = brusselsDay(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const FEE_CENTS = 7_500;
/** The declaration asks for 6 sessions a week: what signing commits for the rest of the year. */
const COMMITTED_CENTS = 6 * weeksLeft(YEAR, TODAY) * FEE_CENTS;

const figures = async (page: Page) => (await page.textContent('[data-testid=budget-figures]')) ?? '';

describe('journey: a network follows its budget from plan to alert', () => {
  let journey: Journey;
  let director = '';
  let coordinator = '';
  let caseId = '';
  before(async () => {
    journey = await startJourney('embedded', { API_ADMIN_TOKEN: TOKEN });
    const { t } = journey;
    assert.ok((await importBundledPopulation(t.database.db)).ok);
    director = await createPerson(t, {
      email: 'director@brumenta.example',
      grants: [{ role: 'network-admin', networkId: 'brumenta' }],
    });
    coordinator = await createPerson(t, { email: 'east@brumenta.example', grants: coordinatorOf('east') });
    // The application arrives as the declaration's own pages send it (they have their journey).
    const lotte = await signedInClient(
      t,
      await createPerson(t, { email: 'lotte@example.be', displayName: 'Lotte Peeters', locale: 'nl' }),
    );
    await fillAll(t, lotte, '/nl/professionals/join', DECLARATION);
    for (const [documentKind, filename, content, type] of [
      ['diploma', 'diploma.pdf', PDF, 'application/pdf'],
      ['visa', 'visum.png', PNG, 'image/png'],
    ] as const) {
      const page = '/nl/professionals/join/documents';
      const sent = await upload(t, lotte, {
        page,
        action: `${page}/upload`,
        fields: { documentKind },
        filename,
        content,
        type,
      });
      assert.equal(sent.statusCode, 303);
    }
    caseId = caseIdFrom((await lotte.post('/nl/professionals/join/check')).headers.location as string);
  });
  after(() => journey.close());

  it('plans the year, shows the live impact, commits at signing, moves and warns', async () => {
    const { t } = journey;
    const desk = await pageAs(journey, director, 1280);
    await desk.goto(`/fr/budget?network=brumenta&year=${YEAR}`);
    await desk.fill('#allocation', '2 000');
    await desk.fill('#defaultFee', '75');
    await desk.fill('#thresholds', '10, 90');
    await desk.click('form[action="/fr/budget/settings"] button[type=submit]');
    assert.match((await desk.textContent('[role=status]')) ?? '', /Le budget est enregistré/);
    await desk.fill('#weight-inhabitants', '1');
    await desk.fill('#split-21004-centre-west', '50');
    await desk.fill('#split-21004-north-west', '30');
    await desk.fill('#split-21004-east', '20');
    await desk.click('form[action="/fr/budget/proposal"] button[type=submit]');
    await desk.click('form[action="/fr/budget/envelopes"] button[type=submit]');
    assert.match((await desk.textContent('[role=status]')) ?? '', /enveloppes par zone sont enregistrées/);
    await expectAccessible(desk);

    // The coordinator reads what the application would cost, with the fee as it is now.
    const east = await pageAs(journey, coordinator, 375);
    await east.goto(`/fr/applications/${caseId}`);
    const impact = `× ${formatEuros('fr', FEE_CENTS)} = ${formatEuros('fr', COMMITTED_CENTS)}`;
    assert.ok(((await east.textContent('main')) ?? '').includes(impact), `the case page shows ${impact}`);
    await expectAccessible(east);
    const act = async (action: string) => {
      await east.locator(`form[action$="/actions/${action}"] button`).click();
      await east.waitForURL(/done=1/);
    };
    await act('start-check');
    await east.fill('#log-contact-date', dayFromToday(0, 'belgian'));
    await east.fill('#log-contact-text', 'Rencontre au cabinet');
    await act('log-contact');
    await act('send-to-decision');
    // The CRR's meeting has its own journey: here its decision arrives through the decision desk.
    const decided = await t.services.decisionDesk.recordDecision({
      applicationId: caseId,
      bodyId: 'brumenta-crr',
      networkIds: ['brumenta'],
      outcome: 'approve',
      reasons: 'Profil adapté aux besoins de la zone',
      meetingId: 'meeting-budget-journey',
      recordedBy: { accountId: '00000000-0000-4000-8000-000000000009', label: 'Secrétariat' },
      at: new Date(),
    });
    assert.deepEqual(decided, { ok: true, applicationStatus: 'approved' });
    await east.reload();
    await east.fill('#sign-convention-date', dayFromToday(0, 'belgian'));
    await east.fill('#sign-convention-signatories', 'Lotte Peeters; Brumenta');
    await act('sign-convention');
    await expectAccessible(east);

    await desk.reload();
    assert.match(await figures(desk), new RegExp(formatEuros('fr', COMMITTED_CENTS).replace(/\s/g, '\\s')));
    assert.equal(await desk.locator('[data-testid=budget-alerts]').count(), 0);

    // Three reimbursed sessions (the first of each patient is free for them, not for the budget).
    const [adam] = await addClinicians(t.services.directory, [clinician('Adam', ['brumenta'])]);
    for (const n of [1, 2, 3]) {
      const recorded = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(adam!, { date: TODAY, niss: makeNiss('1980-02-14', 600 + n) }),
      });
      assert.equal(recorded.statusCode, 201, recorded.body);
    }
    // The poller's round, run now rather than waited for.
    assert.ok((await t.services.budgets.checkAllAlerts()) >= 1);
    await desk.reload();
    assert.match(await figures(desk), new RegExp(formatEuros('fr', 3 * FEE_CENTS).replace(/\s/g, '\\s')));
    assert.match(
      (await desk.textContent('[data-testid=budget-alerts]')) ?? '',
      /10\u202f% du montant consommé/,
    );
    await expectAccessible(desk);
    const [mail, ...more] = await mailTo(t, 'director@brumenta.example');
    assert.equal(more.length, 0);
    assert.match(mail!.subject, /Budget \d{4} de Brumenta \(adultes\)\u202f: seuil d’alerte dépassé/);
    assert.match(mail!.textBody, /l’ensemble du budget\u202f: 10\u202f% du montant consommé/);
  });
});
