// Issue 11: "the bad-input test also sends oversize and adversarial strings to every string
// field", multipart and query parameters included. Where test/platform/bad-input.test.ts breaks
// the shape of requests, this one keeps each request well formed and puts hostile text in every
// string a route reads: each JSON API field (from the route's schema), each field of each form
// (from the page itself), each query parameter (from the schema and from the page's own GET
// forms) and each part of the upload forms. No answer may be a 500.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { cookieOf } from '../applications/support/helpers.ts';
import { createPerson } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { fuzzPersonas, routesOnce } from '../support/fuzzing.ts';
import type { TestClient } from '../support/http-client.ts';

const TOKEN = 'bad-input-strings-token-0123456789abcdef';

/** Hostile text: slow-pattern bait, bytes PostgreSQL refuses, broken UTF-16, bidi, oversize. */
const HOSTILE = [
  `a@${'a.'.repeat(40_000)}@`,
  'a\u0000b',
  'x\ud800y',
  '\u202egnp.exe',
  '1'.repeat(100_000),
  ' \t\r\n'.repeat(5_000),
  '85.07.30-033.28',
  '<script>alert(1)</script>',
  "'; DROP TABLE accounts; --",
  'é'.repeat(300_000),
  '𝟏𝟐𝟑𝟒',
];
/** In a URL the same ideas, shorter: a request line of megabytes is the proxy's business. */
const HOSTILE_QUERY = HOSTILE.map((value) => value.slice(0, 4_000));
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

type Schema = Record<string, unknown>;

/** A body of the schema's shape where every string, closed or not, is `text`. */
function fill(schema: unknown, text: string, depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 8) return text;
  const node = schema as Schema;
  if (Array.isArray(node.anyOf)) return fill(node.anyOf[0], text, depth + 1);
  if (node.type === 'object' || node.properties) {
    return Object.fromEntries(
      Object.entries((node.properties ?? {}) as Record<string, unknown>).map(([name, child]) => [
        name,
        fill(child, text, depth + 1),
      ]),
    );
  }
  if (node.type === 'array') return [fill(node.items, text, depth + 1)];
  if (node.type === 'integer' || node.type === 'number') return 1;
  if (node.type === 'boolean') return true;
  return text;
}

function names(html: string, method: 'get' | 'post'): string[] {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].filter((form) =>
    method === 'get' ? /method="get"/i.test(form[1]!) : !/method="get"/i.test(form[1]!),
  );
  const found = forms.flatMap((form) => [...form[2]!.matchAll(/name="([^"]+)"/g)].map((match) => match[1]!));
  return [...new Set(found)].filter((name) => name !== '_csrf');
}

