// Issue 12: after signing in, people land on their work: coordinators on the inbox, clinicians
// on their profile, an applicant on the questionnaire they left or on their applications, and
// only someone with none of these on their account page.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DECLARATION, postForm } from '../applications/support/helpers.ts';
import { validProfile } from '../directory/fixtures.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

for (const engine of testEngines()) {
  describe(`where people land after signing in (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    const clinicianAccounts = new Map<string, string>();
    async function landing(grants: Parameters<typeof createPerson>[1]['grants'], email: string) {
      const account = await createPerson(t, { email, grants });
      clinicianAccounts.set(email, account);
      const client = await signedInClient(t, account);
      return { client, location: (await client.get('/nl/start')).headers.location };
    }

    it('sends a coordinator to the inbox and a clinician to their profile', async () => {
      const coordinator = await landing(
        [{ role: 'coordinator', networkId: 'bru-stars', zoneId: 'north-west' }],
        'land-coordinator@example.be',
      );
      assert.equal(coordinator.location, '/nl/inbox');
      const clinician = await landing(
        [{ role: 'clinician', networkId: 'brumenta' }],
        'land-clinician@example.be',
      );
      const checked = t.services.directory.validate(validProfile({ updatedAt: '2025-01-02' }));
      assert.ok(checked.ok);
      const [profileId] = (await t.services.directory.addClinicians([checked.value])) as [string];
      assert.equal(clinician.location, '/nl/start/profile-missing', 'no profile linked yet');
      await t.services.directory.linkAccount(profileId, clinicianAccounts.get('land-clinician@example.be')!);
      assert.equal((await clinician.client.get('/nl/start')).headers.location, '/nl/my/profile');
      const member = await landing(
        [{ role: 'committee-member', bodyId: 'brumenta-board' }],
        'land-member@example.be',
      );
      assert.equal(member.location, '/nl/committees');
    });

    it('tells a clinician without a linked profile what that means and whom to ask, by name', async () => {
      await createPerson(t, {
        email: 'admin-brumenta@example.be',
        displayName: 'Marie Dubois',
        grants: [{ role: 'network-admin', networkId: 'brumenta' }],
      });
      await createPerson(t, {
        email: 'admin-brustars@example.be',
        displayName: 'Jan Peeters',
        grants: [{ role: 'network-admin', networkId: 'bru-stars' }],
      });
      const unlinked = await landing([{ role: 'clinician', networkId: 'brumenta' }], 'unlinked@example.be');
      assert.equal(unlinked.location, '/nl/start/profile-missing');
      const page = await unlinked.client.get('/fr/start/profile-missing');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Votre profil de clinicien n’est pas encore lié/);
      assert.match(page.body, /unlinked@example\.be/);
      assert.match(page.body, /Marie Dubois, Brumenta/);
      assert.match(page.body, /mailto:admin-brumenta@example\.be/);
      assert.doesNotMatch(page.body, /Jan Peeters/, 'only the admins of the clinician’s own network');
      assert.match((await unlinked.client.get('/en/start/profile-missing')).body, /not linked yet/);
    });

    it('sends an applicant back to the questionnaire they left, and someone with nothing to their account', async () => {
      const nobody = await landing([], 'land-nobody@example.be');
      assert.equal(nobody.location, '/nl/account');
      const [section, fields] = DECLARATION[0]!;
      const saved = await postForm(t, nobody.client, `/fr/professionals/join/${section}`, fields);
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
      assert.equal((await nobody.client.get('/nl/start')).headers.location, '/nl/professionals/join');
    });

    it('sends a visitor who is not signed in to sign in first', async () => {
      const response = await new TestClient(t).get('/fr/start');
      assert.equal(response.statusCode, 303);
      assert.match(response.headers.location ?? '', /^\/fr\/sign-in/);
    });
  });
}
