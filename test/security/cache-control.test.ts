// Issue 11, Low: answers that carry case or personal data are never kept by a browser or a
// proxy. The rule: every answer to a signed-in person, every /api/ answer but public reference
// data (the directory and routing), and every answer to a form post (it shows what was typed,
// e.g. the status of a request) carries `Cache-Control: no-store`. Public pages stay cacheable.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

const ADMIN_TOKEN = 'cache-test-admin-token-0123456789abcdef';
const noStore = (response: { headers: Record<string, unknown> }) =>
  /(^|,\s*)no-store(\s*,|$)/.test(String(response.headers['cache-control'] ?? ''));

for (const engine of testEngines()) {
  describe(`no-store on answers carrying case data (${engine})`, () => {
    let t: TestApp;
    let coordinator: TestClient;
    before(async () => {
      t = await startTestApp(engine, { OUTBOX_POLL_MS: '3600000', API_ADMIN_TOKEN: ADMIN_TOKEN });
      coordinator = await signedInClient(
        t,
        await createPerson(t, {
          email: 'coord@brumenta.example',
          grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' }],
        }),
      );
    });
    after(() => t.close());

    it('marks every answer to a signed-in person no-store, pages and API alike', async () => {
      for (const url of ['/fr/account', '/fr/inbox', '/fr', '/fr/find', '/api/v1/me', '/fr/no-such-page']) {
        const response = await coordinator.get(url);
        assert.ok(
          noStore(response),
          `${url} (${response.statusCode}) → ${response.headers['cache-control']}`,
        );
      }
    });

    it('marks API answers no-store unless they are public reference data', async () => {
      const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
      const privateAnswers = [
        await t.app.inject({ method: 'GET', url: '/api/v1/statements?clinicianId=x', headers: bearer }),
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/sessions/00000000-0000-4000-8000-000000000000',
          headers: bearer,
        }),
        await t.app.inject({ method: 'GET', url: '/api/v1/me' }),
        await t.app.inject({ method: 'POST', url: '/api/v1/support-requests', payload: {} }),
        await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }),
      ];
      for (const response of privateAnswers)
        assert.ok(noStore(response), `${response.statusCode} ${response.body.slice(0, 80)}`);
      for (const url of [
        '/api/v1/clinicians',
        '/api/v1/routing?postcode=1020&requester=gp&language=fr',
        '/api/docs',
      ]) {
        const response = await t.app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 200, url);
        assert.ok(!noStore(response), `${url} is public reference data`);
      }
    });

    it('marks answers to form posts no-store (the status of a request), not public pages', async () => {
      const visitor = new TestClient(t);
      const status = await visitor.submit('/fr/professionals/status', {
        reference: 'GP-AAAA-BBBB',
        email: 'someone@practice.example',
      });
      assert.ok(noStore(status), `status page answer ${status.statusCode}`);
      for (const url of ['/fr', '/fr/find', '/fr/sign-in']) assert.ok(!noStore(await visitor.get(url)), url);
    });
  });
}
