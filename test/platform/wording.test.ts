// Words that reached the wrong reader or did not agree (issue 12): an expired invitation told its
// invitee to ask for a password reset they cannot use; the inbox offered "Tous" languages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { coordinatorOf } from '../applications/support/helpers.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

describe('words addressed to the right person, in agreement', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('embedded');
  });
  after(() => t.close());

  it('tells the holder of a spent invitation to ask whoever invited them, not to reset a password', async () => {
    const page = await t.app.inject('/fr/accept-invitation?token=spent');
    assert.equal(page.statusCode, 404);
    assert.match(page.body, /Demandez à la personne qui vous a invité·e de vous inviter à nouveau/);
    assert.doesNotMatch(page.body, /href="\/fr\/forgot-password"/);
    const reset = await t.app.inject('/nl/reset-password?token=spent');
    assert.match(reset.body, /href="\/nl\/forgot-password">Een nieuwe link vragen/);
  });

  it('offers "Toutes les langues" in the inbox language filter', async () => {
    const id = await createPerson(t, { email: 'words@coordination.example', grants: coordinatorOf('east') });
    const client = await signedInClient(t, id);
    const inbox = await client.get('/fr/inbox');
    assert.equal(inbox.statusCode, 200);
    assert.match(inbox.body, /id="language"[^>]*><option value(="")?>Toutes les langues<\/option>/);
  });
});
