// Issue 11, Low: under https every cookie Passerelle sets carries the `__Host-` prefix, so the
// browser keeps it only with Secure, Path=/ and no Domain, and a sibling subdomain cannot set or
// replace it (cookie tossing); and a CSRF token is bound to the session it was made for: a
// token taken from one session is refused in another, even with the same CSRF secret cookie.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SESSION_COOKIE } from '../../src/platform/auth/plugin.ts';
import { createPerson, PASSWORD, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

/** Every Set-Cookie header of an answer, raw. */
const setCookies = (response: { headers: Record<string, unknown> }): string[] =>
  [response.headers['set-cookie'] ?? []].flat().map(String);

for (const engine of testEngines()) {
  describe(`cookies under https (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, { OUTBOX_POLL_MS: '3600000', PUBLIC_URL: 'https://passerelle.example' });
      await createPerson(t, { email: 'hosted@practice.example', password: PASSWORD });
    });
    after(() => t.close());

    it('sets every cookie with the __Host- prefix, Secure, Path=/ and no Domain', async () => {
      const person = new TestClient(t);
      const seen: string[] = [];
      const keep = <R extends { headers: Record<string, unknown> }>(response: R): R => {
        seen.push(...setCookies(response));
        return response;
      };
      keep(await person.get('/fr/sign-in'));
      keep(await person.post('/fr/sign-in', { email: 'hosted@practice.example', password: PASSWORD }));
      keep(await person.get('/fr/account'));
      const start = keep(await person.get('/fr/professionals/support'));
      const first = /href="(\/fr\/professionals\/support\/[a-z-]+)"/.exec(start.body)![1]!;
      keep(await person.get(first));
      keep(await person.post(first, {}));
      keep(await person.post('/fr/sign-out'));

      const names = new Set(seen.map((cookie) => cookie.split('=')[0]!));
      assert.ok(names.has(`__Host-${SESSION_COOKIE}`), [...names].join(', '));
      assert.ok(
        [...names].some((name) => /csrf/.test(name)),
        'the CSRF secret cookie',
      );
      assert.ok(
        [...names].some((name) => /draft/.test(name)),
        'the form draft cookie',
      );
      for (const cookie of seen) {
        assert.match(cookie, /^__Host-/, cookie.split(';')[0]);
        assert.match(cookie, /;\s*Secure/i, cookie.split(';')[0]);
        assert.match(cookie, /;\s*Path=\/(;|$)/i, cookie.split(';')[0]);
        assert.doesNotMatch(cookie, /;\s*Domain=/i, cookie.split(';')[0]);
      }
    });

    it('ignores a session cookie without the prefix (one a sibling subdomain could set)', async () => {
      const id = await createPerson(t, { email: 'tossed@practice.example' });
      const token = await t.services.accounts.auth.sessions.start(t.database.db, id);
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: `${SESSION_COOKIE}=${t.app.signCookie(token)}` },
      });
      assert.equal(response.statusCode, 401);
    });
  });

  describe(`CSRF tokens are bound to the session (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, { OUTBOX_POLL_MS: '3600000' });
    });
    after(() => t.close());

    it('refuses a token made for one session in another, even with the same secret cookie', async () => {
      const alice = await signedInClient(t, await createPerson(t, { email: 'alice@practice.example' }));
      const bob = await signedInClient(t, await createPerson(t, { email: 'bob@practice.example' }));
      const page = await alice.get('/fr/account');
      const aliceToken = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;

      // Bob's session, Alice's CSRF secret cookie and token: the session differs, so it is refused.
      const csrfCookies = [...alice.cookies].filter(([name]) => /csrf/.test(name));
      const session = [...bob.cookies].filter(([name]) => !/csrf/.test(name));
      const cookie = [...csrfCookies, ...session].map(([name, value]) => `${name}=${value}`).join('; ');
      const crossed = await t.app.inject({
        method: 'POST',
        url: '/fr/account/sign-out-everywhere',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: `_csrf=${encodeURIComponent(aliceToken)}`,
      });
      assert.equal(crossed.statusCode, 403);
      assert.equal((await bob.get('/api/v1/me')).statusCode, 200, 'Bob is still signed in');

      // A token made before signing in does not work once signed in either.
      const visitor = new TestClient(t);
      await visitor.get('/fr/sign-in');
      const anonymous = [...visitor.cookies].map(([name, value]) => `${name}=${value}`);
      const before = /name="_csrf" value="([^"]+)"/.exec((await visitor.get('/fr/sign-in')).body)![1]!;
      const mixed = await t.app.inject({
        method: 'POST',
        url: '/fr/account/sign-out-everywhere',
        headers: {
          cookie: [...anonymous, ...session.map(([name, value]) => `${name}=${value}`)].join('; '),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: `_csrf=${encodeURIComponent(before)}`,
      });
      assert.equal(mixed.statusCode, 403);

      // The token of Alice's own page works for Alice.
      const own = await alice.post('/fr/account/sign-out-everywhere');
      assert.equal(own.statusCode, 303);
    });
  });
}
