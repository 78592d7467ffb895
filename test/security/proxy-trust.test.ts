// Issue 11, Low: per-address limits count the client's real address. TRUST_PROXY=true trusted the
// left-most X-Forwarded-For entry, which the client writes itself; it is refused at start-up with
// a message naming the variable and what to use instead (a hop count, or the proxies' addresses
// or ranges), and with those a forged X-Forwarded-For does not change the address counted.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';
import { createPerson, PASSWORD } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

describe('TRUST_PROXY', () => {
  it('refuses true, and anything that is not a hop count or addresses, naming the variable', () => {
    for (const value of [
      'true',
      'TRUE',
      'yes',
      '*',
      '10.0.0.0/33',
      '300.1.1.1',
      '10.0.0.1,,',
      'x'.repeat(5000),
    ]) {
      assert.throws(
        () => loadConfig({ TRUST_PROXY: value }),
        (error: unknown) =>
          error instanceof ConfigError &&
          error.variable === 'TRUST_PROXY' &&
          /number of proxies|addresses/.test(error.message),
        value.slice(0, 20),
      );
    }
  });

  it('accepts a hop count, addresses and CIDR ranges', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(
      loadConfig({ TRUST_PROXY: ' 10.0.0.0/8, 127.0.0.1 ,::1, fd00::/8, loopback' }).trustProxy,
      '10.0.0.0/8,127.0.0.1,::1,fd00::/8,loopback',
    );
  });
});

for (const engine of testEngines()) {
  for (const trust of ['1', '127.0.0.1']) {
    describe(`a forged X-Forwarded-For does not escape the per-address limit (TRUST_PROXY=${trust}, ${engine})`, () => {
      let t: TestApp;
      before(async () => {
        t = await startTestApp(engine, {
          OUTBOX_POLL_MS: '3600000',
          TRUST_PROXY: trust,
          LOGIN_MAX_FAILURES: '100',
          LOGIN_MAX_FAILURES_PER_ADDRESS: '3',
        });
        await createPerson(t, { email: 'someone@practice.example', password: PASSWORD });
      });
      after(() => t.close());

      // The load balancer (127.0.0.1 in inject) appends the address it saw to what the client sent.
      const signIn = async (forged: string, real: string) => {
        const headers = { 'x-forwarded-for': `${forged}, ${real}` };
        const page = await t.app.inject({ method: 'GET', url: '/fr/sign-in', headers });
        const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
        const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
        return t.app.inject({
          method: 'POST',
          url: '/fr/sign-in',
          headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({
            _csrf: csrf,
            email: 'someone@practice.example',
            password: 'wrong guess here',
          }).toString(),
        });
      };

      it('blocks the real address whatever the client writes in front of it', async () => {
        for (let n = 0; n < 3; n++) await signIn(`10.9.8.${n}`, '198.51.100.7');
        const blocked = await signIn('203.0.113.99', '198.51.100.7');
        assert.match(blocked.body, /Trop de tentatives de connexion depuis cette connexion/);
        const other = await signIn('198.51.100.7', '198.51.100.8');
        assert.doesNotMatch(other.body, /depuis cette connexion/, 'another client is not blocked');
      });
    });
  }
}
