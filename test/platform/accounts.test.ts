import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createPerson, linkIn, mailTo, PASSWORD } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

const MINUTE = 60_000;

for (const engine of testEngines()) {
  describe(`accounts end to end (${engine})`, () => {
    let t: TestApp;
    let now = Date.parse('2025-03-10T09:00:00Z');
    const clock = () => new Date(now);
    before(async () => {
      t = await startTestApp(
        engine,
        { OUTBOX_POLL_MS: '3600000', PUBLIC_URL: 'https://passerelle.example' },
        undefined,
        {
          clock,
        },
      );
    });
    after(() => t.close());

    it('creates an account, confirms the address, signs in and out', async () => {
      const gp = new TestClient(t);
      const form = {
        kind: 'gp',
        displayName: 'Dr An Peeters',
        email: 'An.Peeters@huisarts.example',
        password: PASSWORD,
        language: 'nl',
      };
      const weak = await gp.submit('/fr/create-account', { ...form, password: 'Sh0rt!' });
      assert.equal(weak.statusCode, 400);
      assert.match(weak.body, /au moins 15 caractères/);
      assert.match(weak.body, /value="Dr An Peeters"/, 'what was typed is kept');

      const created = await gp.submit('/fr/create-account', form);
      assert.equal(created.statusCode, 200);
      assert.match(created.body, /Vérifiez vos e-mails/);
      const [verify] = await mailTo(t, 'an.peeters@huisarts.example');
      assert.equal(verify!.locale, 'nl');
      assert.equal(verify!.subject, 'Bevestig uw e-mailadres');
      assert.match(verify!.textBody, /^Beste Dr An Peeters,/);
      let link = linkIn(verify!.textBody);
      assert.match(link, /^\/nl\/verify-email\?token=[\w-]{43}$/);

      const early = await gp.submit('/fr/sign-in', { email: form.email, password: PASSWORD });
      assert.equal(early.statusCode, 401);
      assert.match(early.body, /Confirmez d’abord votre adresse e-mail/);

      assert.equal((await gp.get(link)).statusCode, 404, 'the new link sent at sign-in replaces the first');
      const resent = await mailTo(t, 'an.peeters@huisarts.example');
      assert.equal(resent.length, 2);
      link = linkIn(resent[1]!.textBody);
      const page = await gp.get(link);
      assert.equal(page.statusCode, 200);
      const confirmed = await gp.post('/nl/verify-email', {
        token: new URLSearchParams(link.split('?')[1]).get('token')!,
      });
      assert.equal(confirmed.statusCode, 303);
      assert.equal(confirmed.headers.location, '/nl/sign-in?notice=verified');
      assert.equal((await gp.get(link)).statusCode, 404, 'a link works once');

      const signedIn = await gp.submit('/fr/sign-in', { email: form.email, password: PASSWORD });
      assert.equal(signedIn.statusCode, 303);
      assert.equal(signedIn.headers.location, '/fr/start');
      const session = signedIn.cookies.find((c) => c.name === '__Host-passerelle_session')!;
      assert.equal(session.httpOnly, true);
      assert.equal(session.sameSite, 'Lax');
      assert.equal(session.secure, true, 'PUBLIC_URL is https');
      const account = await gp.get('/fr/account');
      assert.equal(account.statusCode, 200);
      assert.match(account.body, /Dr An Peeters/);
      assert.match(account.body, /Médecin généraliste/);
      assert.match(account.body, /Se déconnecter/);

      const out = await gp.post('/fr/sign-out');
      assert.equal(out.headers.location, '/fr/sign-in?notice=signed-out');
      const again = await gp.get('/fr/account');
      assert.equal(again.statusCode, 303);
      assert.equal(again.headers.location, '/fr/sign-in?next=%2Ffr%2Faccount');
      const api = await gp.get('/api/v1/me');
      assert.equal(api.statusCode, 401);
    });

    it('does not tell whether an address has an account', async () => {
      await createPerson(t, { email: 'taken@practice.example', locale: 'en' });
      const stranger = new TestClient(t);
      const response = await stranger.submit('/fr/create-account', {
        kind: 'organisation',
        displayName: 'Someone',
        email: 'taken@practice.example',
        password: PASSWORD,
        language: 'fr',
      });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Vérifiez vos e-mails/);
      const [message] = await mailTo(t, 'taken@practice.example');
      assert.equal(message!.topic, 'auth.existing');
      assert.equal(message!.subject, 'You already have a Passerelle account');

      const forgot = await stranger.submit('/fr/forgot-password', { email: 'nobody@practice.example' });
      assert.equal(forgot.statusCode, 200);
      assert.match(forgot.body, /Si un compte existe/);
      assert.equal((await mailTo(t, 'nobody@practice.example')).length, 0);
    });

    it('resets a forgotten password once, with a link that expires', async () => {
      await createPerson(t, { email: 'reset@practice.example', password: PASSWORD });
      const person = new TestClient(t);
      await person.submit('/fr/forgot-password', { email: 'Reset@practice.example ' });
      const link = linkIn((await mailTo(t, 'reset@practice.example')).at(-1)!.textBody);
      const token = new URLSearchParams(link.split('?')[1]).get('token')!;
      assert.equal((await person.get(link)).statusCode, 200);
      const weak = await person.post('/fr/reset-password', { token, password: 'passwordpassword' });
      assert.equal(weak.statusCode, 400);
      assert.match(weak.body, /trop connu/);
      const done = await person.post('/fr/reset-password', { token, password: 'vélo tartine girafe' });
      assert.equal(done.headers.location, '/fr/sign-in?notice=reset');
      assert.equal(
        (await person.post('/fr/reset-password', { token, password: 'encore autre chose' })).statusCode,
        404,
      );
      assert.equal(
        (await person.submit('/fr/sign-in', { email: 'reset@practice.example', password: PASSWORD }))
          .statusCode,
        401,
      );
      assert.equal(
        (
          await person.submit('/fr/sign-in', {
            email: 'reset@practice.example',
            password: 'vélo tartine girafe',
          })
        ).statusCode,
        303,
      );

      await person.submit('/fr/forgot-password', { email: 'reset@practice.example' });
      const late = linkIn((await mailTo(t, 'reset@practice.example')).at(-1)!.textBody);
      now += 61 * MINUTE;
      assert.equal((await person.get(late)).statusCode, 404, 'a reset link lasts an hour');
    });

    it('locks an account after repeated failures, says so, e-mails its owner, and unlocks later', async () => {
      await createPerson(t, { email: 'lock@practice.example', password: PASSWORD, locale: 'nl' });
      const attacker = new TestClient(t);
      for (let attempt = 1; attempt <= 4; attempt++) {
        const response = await attacker.submit('/nl/sign-in', {
          email: 'lock@practice.example',
          password: `wrong guess ${attempt}xx`,
        });
        assert.match(response.body, /Het e-mailadres of het wachtwoord is onjuist/);
      }
      const fifth = await attacker.submit('/nl/sign-in', {
        email: 'lock@practice.example',
        password: 'wrong guess 5xxxx',
      });
      // The same answer as a wrong password: a lock must not tell that the address has an account.
      assert.match(
        fifth.body,
        /Het e-mailadres of het wachtwoord is onjuist, of het account is een tijdje vergrendeld/,
      );
      const right = await attacker.submit('/en/sign-in', {
        email: 'lock@practice.example',
        password: PASSWORD,
      });
      assert.equal(right.statusCode, 401, 'even the right password waits for the lock to end');
      assert.match(right.body, /or the account is locked for a while/);
      const mails = (await mailTo(t, 'lock@practice.example')).filter((m) => m.topic === 'auth.locked');
      assert.equal(mails.length, 1);
      assert.equal(mails[0]!.subject, 'Uw Passerelle-account is vergrendeld');
      now += 16 * MINUTE;
      assert.equal(
        (await attacker.submit('/nl/sign-in', { email: 'lock@practice.example', password: PASSWORD }))
          .statusCode,
        303,
      );
    });

    it('ends a session after the idle time-out and after its absolute lifetime', async () => {
      const id = await createPerson(t, { email: 'idle@practice.example', password: PASSWORD });
      const person = new TestClient(t);
      await person.submit('/fr/sign-in', { email: 'idle@practice.example', password: PASSWORD });
      now += 29 * MINUTE;
      assert.equal((await person.get('/fr/account')).statusCode, 200);
      now += 29 * MINUTE;
      assert.equal((await person.get('/fr/account')).statusCode, 200, 'activity keeps the session');
      now += 31 * MINUTE;
      const idle = await person.get('/fr/account');
      assert.equal(idle.statusCode, 303);
      assert.equal(idle.headers.location, '/fr/sign-in?next=%2Ffr%2Faccount&notice=expired');
      assert.match((await person.get(idle.headers.location as string)).body, /Votre session a pris fin/);

      await person.submit('/fr/sign-in', { email: 'idle@practice.example', password: PASSWORD });
      for (let hour = 0; hour < 12; hour++) {
        now += 20 * MINUTE;
        assert.equal((await person.get('/api/v1/me')).statusCode, 200);
        now += 20 * MINUTE;
        assert.equal((await person.get('/api/v1/me')).statusCode, 200);
        now += 20 * MINUTE;
        if (hour < 11) assert.equal((await person.get('/api/v1/me')).json().accountId, id);
      }
      assert.equal((await person.get('/api/v1/me')).statusCode, 401, 'twelve hours after sign-in');
    });

    it('changes the password, ending other sessions, and signs out everywhere', async () => {
      await createPerson(t, { email: 'many@practice.example', password: PASSWORD });
      const laptop = new TestClient(t);
      const phone = new TestClient(t);
      await laptop.submit('/fr/sign-in', { email: 'many@practice.example', password: PASSWORD });
      await phone.submit('/fr/sign-in', { email: 'many@practice.example', password: PASSWORD });
      assert.match((await laptop.get('/fr/account')).body, /connecté sur 2 appareils/);

      const wrong = await laptop.submit('/fr/account/password', {
        current: 'not my password',
        password: 'nouvelle phrase secrète',
      });
      assert.match(wrong.body, /mot de passe actuel est incorrect/);
      const changed = await laptop.submit('/fr/account/password', {
        current: PASSWORD,
        password: 'nouvelle phrase secrète',
      });
      assert.equal(changed.headers.location, '/fr/account?notice=password-changed');
      assert.equal((await laptop.get('/fr/account')).statusCode, 200);
      assert.equal((await phone.get('/fr/account')).statusCode, 303, 'the other session ended');
      assert.ok((await mailTo(t, 'many@practice.example')).some((m) => m.topic === 'auth.changed'));

      await phone.submit('/fr/sign-in', {
        email: 'many@practice.example',
        password: 'nouvelle phrase secrète',
      });
      const everywhere = await laptop.submit('/fr/account', {}, '/fr/account/sign-out-everywhere');
      assert.equal(everywhere.headers.location, '/fr/sign-in?notice=everywhere');
      assert.equal((await laptop.get('/fr/account')).statusCode, 303);
      assert.equal((await phone.get('/fr/account')).statusCode, 303);
    });

    it('refuses a form without its CSRF token', async () => {
      const client = new TestClient(t);
      await client.get('/fr/sign-in');
      const forged = await t.app.inject({
        method: 'POST',
        url: '/fr/sign-in',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        payload: 'email=a%40b.be&password=x',
      });
      assert.equal(forged.statusCode, 403);
    });

    it('forgets ended sessions and links that can no longer be used', async () => {
      await createPerson(t, { email: 'purge@practice.example', password: PASSWORD });
      const person = new TestClient(t);
      await person.submit('/fr/sign-in', { email: 'purge@practice.example', password: PASSWORD });
      await person.submit('/fr/forgot-password', { email: 'purge@practice.example' });
      const count = async (table: string) =>
        Number(
          (await t.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))
            .rows[0]!.n,
        );
      assert.ok((await count('sessions')) > 0);
      now += 25 * 60 * MINUTE;
      await t.services.accounts.auth.purge();
      assert.equal(await count('sessions'), 0);
      assert.equal(await count('account_tokens'), 0);
      assert.equal(await count('sign_in_throttle'), 0);
    });

    it('shares sessions between two instances on the same database', async () => {
      const config = loadConfig({
        DATA_DIR: t.dataDir,
        RATE_LIMIT_PER_MINUTE: '0',
        OUTBOX_POLL_MS: '3600000',
        PUBLIC_URL: 'https://passerelle.example',
      });
      const second = await buildApp({
        config,
        database: t.database,
        cookieSecret: 'test-cookie-secret-0123456789abcdef',
        clock,
      });
      try {
        await createPerson(t, { email: 'shared@practice.example', password: PASSWORD });
        const one = new TestClient(t);
        await one.submit('/fr/sign-in', { email: 'shared@practice.example', password: PASSWORD });
        const two = new TestClient({ app: second.app }).copyCookiesFrom(one);
        assert.equal((await two.get('/fr/account')).statusCode, 200, 'instance two knows the session');
        await two.post('/fr/sign-out');
        assert.equal((await one.get('/fr/account')).statusCode, 303, 'signing out on two ends it on one');
      } finally {
        await second.app.close();
      }
    });
  });

  describe(`sign-in throttling per address (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, { LOGIN_MAX_FAILURES_PER_ADDRESS: '3', OUTBOX_POLL_MS: '3600000' });
    });
    after(() => t.close());

    it('blocks an address that keeps failing across accounts', async () => {
      const client = new TestClient(t);
      for (let n = 1; n <= 3; n++) {
        const response = await client.submit('/en/sign-in', {
          email: `guess${n}@practice.example`,
          password: 'some password here',
        });
        assert.match(response.body, /email address or the password is incorrect/);
      }
      const blocked = await client.submit('/en/sign-in', {
        email: 'guess4@practice.example',
        password: 'some password here',
      });
      assert.match(blocked.body, /Too many sign-in attempts from this connection/);
    });
  });
}
