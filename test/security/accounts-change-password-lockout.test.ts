// Issue 11, Low: the current-password check on the change-password page is a password check like
// signing in. Wrong current passwords count as failures and lock the account; while it is locked
// even the right current password changes nothing, and the owner is e-mailed.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, mailTo, PASSWORD } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

const MINUTE = 60_000;

for (const engine of testEngines()) {
  describe(`guessing the current password locks the account (${engine})`, () => {
    let t: TestApp;
    let now = Date.parse('2025-06-02T08:00:00Z');
    before(async () => {
      t = await startTestApp(
        engine,
        { OUTBOX_POLL_MS: '3600000', LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_MINUTES: '15' },
        undefined,
        { clock: () => new Date(now) },
      );
    });
    after(() => t.close());

    it('locks after LOGIN_MAX_FAILURES wrong current passwords and refuses even the right one until the lock ends', async () => {
      await createPerson(t, { email: 'guessed@practice.example', password: PASSWORD });
      const session = new TestClient(t);
      await session.submit('/fr/sign-in', { email: 'guessed@practice.example', password: PASSWORD });
      assert.equal((await session.get('/fr/account')).statusCode, 200);

      for (let attempt = 1; attempt <= 2; attempt++) {
        const wrong = await session.submit('/fr/account/password', {
          current: `pas le mien ${attempt} du tout`,
          password: 'nouvelle phrase très secrète',
        });
        assert.equal(wrong.statusCode, 400);
        assert.match(wrong.body, /Le mot de passe actuel est incorrect/);
      }
      const third = await session.submit('/fr/account/password', {
        current: 'pas le mien 3 du tout',
        password: 'nouvelle phrase très secrète',
      });
      assert.match(third.body, /Votre compte est verrouillé jusqu’à/);
      const right = await session.submit('/fr/account/password', {
        current: PASSWORD,
        password: 'nouvelle phrase très secrète',
      });
      assert.equal(right.statusCode, 400, 'the right current password waits for the lock to end');
      assert.match(right.body, /Votre compte est verrouillé jusqu’à/);
      const locked = (await mailTo(t, 'guessed@practice.example')).filter((m) => m.topic === 'auth.locked');
      assert.equal(locked.length, 1, 'the owner is e-mailed');
      const signIn = await new TestClient(t).submit('/fr/sign-in', {
        email: 'guessed@practice.example',
        password: PASSWORD,
      });
      assert.equal(signIn.statusCode, 401, 'the account is locked for signing in too');

      now += 16 * MINUTE;
      const later = new TestClient(t);
      const back = await later.submit('/fr/sign-in', {
        email: 'guessed@practice.example',
        password: PASSWORD,
      });
      assert.equal(back.statusCode, 303, 'the password did not change; the lock ended');
    });
  });
}
