// Typed text is never lost on staff forms: for each family of staff form, a bad value is posted
// and the page that says what is wrong shows back what was typed. (The request case page's
// forms: test/requests/case-page.test.ts; a committee's meeting and decision forms:
// test/committees/meetings.test.ts.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { act, caseIdFrom, coordinatorOf, fillAll, SERVICE } from '../applications/support/helpers.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

for (const engine of testEngines()) {
  describe(`staff forms keep what was typed (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    it('an application action: a date that does not exist, with the notes typed beside it', async () => {
      const applicant = await signedInClient(
        t,
        await createPerson(t, { email: 'svc@example.be', locale: 'fr' }),
      );
      await fillAll(t, applicant, '/fr/professionals/service', SERVICE);
      const id = caseIdFrom(
        (await applicant.post('/fr/professionals/service/check')).headers.location as string,
      );
      const nw = await signedInClient(
        t,
        await createPerson(t, { email: 'nw@coordination.example', grants: coordinatorOf('north-west') }),
      );
      assert.equal((await act(t, nw, 'fr', id, 'start-check', {})).statusCode, 303);
      const wrong = await act(t, nw, 'fr', id, 'log-contact', {
        date: '31/02/2026',
        text: 'Rencontre à la maison médicale du Nord',
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /id="log-contact-date"[^>]*value="31\/02\/2026"/);
      assert.match(wrong.body, /id="log-contact-text"[^>]*>Rencontre à la maison médicale du Nord</);
      // The other forms of the page stay empty: the text belongs to the form it was typed in.
      assert.doesNotMatch(wrong.body, /id="request-information-text"[^>]*>Rencontre/);
    });

    it('the first-contact target of a network: a number out of range', async () => {
      const admin = await signedInClient(
        t,
        await createPerson(t, {
          email: 'admin@brumenta.example',
          grants: [{ role: 'network-admin', networkId: 'brumenta' }],
        }),
      );
      const wrong = await admin.submit('/fr/inbox/settings', { network: 'brumenta', days: '90' });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /id="days-brumenta"[^>]*value="90"/);
    });

    it('inviting a staff member: an address that is not one, with the name typed', async () => {
      const root = await signedInClient(
        t,
        await createPerson(t, { email: 'root@passerelle.example', grants: [{ role: 'platform-admin' }] }),
      );
      const wrong = await root.submit('/fr/admin/staff/invite', {
        displayName: 'Nadia Nouvelle',
        email: 'nadia@@brumenta',
        language: 'nl',
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /value="Nadia Nouvelle"/);
      assert.match(wrong.body, /value="nadia@@brumenta"/);
      const invited = await root.submit('/fr/admin/staff/invite', {
        displayName: 'Nadia Nouvelle',
        email: 'nadia@brumenta.example',
        language: 'nl',
      });
      const personUrl = (invited.headers.location as string).split('?')[0]!;
      // Giving a role: a coordinator without a zone keeps the role chosen.
      const noZone = await root.submit(personUrl, { role: 'coordinator' }, `${personUrl}/grants`);
      assert.equal(noZone.statusCode, 400);
      assert.match(noZone.body, /value="coordinator"[^>]*checked/);
    });
  });
}
