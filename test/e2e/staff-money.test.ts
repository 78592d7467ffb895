// Journey: a network admin plans the year's budget on its page (zone envelopes by population,
// one adjusted with its reason), and a coordinator follows the statement and the sessions; each
// page passes axe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importBundledPopulation } from '../../src/reference/population.ts';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { createPerson } from '../support/accounts.ts';
import { expectAccessible, type Journey, startJourney } from './support/browser.ts';
import { pageAs } from './support/everyone.ts';

const YEAR = new Date().getUTCFullYear();
const MONTH = new Date().toISOString().slice(0, 7);

describe('journey: a network plans and follows its budget', () => {
  let journey: Journey;
  let admin = '';
  let coordinator = '';
  before(async () => {
    journey = await startJourney('embedded', { API_ADMIN_TOKEN: TOKEN });
    const { t } = journey;
    assert.ok((await importBundledPopulation(t.database.db)).ok);
    admin = await createPerson(t, {
      email: 'director@brumenta.example',
      grants: [{ role: 'network-admin', networkId: 'brumenta' }],
    });
    coordinator = await createPerson(t, {
      email: 'coordination@brumenta.example',
      grants: [{ role: 'coordinator', networkId: 'brumenta' }],
    });
    const [adam] = await addClinicians(t.services.directory, [clinician('Adam', ['brumenta'])]);
    const recorded = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: auth,
      payload: sessionBody(adam!, { date: `${MONTH}-01` }),
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    await t.services.care.foldStatementChanges();
  });
  after(() => journey.close());

  it('sets the amount, proposes zone envelopes and adjusts one with a reason (plain forms)', async () => {
    const page = await pageAs(journey, admin, 1280);
    await page.goto('/fr/budget');
    await expectAccessible(page);
    await page.fill('#allocation', '4 000 000');
    await page.fill('#defaultFee', '75');
    await page.click('form[action="/fr/budget/settings"] button[type=submit]');
    assert.match((await page.textContent('[role=status]')) ?? '', /Le budget est enregistré/);
    await page.fill('#weight-inhabitants', '1');
    await page.fill('#split-21004-centre-west', '50');
    await page.fill('#split-21004-north-west', '30');
    await page.fill('#split-21004-east', '20');
    await page.click('form[action="/fr/budget/proposal"] button[type=submit]');
    await expectAccessible(page);
    await page.fill('#amount-east', '1000000');
    await page.click('form[action="/fr/budget/envelopes"] button[type=submit]');
    assert.equal(await page.locator('.error-summary').isVisible(), true);
    assert.equal(await page.inputValue('#amount-east'), '1000000');
    await expectAccessible(page);
    await page.fill('#reason', 'Plus de demandes à l’est');
    await page.click('form[action="/fr/budget/envelopes"] button[type=submit]');
    assert.match((await page.textContent('[role=status]')) ?? '', /enveloppes par zone sont enregistrées/);
    assert.match(
      (await page.textContent('[data-testid=budget-figures]')) ?? '',
      /1\u202f000\u202f000\u202f€/,
    );
    await expectAccessible(page);
  });

  it('lets the coordinator read the budget, the month’s statement and the sessions with their log', async () => {
    const page = await pageAs(journey, coordinator, 1280);
    await page.goto(`/fr/budget?network=brumenta&year=${YEAR}`);
    assert.equal(await page.locator('form[action="/fr/budget/settings"]').count(), 0);
    await expectAccessible(page);
    await page.goto(`/fr/statements?month=${MONTH}&network=brumenta`);
    assert.match((await page.textContent('[data-testid=statement]')) ?? '', /Adam/);
    await expectAccessible(page);
    await page.goto('/fr/sessions');
    await expectAccessible(page);
    await page.click('table a[href^="/fr/sessions/"]');
    await page.waitForURL(/\/fr\/sessions\/[0-9a-f-]{36}$/);
    assert.match((await page.textContent('main')) ?? '', /Journal de la séance/);
    await expectAccessible(page);
  });
});
