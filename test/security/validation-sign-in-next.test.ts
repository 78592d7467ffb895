// Issue 11, Low: after a successful sign-in, a `next` parameter with non-ASCII or control
// characters made the redirect a 500 (a Location header cannot carry them). Only a page of
// this site, in visible ASCII, is followed; anything else lands on the person's work (/start).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, PASSWORD } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

const REFUSED = [
  '/fr/é',
  '/fr/\u0001',
  '/fr/a\u202eb',
  '/fr/\\evil.example',
  '//evil.example',
  'https://evil.example',
  `/fr/${'a'.repeat(3000)}`,
];

for (const engine of testEngines()) {
  describe(`the page after signing in (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
      await createPerson(t, { email: 'next@example.be', password: PASSWORD });
    });
    after(() => t.close());

    async function signIn(next: string) {
      const client = new TestClient(t);
      await client.get('/fr/sign-in');
      return client.post('/fr/sign-in', { email: 'next@example.be', password: PASSWORD, next });
    }

    it('follows a page of this site', async () => {
      const response = await signIn('/fr/requests?status=open');
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, '/fr/requests?status=open');
    });

    for (const next of REFUSED) {
      it(`lands on the person's work for next=${JSON.stringify(next.slice(0, 24))}`, async () => {
        const response = await signIn(next);
        assert.equal(response.statusCode, 303, response.body.slice(0, 200));
        assert.equal(response.headers.location, '/fr/start');
      });
    }

    it('does not carry a non-ASCII next into the sign-in form of a signed-out visitor', async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: `/fr/sign-in?next=${encodeURIComponent('/fr/é')}`,
      });
      assert.equal(response.statusCode, 200);
      assert.doesNotMatch(response.body, /name="next" value="\/fr\/é"/);
    });
  });
}