function multipart(boundary: string, parts: Array<{ name: string; value: string; filename?: string }>) {
  return Buffer.concat(
    parts.map(({ name, value, filename }) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}\r\n${filename === undefined ? '' : 'Content-Type: application/pdf\r\n'}\r\n${value}\r\n`,
      ),
    ),
  );
}

for (const engine of testEngines()) {
  describe(`hostile text in every string field never gives a 500 (${engine})`, () => {
    let t: TestApp;
    let people: Array<{ name: string; client: TestClient; headers: Record<string, string> }>;
    const failures: string[] = [];
    const check = (label: string, response: LightMyRequestResponse) => {
      if (response.statusCode >= 500)
        failures.push(`${label} → ${response.statusCode} ${response.body.slice(0, 160)}`);
    };

    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      const coordinator = await createPerson(t, {
        email: 'strings-coordinator@example.be',
        grants: [{ role: 'coordinator', networkId: 'bru-stars', zoneId: 'north-west' }],
      });
      const applicant = await createPerson(t, { email: 'strings-applicant@example.be' });
      people = await fuzzPersonas(t, TOKEN, { coordinator, applicant });
    });
    after(() => t.close());

    const routes = (methods: string[], api: boolean) =>
      routesOnce(t, methods).filter((route) => route.url.startsWith('/api/') === api);

    const withId = (url: string) => url.replace(/:[A-Za-z]+/g, SAMPLE_ID);

    it('puts hostile text in every field of every JSON API body', async () => {
      for (const person of people.filter((p) => p.name !== 'applicant')) {
        for (const route of routes(['POST', 'PUT', 'PATCH'], true)) {
          for (const text of HOSTILE) {
            const response = await t.app.inject({
              method: route.method as 'POST',
              url: withId(route.url),
              headers: {
                ...person.headers,
                cookie: cookieOf(person.client),
                'content-type': 'application/json',
              },
              payload: JSON.stringify(fill(route.schema?.body, text)),
            });
            check(
              `${person.name} ${route.method} ${route.url} ${JSON.stringify(text.slice(0, 12))}`,
              response,
            );
          }
        }
      }
      assert.deepEqual(failures.splice(0), []);
    });

    it('puts hostile text in every field of every form', async () => {
      for (const person of people.filter((p) => p.name !== 'API token')) {
        for (const route of routes(['POST'], false)) {
          const url = withId(route.url);
          const page = await person.client.get(url);
          const fields = page.statusCode === 200 ? names(page.body, 'post') : [];
          if (fields.length === 0) continue;
          for (const text of HOSTILE) {
            await person.client.get(url);
            const response = await person.client.post(
              url,
              Object.fromEntries(fields.map((name) => [name, text])),
            );
            check(`${person.name} POST ${url} ${JSON.stringify(text.slice(0, 12))}`, response);
          }
        }
      }
      assert.deepEqual(failures.splice(0), []);
    });

    it('puts hostile text in every query parameter a route or its page reads', async () => {
      for (const person of people) {
        for (const route of routes(['GET'], false).concat(routes(['GET'], true))) {
          const url = withId(route.url);
          const schema = (route.schema?.querystring ?? {}) as Schema;
          const fromSchema = Object.keys((schema.properties ?? {}) as object);
          const page =
            fromSchema.length === 0 && !url.startsWith('/api/') ? await person.client.get(url) : null;
          const fields = [...fromSchema, ...(page?.statusCode === 200 ? names(page.body, 'get') : [])];
          if (fields.length === 0) continue;
          for (const text of HOSTILE_QUERY) {
            const query = new URLSearchParams(fields.map((name) => [name, text])).toString();
            const response = await t.app.inject({
              method: 'GET',
              url: `${url}?${query}`,
              headers: { ...person.headers, cookie: cookieOf(person.client) },
            });
            check(`${person.name} GET ${url} ${JSON.stringify(text.slice(0, 12))}`, response);
          }
        }
      }
      assert.deepEqual(failures.splice(0), []);
    });

    it('puts hostile text in every part of the upload forms, and breaks their framing', async () => {
      const applicant = people.find((p) => p.name === 'applicant')!.client;
      const uploads = t.app.registeredRoutes.filter(
        (route) =>
          route.method === 'POST' &&
          /documents(\/upload)?$/.test(route.url) &&
          !route.url.startsWith('/api/'),
      );
      assert.ok(uploads.length >= 6, 'the upload routes are found, in each language');
      const boundary = '----hostile-boundary';
      for (const route of uploads) {
        const url = withId(route.url);
        for (const text of HOSTILE.map((value) => value.slice(0, 20_000))) {
          const page = await applicant.get('/fr/professionals/join/documents');
          const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
          const bodies = [
            multipart(boundary, [
              { name: '_csrf', value: token },
              { name: 'documentKind', value: text },
              { name: 'version', value: text },
              { name: 'file', value: '%PDF-1.4\n', filename: text.slice(0, 2_000) },
            ]),
            // No closing boundary, a part with no name, a file name with a path in it.
            Buffer.concat([
              multipart(boundary, [
                { name: '_csrf', value: token },
                { name: '', value: text },
              ]),
              Buffer.from(
                `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="../../${text.slice(0, 40)}"\r\n\r\n%PDF`,
              ),
            ]),
          ];
          for (const [index, payload] of bodies.entries()) {
            const complete =
              index === 0 ? Buffer.concat([payload, Buffer.from(`--${boundary}--\r\n`)]) : payload;
            const response = await t.app.inject({
              method: 'POST',
              url,
              headers: {
                cookie: cookieOf(applicant),
                'content-type': `multipart/form-data; boundary=${boundary}`,
              },
              payload: complete,
            });
            check(`applicant POST ${url} multipart#${index} ${JSON.stringify(text.slice(0, 12))}`, response);
          }
        }
      }
      assert.deepEqual(failures.splice(0), []);
    });
  });
}
