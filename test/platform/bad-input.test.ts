// "No request may produce a 500 for bad input": every registered route, as an anonymous visitor,
// a signed-in coordinator and a platform admin, gets malformed parameters, query strings, bodies
// and form fields (repeated, oversized, wrong types, broken encodings), and must answer below 500.
// Form posts carry a valid CSRF token so the garbage reaches the handlers, and each form's own
// field names (read from the page) are fuzzed.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createPerson } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { fuzzPersonas, type Persona, routesOnce } from '../support/fuzzing.ts';

const TOKEN = 'bad-input-test-token-0123456789abcdef';
const LONG = 'é'.repeat(5000);

const PARAM_VALUES = [
  '00000000-0000-4000-8000-000000000000',
  'not-an-id',
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  'GP-0000-0000',
  encodeURIComponent(LONG),
];

const QUERIES = [
  '',
  '?limit=-5&offset=x&postcode=%3Cscript%3E&age=99999999999999999999&month=2024-13&lang=xx&page=-1',
  '?postcode=1000&postcode=1030&age=1&age=2&status=a&status=b&kind=x&kind=y',
  '?q=%E0%A4%A&place=%C0%AF',
  `?place=${encodeURIComponent(LONG)}&reference=${encodeURIComponent(LONG)}&email=${encodeURIComponent(LONG)}`,
  '?date=2024-02-30&from=9999-99-99&until=0000-00-00&month=abcd-ef',
];

const JSON_BODIES = [
  '{"a":',
  '[1,2,3]',
  '"just a string"',
  'null',
  '{"date":123,"birthDate":"1990-02-30","history":"x","practice":null,"requester":[],"kind":{"a":1},"niss":"00000000000","function":7,"mode":null}',
  JSON.stringify({ deep: JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) }),
  JSON.stringify({ description: LONG, practice: { name: LONG, street: LONG, postcode: '1020' } }),
];

function withParams(url: string, value: string): string {
  return url.replace(/:[A-Za-z]+/g, value).replace(/\*$/, value);
}

function formNames(html: string): string[] {
  return [...new Set([...html.matchAll(/name="([^"]+)"/g)].map((match) => match[1]!))].filter(
    (name) => name !== '_csrf',
  );
}

function fuzzForms(names: string[]): string[] {
  const encode = (pairs: Array<[string, string]>) => new URLSearchParams(pairs).toString();
  return [
    encode(names.flatMap((name) => [[name, 'a'] as [string, string], [name, 'b'] as [string, string]])),
    encode(names.map((name) => [name, LONG] as [string, string])),
    encode(names.map((name) => [name, '-1'] as [string, string])),
    encode(names.map((name) => [name, '<script>alert(1)</script>%00'] as [string, string])),
    'a=%ZZ&b=%E0%A4%A&c',
    '',
  ];
}

for (const engine of testEngines()) {
  describe(`no request gives a 500 for bad input (${engine})`, () => {
    let t: TestApp;
    let personas: Persona[];
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      const coordinator = await createPerson(t, {
        email: 'fuzz-coordinator@example.be',
        grants: [{ role: 'coordinator', networkId: 'bru-stars', zoneId: 'north-west' }],
      });
      const admin = await createPerson(t, {
        email: 'fuzz-admin@example.be',
        grants: [{ role: 'platform-admin' }],
      });
      personas = await fuzzPersonas(t, TOKEN, { coordinator, 'platform admin': admin });
    });
    after(() => t.close());

    const routes = (methods: string[]) => routesOnce(t, methods);

    async function expectBelow500(
      label: string,
      response: LightMyRequestResponse,
      failures: string[],
    ): Promise<void> {
      if (response.statusCode >= 500)
        failures.push(`${label} → ${response.statusCode}: ${response.body.slice(0, 200)}`);
    }

    it('answers every GET route with malformed parameters and query strings below 500', async () => {
      const failures: string[] = [];
      for (const persona of personas) {
        for (const route of routes(['GET'])) {
          // Each bad parameter with a plain query, and each bad query with the first parameter:
          // every malformed value reaches every route, without their product (36 requests a
          // route, where 11 say the same).
          const requests: Array<[string | null, string]> = route.url.includes(':')
            ? [
                ...PARAM_VALUES.map((value): [string, string] => [value, '']),
                ...QUERIES.slice(1).map((query): [string, string] => [PARAM_VALUES[0]!, query]),
              ]
            : QUERIES.map((query): [null, string] => [null, query]);
          for (const [value, query] of requests) {
            const path = value === null ? route.url : withParams(route.url, value);
            const response = await t.app.inject({
              method: 'GET',
              url: `${path}${query}`,
              headers: {
                ...persona.headers,
                cookie: [...persona.client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
              },
            });
            await expectBelow500(`${persona.name} GET ${path}${query.slice(0, 60)}`, response, failures);
          }
        }
      }
      assert.deepEqual(failures, []);
    });

    it('answers every POST, PUT, PATCH and DELETE route with broken bodies below 500', async () => {
      const failures: string[] = [];
      for (const persona of personas) {
        // A page with a form gives a valid CSRF token, so form garbage reaches the handlers.
        await persona.client.get('/fr/sign-in');
        for (const route of routes(['POST', 'PUT', 'PATCH', 'DELETE'])) {
          for (const value of route.url.includes(':') ? PARAM_VALUES.slice(0, 3) : [null]) {
            const path = value === null ? route.url : withParams(route.url, value);
            const cookie = () => [...persona.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
            for (const body of JSON_BODIES) {
              const response = await t.app.inject({
                method: route.method as 'POST',
                url: path,
                headers: { ...persona.headers, cookie: cookie(), 'content-type': 'application/json' },
                payload: body,
              });
              await expectBelow500(
                `${persona.name} ${route.method} ${path} json ${body.slice(0, 40)}`,
                response,
                failures,
              );
            }
            for (const contentType of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
              const response = await t.app.inject({
                method: route.method as 'POST',
                url: path,
                headers: { ...persona.headers, cookie: cookie(), 'content-type': contentType },
                payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--y--',
              });
              await expectBelow500(
                `${persona.name} ${route.method} ${path} ${contentType}`,
                response,
                failures,
              );
            }
            // Form posts: the page's own fields, repeated, oversized, negative, hostile.
            const page =
              route.method === 'POST' && !path.startsWith('/api/') ? await persona.client.get(path) : null;
            const names = page && page.statusCode === 200 ? formNames(page.body) : ['a'];
            const token = page ? /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] : undefined;
            if (!token) await persona.client.get('/fr/sign-in');
            for (const form of fuzzForms(names)) {
              const response = await persona.client.post(path, Object.fromEntries(new URLSearchParams(form)));
              await expectBelow500(
                `${persona.name} POST ${path} form ${form.slice(0, 60)}`,
                response,
                failures,
              );
              const raw = await t.app.inject({
                method: 'POST',
                url: path,
                headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
                payload: `_csrf=${encodeURIComponent(token ?? '')}&${form}`,
              });
              await expectBelow500(
                `${persona.name} POST ${path} raw form ${form.slice(0, 60)}`,
                raw,
                failures,
              );
            }
          }
        }
      }
      assert.deepEqual(failures, []);
    });
  });
}
