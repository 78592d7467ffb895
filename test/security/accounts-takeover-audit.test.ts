// Issue 11, Medium 3: a takeover is visible. Choosing a password from an e-mailed link (a reset,
// or an accepted invitation) is audited as such, naming the account and never the token, and the
// entry reaches the network admins of every network the account works in, not only platform
// admins (who could otherwise hide their own takeover of a coordinator).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createPerson, PASSWORD, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';
import { lastLinkTo, tokenOf } from './support/delivered-mail.ts';

const NEW_PASSWORD = 'girafe citron escalier';

for (const engine of testEngines()) {
  describe(`password takeovers are audited where they can be seen (${engine})`, () => {
    let t: TestApp;
    let brumentaAdmin: TestClient;
    let starsAdmin: TestClient;
    before(async () => {
      t = await startTestApp(engine, { OUTBOX_POLL_MS: '3600000' });
      brumentaAdmin = await signedInClient(
        t,
        await createPerson(t, {
          email: 'admin@brumenta.example',
          grants: [{ role: 'network-admin', networkId: 'brumenta' }],
        }),
      );
      starsAdmin = await signedInClient(
        t,
        await createPerson(t, {
          email: 'admin@bru-stars.example',
          grants: [{ role: 'network-admin', networkId: 'bru-stars' }],
        }),
      );
    });
    after(() => t.close());

    it('a password reset of a coordinator reaches the audit log of the coordinator’s network', async () => {
      const coordinatorId = await createPerson(t, {
        email: 'cora@brumenta.example',
        password: PASSWORD,
        grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' }],
      });
      const someone = new TestClient(t);
      await someone.submit('/fr/forgot-password', { email: 'cora@brumenta.example' });
      const link = await lastLinkTo(t, 'cora@brumenta.example');
      await someone.get(link);
      const reset = await someone.post('/fr/reset-password', {
        token: tokenOf(link),
        password: NEW_PASSWORD,
      });
      assert.equal(reset.headers.location, '/fr/sign-in?notice=reset');

      const entries = await t.database.db.execute<{
        actor_label: string;
        network_id: string | null;
        detail: unknown;
      }>(
        sql`select actor_label, network_id, detail from audit_log
             where action = 'account.reset-password' and resource_id = ${coordinatorId}`,
      );
      assert.equal(entries.rows.length, 1);
      assert.equal(entries.rows[0]!.actor_label, 'cora@brumenta.example');
      assert.ok(
        !JSON.stringify(entries.rows).includes(tokenOf(link)),
        'the audit names the account, not the token',
      );

      const page = await brumentaAdmin.get('/fr/admin/audit?action=account');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /account\.reset-password/);
      assert.match(page.body, /cora@brumenta\.example/);
      const elsewhere = await starsAdmin.get('/fr/admin/audit?action=account');
      assert.doesNotMatch(elsewhere.body, /cora@brumenta\.example/, 'another network does not see it');
    });

    it('an accepted invitation reaches the audit log of the networks of the roles given', async () => {
      const root = await signedInClient(
        t,
        await createPerson(t, { email: 'root@passerelle.example', grants: [{ role: 'platform-admin' }] }),
      );
      const invited = await root.submit('/fr/admin/staff/invite', {
        displayName: 'Nils Nouveau',
        email: 'nils@brumenta.example',
        language: 'fr',
      });
      const personUrl = (invited.headers.location as string).split('?')[0]!;
      await root.submit(
        personUrl,
        { role: 'coordinator', zone: 'brumenta/north-west' },
        `${personUrl}/grants`,
      );
      const link = await lastLinkTo(t, 'nils@brumenta.example');
      const invitee = new TestClient(t);
      await invitee.get(link);
      await invitee.post('/fr/accept-invitation', { token: tokenOf(link), password: NEW_PASSWORD });

      const page = await brumentaAdmin.get('/fr/admin/audit?action=account');
      assert.match(page.body, /account\.accept-invitation/);
      assert.match(page.body, /nils@brumenta\.example/);
    });
  });
}
