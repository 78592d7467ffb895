import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { FormClient } from './support/client.ts';
import { createStaff } from './support/staff.ts';

for (const engine of testEngines()) {
  describe(`GP and organisation forms without JavaScript (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    it('walks the GP form page by page, keeps wrong input, checks answers, confirms with a reference', async () => {
      const gp = new FormClient(t);
      const start = await gp.get('/nl/professionals/support');
      assert.match(start.body, /Ondersteuning vragen/);
      let page = await gp.get('/nl/professionals/support/kind');
      assert.equal(page.status, 200);
      page = await gp.post('/nl/professionals/support/kind', {});
      assert.equal(page.status, 400);
      assert.match(page.body, /Kies wat u nodig hebt/);
      page = await gp.post('/nl/professionals/support/kind', { kind: 'case-advice' });
      assert.equal(page.url, '/nl/professionals/support/case-advice');
      page = await gp.post('/nl/professionals/support/case-advice', { caseAdviceFormat: 'fixed-time' });
      assert.equal(page.url, '/nl/professionals/support/practice');
      page = await gp.post('/nl/professionals/support/practice', {
        'practice.name': 'Praktijk Laken',
        'practice.street': 'Maria-Christinastraat 100',
        'practice.postcode': '4000',
      });
      assert.equal(page.status, 400);
      assert.match(page.body, /Passerelle dekt 4000 nog niet/);
      assert.match(page.body, /value="Maria-Christinastraat 100"/, 'what was typed is kept');
      page = await gp.post('/nl/professionals/support/practice', {
        'practice.name': 'Praktijk Laken',
        'practice.street': 'Maria-Christinastraat 100',
        'practice.postcode': '1020',
      });
      assert.equal(page.url, '/nl/professionals/support/contact');
      page = await gp.post('/nl/professionals/support/contact', {
        'requester.name': 'Dr. An Peeters',
        'requester.email': 'an@example.be',
        'requester.phone': '',
        'requester.language': 'nl',
      });
      page = await gp.post('/nl/professionals/support/age-group', { ageGroup: 'children' });
      page = await gp.post('/nl/professionals/support/times', { preferredTimes: 'Donderdag 12–13 uur' });
      page = await gp.post('/nl/professionals/support/description', {
        description: 'Patiënt 85.07.30-033.28',
      });
      assert.equal(page.status, 400);
      assert.match(page.body, /rijksregisternummer/);
      page = await gp.post('/nl/professionals/support/description', {
        description: 'Kind met slaapproblemen.',
      });
      assert.equal(page.url, '/nl/professionals/support/check');
      assert.match(page.body, /Advies over de situatie van een patiënt/);
      assert.match(page.body, /Op een vast moment/);
      // Change links come back to the check page.
      page = await gp.get('/nl/professionals/support/age-group?return=check');
      page = await gp.post('/nl/professionals/support/age-group', {
        ageGroup: 'young-people',
        return: 'check',
      });
      assert.equal(page.url, '/nl/professionals/support/check');
      assert.match(page.body, /Jongeren \(15 tot 23 jaar\)/);
      page = await gp.post('/nl/professionals/support/check', {});
      assert.equal(page.url, '/nl/professionals/support/confirmation');
      const reference = /data-reference="true">([^<]+)</.exec(page.body)?.[1];
      assert.match(reference ?? '', /^GP-/);
      // The draft is gone: starting again starts empty.
      page = await gp.get('/nl/professionals/support/check');
      assert.equal(page.url, '/nl/professionals/support/kind');
    });

    it('fills in a signed-in GP’s name, e-mail and language', async () => {
      const staff = await createStaff(t, {
        email: 'dr.janssens@example.be',
        displayName: 'Dr. Lies Janssens',
        locale: 'nl',
        grants: [{ role: 'gp', networkId: null, zoneId: null, bodyId: null }],
      });
      const gp = new FormClient(t, staff.cookie);
      const page = await gp.get('/nl/professionals/support/contact');
      assert.match(page.body, /value="Dr\. Lies Janssens"/);
      assert.match(page.body, /value="dr\.janssens@example\.be"/);
    });

    it('refuses a form post without the CSRF token', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/fr/professionals/support/kind',
        payload: 'kind=advice',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(response.statusCode, 403);
    });

    it('walks the organisation form and checks the enterprise number', async () => {
      const org = new FormClient(t);
      await org.get('/fr/professionals/partner/offer');
      let page = await org.post('/fr/professionals/partner/offer', { offer: 'co-lead-group' });
      assert.equal(page.url, '/fr/professionals/partner/co-lead');
      page = await org.post('/fr/professionals/partner/co-lead', { coLeader: 'peer-expert' });
      page = await org.post('/fr/professionals/partner/organisation', {
        'organisation.name': 'AMO Anderlecht',
        'organisation.kind': 'amo',
        'organisation.enterpriseNumber': '0440.966.355',
      });
      assert.equal(page.status, 400);
      assert.match(page.body, /numéro d’entreprise n’est pas valide/);
      page = await org.post('/fr/professionals/partner/organisation', {
        'organisation.name': 'AMO Anderlecht',
        'organisation.kind': 'amo',
        'organisation.enterpriseNumber': 'BE 0440 966 354',
      });
      assert.equal(page.url, '/fr/professionals/partner/venue');
      page = await org.post('/fr/professionals/partner/venue', {
        'venue.street': 'Rue Wayez 1',
        'venue.postcode': '1070',
        'venue.accessibility': 'partly',
        'venue.capacity': '15',
        'venue.openingTimes': 'Lundi–vendredi 9–17 h',
      });
      page = await org.post('/fr/professionals/partner/public', {
        'venue.languages': ['fr', 'ar'],
        'venue.targetPublic': ['young-people'],
      });
      page = await org.post('/fr/professionals/partner/contact', {
        'contact.name': 'Sarah',
        'contact.email': 'sarah@amo.example',
        'contact.language': 'fr',
      });
      page = await org.post('/fr/professionals/partner/message', { message: '' });
      assert.equal(page.url, '/fr/professionals/partner/check');
      assert.match(page.body, /0440\.966\.354/);
      page = await org.post('/fr/professionals/partner/check', {});
      assert.match(page.body, /data-reference="true">ORG-/);
    });
  });
}
