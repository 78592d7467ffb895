// Journey: the CRR of Brumenta meets, three members present, one recused on an item; the
// decision is recorded, the meeting closed and its minutes printed. axe scans every page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { formatDate } from '../../src/platform/i18n/index.ts';
import { type CommitteeJourney, startCommitteeJourney } from '../committees/support/journey.ts';
import { createPerson } from '../support/accounts.ts';
import { dayFromToday } from '../support/dates.ts';
import { expectAccessible } from './support/browser.ts';

/** What a person reads in an element, laid out (playwright's innerText, not the DOM property). */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with spaces between blocks.
const text = (locator: Locator) => locator.innerText();

describe('journey: the Brumenta committee approves with one member recused', () => {
  let journey: CommitteeJourney;
  const ids: Record<string, string> = {};

  before(async () => {
    journey = await startCommitteeJourney();
    for (const name of ['Anne Dupont', 'Bruno Peeters', 'Chloé Martin']) {
      ids[name] = await createPerson(journey.t, {
        email: `${name.split(' ')[0]!.toLowerCase()}@brumenta.example`,
        displayName: name,
        grants: [{ role: 'committee-member', bodyId: 'brumenta-crr' }],
      });
    }
    journey.t.desk.add({
      applicationId: 'app-etterbeek',
      reference: 'AP-2026-0042',
      networkIds: ['brumenta'],
      kind: 'service',
      applicantName: 'Maison médicale Etterbeek',
    });
  });
  after(() => journey.close());

  it('meets, takes attendance, recuses, decides, closes and prints the minutes', async () => {
    const anne = await journey.pageAs(ids['Anne Dupont']!);
    await anne.goto('/fr/committees');
    await expectAccessible(anne);
    await anne.getByRole('link', { name: 'Nouvelle réunion' }).click();
    await anne.waitForURL('**/fr/committees/brumenta-crr/meetings/new');
    await expectAccessible(anne);

    // A mistake first: the error summary says what is wrong and the typed text stays.
    await anne.fill('#heldOn', '31/11/2026');
    await anne.fill('#startsAt', '14:00');
    await anne.fill('#place', 'Boulevard du Jardin botanique 50');
    await anne.getByRole('button', { name: 'Créer la réunion' }).click();
    assert.equal(await anne.locator('.error-summary').isVisible(), true);
    assert.equal(await anne.inputValue('#place'), 'Boulevard du Jardin botanique 50');
    await expectAccessible(anne);
    await anne.fill('#heldOn', dayFromToday(7, 'belgian'));
    await anne.check('#mode');
    await anne.getByRole('button', { name: 'Créer la réunion' }).click();
    await anne.waitForURL(/\/fr\/committees\/meetings\/[0-9a-f-]+$/);
    const meetingUrl = new URL(anne.url()).pathname;
    assert.match(await text(anne.locator('main')), /Maison médicale Etterbeek/);
    assert.match(await text(anne.locator('[data-quorum]')), /Quorum non atteint/);
    await expectAccessible(anne);

    // All three members are there.
    for (const name of ['Anne Dupont', 'Bruno Peeters', 'Chloé Martin']) {
      await anne.getByLabel(name).check();
    }
    await anne.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await anne.waitForURL(/done=attendance/);
    assert.match(await text(anne.locator('[data-quorum]')), /Quorum atteint\s: 3 membres présents sur 3/);
    await expectAccessible(anne);

    // Chloé declares a conflict of interest on the item.
    await anne.selectOption('#i1-r-memberId', { label: 'Chloé Martin' });
    await anne.fill('#i1-r-note', 'A travaillé pour la maison médicale');
    await anne.getByRole('button', { name: 'Récuser ce membre' }).click();
    await anne.waitForURL(/done=recusal/);
    assert.match(await text(anne.locator('main')), /Chloé Martin – conflit d’intérêts déclaré/);
    assert.match(await text(anne.locator('main')), /2 membres présents sur 2, 2 requis/);
    await expectAccessible(anne);

    // Chloé, recused, cannot record the decision on her page.
    const chloe = await journey.pageAs(ids['Chloé Martin']!);
    await chloe.goto(meetingUrl);
    assert.match(await text(chloe.locator('main')), /Vous êtes récusé\(e\) pour ce point/);
    assert.equal(await chloe.locator('#i1-d-reasons').count(), 0);

    // Bruno records the decision, without JavaScript: plain forms.
    const bruno = await journey.pageAs(ids['Bruno Peeters']!, { javaScriptEnabled: false });
    await bruno.goto(meetingUrl);
    await bruno.check('#i1-d-outcome');
    await bruno.fill('#i1-d-reasons', 'Couvre un quartier où l’offre manque.');
    await bruno.fill('#i1-d-votesFor', '2');
    await bruno.fill('#i1-d-votesAgainst', '0');
    await bruno.fill('#i1-d-abstentions', '0');
    await bruno.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await bruno.waitForURL(/done=decision/);
    assert.match(await text(bruno.locator('[data-decision=approve]')), /Approuvée 2 pour, 0 contre/);
    assert.equal(journey.t.desk.applications.get('app-etterbeek')!.status, 'approved');

    // Anne's page is now older than the meeting: closing from it is refused, then works.
    await anne.getByRole('button', { name: 'Clôturer et établir le procès-verbal' }).click();
    assert.match(await text(anne.locator('[role=status]')), /Quelqu’un a modifié cette réunion/);
    await expectAccessible(anne);
    await anne.getByRole('button', { name: 'Clôturer et établir le procès-verbal' }).click();
    // Closing cannot be undone: a page asks to confirm it (no JavaScript needed) and offers to go back.
    await anne.waitForURL(/\/close$/);
    assert.match(await text(anne.locator('h1')), /Êtes-vous sûr de vouloir clôturer la réunion du/);
    await expectAccessible(anne);
    await anne.getByRole('button', { name: 'Oui, clôturer la réunion' }).click();
    await anne.waitForURL(/done=close/);
    await anne.getByRole('link', { name: 'Voir le procès-verbal' }).click();
    await anne.waitForURL(`**${meetingUrl}/minutes`);
    const minutes = await text(anne.locator('main'));
    assert.match(minutes, new RegExp(`Procès-verbal de la réunion du ${formatDate('fr', dayFromToday(7))}`));
    assert.match(minutes, /Anne Dupont, Bruno Peeters, Chloé Martin/);
    assert.match(minutes, /Chloé Martin – conflit d’intérêts déclaré\s: A travaillé pour la maison médicale/);
    assert.match(minutes, /Couvre un quartier où l’offre manque/);
    await expectAccessible(anne);

    // Printed: the site's header and navigation stay off the paper, the minutes are there.
    await anne.emulateMedia({ media: 'print' });
    assert.equal(await anne.locator('.site-header').isVisible(), false);
    assert.equal(await anne.locator('h1').isVisible(), true);
    const pdf = await anne.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
  });
});
