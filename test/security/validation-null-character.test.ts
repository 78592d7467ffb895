// PostgreSQL cannot store U+0000: a NUL anywhere in a request is refused with a localized 400
// before any handler runs, however the body is shaped (a body-sized flat array made the guard
// itself overflow the stack when it spread the array as arguments).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { holdsNullCharacter } from '../../src/platform/http/null-character-guard.ts';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

describe('the NUL character guard', () => {
  it('finds a NUL in any string or key, and walks a body-sized array without overflowing', () => {
    assert.equal(holdsNullCharacter({ a: [{ b: 'x\u0000y' }] }), true);
    assert.equal(holdsNullCharacter({ 'k\u0000': 'v' }), true);
    assert.equal(holdsNullCharacter({ a: ['ok', 1, null, true] }), false);
    const flat = new Array(500_000).fill(0);
    assert.equal(holdsNullCharacter(flat), false);
    flat.push('\u0000');
    assert.equal(holdsNullCharacter(flat), true);
  });

  describe('through the app (embedded)', () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp('embedded');
    });
    after(() => t.close());

    it('answers 400 problem+json in the asked language, for a JSON field and a query', async () => {
      const body = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests?lang=en',
        payload: { ...GP_REQUEST, description: 'a\u0000b' },
      });
      assert.equal(body.statusCode, 400);
      assert.match(body.json().detail, /null character/);
      const query = await t.app.inject('/fr/find?place=10%0000');
      assert.equal(query.statusCode, 400);
      assert.match(query.body, /caractère nul/);
    });

    it('answers a body-sized JSON array with a 4xx, not a 500', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        headers: { 'content-type': 'application/json' },
        payload: `[${new Array(500_000).fill(0).join(',')}]`,
      });
      assert.ok(response.statusCode >= 400 && response.statusCode < 500, String(response.statusCode));
    });
  });
});
