// The sessions and statements APIs for signed-in accounts: a clinician records and reads only
// their own sessions; coordinators and network admins read their network's; the token still
// works for machines. The policy decides (care-session.*, care-statement.read).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validProfile } from '../directory/fixtures.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { auth, sessionBody, TOKEN } from './support/api.ts';

describe('sessions and statements APIs for accounts', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let alice: { id: string; locations: string[] };
  let bob: { id: string; locations: string[] };
  let aliceSession: string;

  const as = (who: string | null) => (who ? { cookie: cookies[who]! } : {});
  const json = (who: string | null, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: as(who) });
  const get = (who: string | null, url: string) => t.app.inject({ url, headers: as(who) });

  before(async () => {
    t = await startTestApp('embedded', { API_ADMIN_TOKEN: TOKEN });
    const profile = (givenName: string) => {
      const checked = t.services.directory.validate(
        validProfile({ inami: null, givenName, networks: ['brumenta'], ageGroups: ['adults'] }),
      );
      assert.ok(checked.ok);
      return checked.value;
    };
    const ids = await t.services.directory.addClinicians([profile('Alice'), profile('Bob')]);
    const load = async (id: string) => ({
      id,
      locations: (await t.services.directory.getClinician(id))!.locations.map((l) => l.id),
    });
    alice = await load(ids[0]!);
    bob = await load(ids[1]!);
    const people: Record<string, Parameters<typeof createPerson>[1]['grants']> = {
      alice: [{ role: 'clinician' }],
      bob: [{ role: 'clinician' }],
      unlinked: [{ role: 'clinician' }],
      gp: [{ role: 'gp' }],
      coordinator: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'east' }],
      otherCoordinator: [{ role: 'coordinator', networkId: 'bru-stars', zoneId: 'east' }],
      networkAdmin: [{ role: 'network-admin', networkId: 'brumenta' }],
    };
    for (const [name, grants] of Object.entries(people)) {
      const account = await createPerson(t, { email: `${name.toLowerCase()}@demo.example`, grants });
      if (name === 'alice') await t.services.directory.linkAccount(alice.id, account);
      if (name === 'bob') await t.services.directory.linkAccount(bob.id, account);
      const client = await signedInClient(t, account);
      cookies[name] = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
  });
  after(() => t.close());

  it('lets a clinician record their own session, and no one else’s', async () => {
    const own = await json('alice', '/api/v1/sessions', sessionBody(alice));
    assert.equal(own.statusCode, 201, own.body);
    aliceSession = own.json().id;
    const forBob = await json('alice', '/api/v1/sessions', sessionBody(bob, { date: '2024-05-11' }));
    assert.equal(forBob.statusCode, 403);
    for (const who of ['unlinked', 'gp', 'coordinator', 'networkAdmin']) {
      const response = await json(who, '/api/v1/sessions', sessionBody(alice, { date: '2024-05-12' }));
      assert.equal(response.statusCode, 403, who);
    }
  });

  it('refuses a cookie write that is not JSON (a cross-site form cannot send JSON)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: { ...as('alice'), 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'niss=1',
    });
    assert.equal(response.statusCode, 415);
  });

  it('shows a session to its clinician and its network’s staff only', async () => {
    const url = `/api/v1/sessions/${aliceSession}`;
    const expected: Record<string, number> = {
      alice: 200,
      coordinator: 200,
      networkAdmin: 200,
      bob: 404,
      unlinked: 404,
      gp: 404,
      otherCoordinator: 404,
    };
    for (const [who, status] of Object.entries(expected)) {
      assert.equal((await get(who, url)).statusCode, status, who);
    }
    assert.equal((await get(null, url)).statusCode, 401, 'signed out, no token');
    assert.equal((await t.app.inject({ url, headers: auth })).statusCode, 200, 'the token still works');
    const cancel = await json('bob', `${url}/cancel`, { reason: 'not mine' });
    assert.equal(cancel.statusCode, 403);
  });

  it('gives a network’s statement to its staff only; every network’s to the token only', async () => {
    const month = '/api/v1/statements?month=2024-05';
    assert.equal((await get('networkAdmin', `${month}&network=brumenta`)).statusCode, 200);
    assert.equal((await get('coordinator', `${month}&network=brumenta`)).statusCode, 200);
    assert.equal((await get('networkAdmin', `${month}&network=bru-stars`)).statusCode, 403);
    assert.equal((await get('otherCoordinator', `${month}&network=brumenta`)).statusCode, 403);
    assert.equal((await get('alice', `${month}&network=brumenta`)).statusCode, 403);
    assert.equal((await get('networkAdmin', month)).statusCode, 403);
    assert.equal((await t.app.inject({ url: month, headers: auth })).statusCode, 200);
  });
});
