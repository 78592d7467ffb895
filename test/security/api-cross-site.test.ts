// Cross-site requests against the API (issue 11, medium 4): a page on another origin, even a
// sibling one on the same site, must not be able to act with a signed-in person's cookie. Every
// API route that takes a body answers 415 to anything but JSON when a cookie comes with it (a
// form or a text/plain fetch cannot send JSON without a CORS preflight, never granted), and a
// state-changing request that says it comes from another origin (Origin, Sec-Fetch-Site) is
// refused with 403. Same-origin JSON, scripts without a cookie and bearer-token machines work.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

const PUBLIC_URL = 'http://passerelle.example.be';
const TOKEN = 'api-cross-site-test-token-0123456789abcdef';
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];
const NOWHERE = '00000000-0000-4000-8000-000000000000';

const NOT_JSON: Array<[string, string]> = [
  ['application/x-www-form-urlencoded', 'type=note&text=from+a+form&reason=x&niss=1'],
  ['text/plain', '{"type":"note","text":"from a text/plain fetch"}'],
  ['text/plain;charset=UTF-8', '{"type":"note","text":"again"}'],
  [
    'multipart/form-data; boundary=x',
    '--x\r\nContent-Disposition: form-data; name="type"\r\n\r\nnote\r\n--x--\r\n',
  ],
];

const FOREIGN: Array<Record<string, string>> = [
  { origin: 'http://forum.example.be' }, // a sibling origin: same site, another origin
  { origin: 'https://evil.example' },
  { origin: 'http://passerelle.example.be:8080' },
  { origin: 'null', 'sec-fetch-site': 'cross-site' },
  { 'sec-fetch-site': 'same-site' },
  { 'sec-fetch-site': 'cross-site' },
  { origin: PUBLIC_URL, 'sec-fetch-site': 'same-site' },
];

for (const engine of testEngines()) {
  describe(`API refuses cross-site requests (${engine})`, () => {
    let t: TestApp;
    let cookie: string;
    let caseId: string;

    before(async () => {
      t = await startTestApp(engine, { PUBLIC_URL, API_ADMIN_TOKEN: TOKEN });
      const submitted = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: GP_REQUEST,
      });
      assert.equal(submitted.statusCode, 201, submitted.body);
      caseId = submitted.json().id;
      const coordinator = await createPerson(t, {
        email: 'nw@cross-site.example',
        grants: [
          { role: 'coordinator', networkId: 'bru-stars', zoneId: 'north-west' },
          { role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' },
        ],
      });
      const client = await signedInClient(t, coordinator);
      cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    });
    after(() => t.close());

    const act = (headers: Record<string, string>, text: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/support-requests/${caseId}/actions`,
        headers: { cookie, ...headers },
        payload: { type: 'note', text },
      });
    const notes = async () => {
      const view = await t.app.inject({ url: `/api/v1/support-requests/${caseId}`, headers: { cookie } });
      assert.equal(view.statusCode, 200);
      return (view.json().actions as Array<{ type: string; payload: { text?: string } }>)
        .filter((action) => action.type === 'note')
        .map((action) => action.payload.text);
    };

    it('answers 415 to a form, multipart or text/plain body with a session cookie on every API route that takes one', async () => {
      const seen = new Set<string>();
      const routes = t.app.registeredRoutes.filter((route) => {
        const key = `${route.method} ${route.url}`;
        if (!route.url.startsWith('/api/') || !WRITES.includes(route.method) || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const urls = routes.map((route) => route.url);
      for (const expected of [
        '/api/v1/support-requests/:id/actions',
        '/api/v1/partner-offers/:id/actions',
        '/api/v1/sessions',
      ])
        assert.ok(urls.includes(expected), `${expected} is registered`);
      const failures: string[] = [];
      for (const route of routes) {
        // An id that names nothing: a body that got through could not change anything.
        const url = route.url.replace(/:[A-Za-z]+/g, NOWHERE);
        for (const [type, payload] of NOT_JSON) {
          const response = await t.app.inject({
            method: route.method as 'POST',
            url,
            headers: { cookie, 'content-type': type },
            payload,
          });
          if (
            response.statusCode !== 415 ||
            !String(response.headers['content-type']).startsWith('application/problem+json')
          )
            failures.push(`${route.method} ${route.url} with ${type} → ${response.statusCode}`);
        }
      }
      assert.deepEqual(failures, []);
      assert.deepEqual(await notes(), [], 'nothing was acted on');
    });

    it('explains the 415 in the caller’s language', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/partner-offers/${NOWHERE}/actions?lang=nl`,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'type=decline&reason=spam',
      });
      assert.equal(response.statusCode, 415);
      assert.match(response.json().detail, /JSON/);
      assert.match(response.json().detail, /Stuur/);
    });

    it('refuses a JSON action that says it comes from another origin or site (403), changing nothing', async () => {
      for (const headers of FOREIGN) {
        const response = await act(headers, `from ${JSON.stringify(headers)}`);
        assert.equal(response.statusCode, 403, JSON.stringify(headers));
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
        assert.equal(response.json().type, 'urn:passerelle:problem:cross-origin');
      }
      assert.deepEqual(await notes(), []);
      // Without any cookie too: a foreign page cannot submit on a visitor's behalf either.
      const anonymous = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests?lang=en',
        headers: { origin: 'http://forum.example.be' },
        payload: GP_REQUEST,
      });
      assert.equal(anonymous.statusCode, 403);
      assert.match(anonymous.json().detail, /another site/);
    });

    it('accepts same-origin JSON, and cookie-less scripts and machines without those headers', async () => {
      assert.equal(
        (await act({ origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' }, 'same origin')).statusCode,
        200,
      );
      // A page served with Referrer-Policy: no-referrer sends Origin: null on its own POSTs.
      assert.equal(
        (await act({ origin: 'null', 'sec-fetch-site': 'same-origin' }, 'null origin')).statusCode,
        200,
      );
      // A script holding the cookie, without browser headers (JSON keeps forms out).
      assert.equal((await act({}, 'script')).statusCode, 200);
      assert.deepEqual(await notes(), ['same origin', 'null origin', 'script']);
      const machine = await t.app.inject({
        method: 'GET',
        url: '/api/v1/statements?month=2024-05',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(machine.statusCode, 200);
      const anonymous = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: GP_REQUEST,
      });
      assert.equal(anonymous.statusCode, 201);
    });

    it('refuses a form post sent from another site even with a valid CSRF token; same-origin forms work', async () => {
      const client = await signedInClient(t, await createPerson(t, { email: 'form@cross-site.example' }));
      const page = await client.get('/en/account');
      assert.equal(page.statusCode, 200);
      const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const post = (headers: Record<string, string>) =>
        t.app.inject({
          method: 'POST',
          url: '/en/sign-out',
          headers: {
            cookie: [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
            'content-type': 'application/x-www-form-urlencoded',
            ...headers,
          },
          payload: new URLSearchParams({ _csrf: token }).toString(),
        });
      for (const site of ['same-site', 'cross-site']) {
        const refused = await post({ 'sec-fetch-site': site });
        assert.equal(refused.statusCode, 403, site);
        assert.match(refused.headers['content-type'] as string, /^text\/html/);
        assert.match(refused.body, /another site/);
      }
      assert.equal((await client.get('/en/account')).statusCode, 200, 'still signed in');
      const signedOut = await post({ 'sec-fetch-site': 'same-origin' });
      assert.equal(signedOut.statusCode, 303);
    });
  });
}
