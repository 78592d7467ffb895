// Issue 11, High 1: validation that could block the server. A crafted e-mail address took
// seconds to refuse (time growing with the square of its length) while every other request
// waited. This test is a property over every pattern the source writes down and every pattern
// in a route's schema: none nests unbounded repetitions, and none, fed adversarial inputs up to
// the body limit, takes more than a bound that only super-linear patterns exceed. Route schemas
// also bound the length of every string, so a pattern never meets more than an identifier.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PATTERN_INPUT_MAX } from '../../src/platform/http/bounded-pattern.ts';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { attacks, build, nestedUnboundedQuantifier, timeTest } from './support/adversarial-strings.ts';
import { type FoundRegex, regexInventory } from './support/regex-inventory.ts';

const BODY_LIMIT = 1_048_576;
// A linear pattern reads 1 MiB in well under 100 ms here; the quadratic e-mail pattern took
// about 1 s on 32 KiB. The bounds sit between, with room for a busy machine.
const BOUND_32_KIB_MS = 60;
const BOUND_BODY_LIMIT_MS = 1500;

type Schema = Record<string, unknown>;

/** Every string node of a JSON schema, with its path. */
function stringNodes(schema: unknown, path: string, out: Array<{ path: string; node: Schema }>) {
  if (!schema || typeof schema !== 'object') return out;
  const node = schema as Schema;
  if (node.type === 'string') out.push({ path, node });
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, child] of Object.entries(value)) stringNodes(child, `${path}.${name}`, out);
    } else if (key === 'items' || key === 'additionalProperties') stringNodes(value, `${path}[]`, out);
    else if ((key === 'anyOf' || key === 'oneOf' || key === 'allOf') && Array.isArray(value)) {
      for (const child of value) stringNodes(child, path, out);
    }
  }
  return out;
}

describe('validation runs in linear time', () => {
  let t: TestApp;
  let found: FoundRegex[];
  before(async () => {
    t = await startTestApp('embedded');
    found = regexInventory();
    for (const route of t.app.registeredRoutes) {
      for (const part of ['body', 'querystring', 'params'] as const) {
        for (const { path, node } of stringNodes(route.schema?.[part], part, [])) {
          if (typeof node.pattern === 'string') {
            found.push({ where: `${route.method} ${route.url} ${path}`, source: node.pattern, flags: '' });
          }
        }
      }
    }
  });
  after(() => t.close());

  it('finds the patterns of the source and of the route schemas', () => {
    const sources = new Set(found.map((regex) => regex.source));
    assert.ok(found.length > 50, `only ${found.length} patterns found`);
    // The e-mail pattern from its module and from a route schema, the reference id from a literal.
    assert.ok(found.some((regex) => regex.where.startsWith('src/platform/identifiers/email.ts')));
    assert.ok(found.some((regex) => regex.where.includes('/api/v1/support-requests body.requester.email')));
    assert.ok(sources.has('^[a-z0-9][a-z0-9-]{0,62}$'));
  });

  it('never repeats without bound a part that itself repeats without bound', () => {
    const nested = found.filter((regex) => nestedUnboundedQuantifier(regex.source));
    assert.deepEqual(
      nested.map((regex) => `${regex.where}: ${regex.source}`),
      [],
    );
    assert.ok(nestedUnboundedQuantifier('^(a+)+$'), 'the check itself sees (a+)+');
  });

  it('refuses adversarial inputs up to the body limit within a bound on the time', () => {
    const slow: string[] = [];
    const unique = new Map(found.map((regex) => [`${regex.flags}/${regex.source}`, regex]));
    for (const regex of unique.values()) {
      if (nestedUnboundedQuantifier(regex.source)) continue;
      const compiled = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
      // Rank every attack on a short input (measured again when it looks slow, to see past a
      // pause of the machine), then push the three worst to 32 KiB and to the body limit.
      const ranked = attacks(regex.source)
        .map((attack) => {
          let ms = timeTest(compiled, build(attack, 512));
          if (ms > 0.01) ms = timeTest(compiled, build(attack, 512), 3);
          return { attack, ms };
        })
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3);
      for (const { attack } of ranked) {
        const label = `${regex.where}: /${regex.source}/ on ${JSON.stringify(attack)}`;
        const medium = timeTest(compiled, build(attack, 32_768), 2);
        if (medium > BOUND_32_KIB_MS) {
          slow.push(`${label}: ${medium.toFixed(0)} ms on 32 KiB`);
          continue;
        }
        const large = timeTest(compiled, build(attack, BODY_LIMIT), 2);
        if (large > BOUND_BODY_LIMIT_MS) slow.push(`${label}: ${large.toFixed(0)} ms on 1 MiB`);
      }
    }
    assert.deepEqual(slow, []);
  });

  it('bounds every string a route accepts, and keeps patterns for identifiers only', () => {
    const unbounded: string[] = [];
    for (const route of t.app.registeredRoutes) {
      for (const part of ['body', 'querystring', 'params'] as const) {
        for (const { path, node } of stringNodes(route.schema?.[part], part, [])) {
          const where = `${route.method} ${route.url} ${path}`;
          const max = node.maxLength;
          const closed = Array.isArray(node.enum) || 'const' in node;
          if (!closed && typeof max !== 'number') unbounded.push(`${where}: no maxLength`);
          if (typeof node.pattern === 'string' && !(typeof max === 'number' && max <= PATTERN_INPUT_MAX)) {
            unbounded.push(`${where}: a pattern over strings up to ${String(max)} characters`);
          }
        }
      }
    }
    assert.deepEqual(unbounded, []);
  });

  it('refuses the reported e-mail address at the body limit as a 400 that names the field', async () => {
    const filler = 'a.'.repeat(Math.floor((BODY_LIMIT - 2048) / 2));
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support-requests?lang=en',
      payload: { ...GP_REQUEST, requester: { ...GP_REQUEST.requester, email: `a@${filler}@` } },
    });
    assert.equal(response.statusCode, 400, response.body.slice(0, 300));
    const fields = (response.json().errors as Array<{ field: string }>).map((error) => error.field);
    assert.ok(fields.includes('requester.email'), fields.join(', '));
  });

  it('refuses a long crafted address quickly on the public sign-in form too', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/en/sign-in' });
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const cookie = page.cookies
      .map((c: { name: string; value: string }) => `${c.name}=${c.value}`)
      .join('; ');
    const response = await t.app.inject({
      method: 'POST',
      url: '/en/sign-in',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: token,
        email: `a@${'a.'.repeat(100_000)}@`,
        password: 'x',
      }).toString(),
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Enter a valid email address/);
  });
});
