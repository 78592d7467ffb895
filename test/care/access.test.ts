import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { authenticateCareCaller } from '../../src/care/service.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { QUOTE_EXAMPLE, TOKEN } from './support/api.ts';

const PROTECTED = [
  { method: 'POST' as const, url: '/api/v1/sessions', payload: {} },
  { method: 'GET' as const, url: '/api/v1/sessions/00000000-0000-4000-8000-000000000000' },
  {
    method: 'POST' as const,
    url: '/api/v1/sessions/00000000-0000-4000-8000-000000000000/cancel',
    payload: {},
  },
  { method: 'GET' as const, url: '/api/v1/statements?month=2024-05' },
];

describe('who may use the sessions and statements APIs', () => {
  it('checks the bearer token in one function', () => {
    assert.deepEqual(authenticateCareCaller(`Bearer ${TOKEN}`, TOKEN), {
      ok: true,
      actor: { kind: 'admin' },
    });
    assert.deepEqual(authenticateCareCaller(`bearer  ${TOKEN} `, TOKEN), {
      ok: true,
      actor: { kind: 'admin' },
    });
    assert.deepEqual(authenticateCareCaller(`Bearer ${TOKEN}x`, TOKEN), { ok: false, status: 401 });
    assert.deepEqual(authenticateCareCaller(`Basic ${TOKEN}`, TOKEN), { ok: false, status: 401 });
    assert.deepEqual(authenticateCareCaller(undefined, TOKEN), { ok: false, status: 401 });
    assert.deepEqual(authenticateCareCaller(`Bearer ${TOKEN}`, undefined), { ok: false, status: 404 });
  });

  describe('without API_ADMIN_TOKEN', () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp('embedded');
    });
    after(() => t.close());

    it('turns them off (404), whatever the credentials, and keeps the public quote on', async () => {
      for (const request of PROTECTED) {
        const response = await t.app.inject({ ...request, headers: { authorization: `Bearer ${TOKEN}` } });
        assert.equal(response.statusCode, 404, request.url);
        assert.match(response.json().detail, /pas activée/);
      }
      const quote = await t.app.inject({
        method: 'POST',
        url: '/api/v1/care/quote',
        payload: QUOTE_EXAMPLE,
      });
      assert.equal(quote.statusCode, 200);
    });
  });

  describe('with API_ADMIN_TOKEN', () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp('embedded', { API_ADMIN_TOKEN: TOKEN });
    });
    after(() => t.close());

    it('answers 401 with a Bearer challenge before looking at the request', async () => {
      for (const request of PROTECTED) {
        for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: `Basic ${TOKEN}` }]) {
          const response = await t.app.inject({
            ...request,
            headers: { ...headers, 'accept-language': 'en' },
          });
          assert.equal(response.statusCode, 401, `${request.url} ${JSON.stringify(headers)}`);
          assert.equal(response.headers['www-authenticate'], 'Bearer');
          assert.match(response.json().detail, /Authorization: Bearer/);
        }
      }
    });

    it('lets the token holder in', async () => {
      const response = await t.app.inject({
        url: '/api/v1/statements?month=2024-05',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(response.statusCode, 200);
    });
  });

  it('refuses a token too short to be safe, naming the variable', async () => {
    await assert.rejects(
      startTestApp('embedded', { API_ADMIN_TOKEN: 'short' }),
      /API_ADMIN_TOKEN: expected at least 32/,
    );
  });
});
