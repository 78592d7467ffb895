import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { accountCommands } from '../../src/platform/auth/commands.ts';
import type { CommandContext } from '../../src/platform/cli.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createPerson, linkIn, mailTo, PASSWORD, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

for (const engine of testEngines()) {
  describe(`staff administration (${engine})`, () => {
    let t: TestApp;
    let admin: TestClient;
    before(async () => {
      t = await startTestApp(engine, { OUTBOX_POLL_MS: '3600000' });
      const adminId = await createPerson(t, {
        email: 'root@passerelle.example',
        displayName: 'Rita Root',
        grants: [{ role: 'platform-admin' }],
      });
      admin = await signedInClient(t, adminId);
    });
    after(() => t.close());

    it('invites a coordinator, grants and revokes roles with their scope, every change audited', async () => {
      const invited = await admin.submit('/fr/admin/staff/invite', {
        displayName: 'Nadia Nord',
        email: 'Nadia@brumenta.example',
        language: 'nl',
      });
      assert.equal(invited.statusCode, 303);
      const personUrl = (invited.headers.location as string).split('?')[0]!;
      assert.match(invited.headers.location as string, /\/fr\/admin\/staff\/[0-9a-f-]{36}\?notice=invited$/);
      const accountId = personUrl.split('/').at(-1)!;
      const [invitation] = await mailTo(t, 'nadia@brumenta.example');
      assert.equal(invitation!.topic, 'auth.invitation');
      assert.equal(invitation!.subject, 'Uw toegang tot Passerelle');
      assert.match(invitation!.textBody, /Rita Root heeft u toegang gegeven/);

      const missingZone = await admin.submit(personUrl, { role: 'coordinator' }, `${personUrl}/grants`);
      assert.equal(missingZone.statusCode, 400);
      assert.match(missingZone.body, /Choisissez la zone et le réseau/);
      const wrongZone = await admin.submit(
        personUrl,
        { role: 'coordinator', zone: 'bru-stars/nowhere' },
        `${personUrl}/grants`,
      );
      assert.match(wrongZone.body, /Cette zone n’appartient pas à ce réseau/);

      const granted = await admin.submit(
        personUrl,
        { role: 'coordinator', zone: 'brumenta/north-west' },
        `${personUrl}/grants`,
      );
      assert.equal(granted.headers.location, `${personUrl}?notice=granted`);
      const twice = await admin.submit(
        personUrl,
        { role: 'coordinator', zone: 'brumenta/north-west' },
        `${personUrl}/grants`,
      );
      assert.match(twice.body, /a déjà ce rôle/);
      await admin.submit(personUrl, { role: 'network-admin', network: 'brumenta' }, `${personUrl}/grants`);
      const page = await admin.get(personUrl);
      assert.match(page.body, /Coordinateur local – zone Nord-Ouest, Brumenta \(adultes\)/);
      assert.match(page.body, /Administrateur de réseau – réseau Brumenta \(adultes\)/);

      // The invitee chooses a password and signs in with the roles given.
      const invitee = new TestClient(t);
      const link = linkIn(invitation!.textBody);
      assert.match((await invitee.get(link)).body, /Welkom Nadia Nord/);
      const accepted = await invitee.post('/nl/accept-invitation', {
        token: new URLSearchParams(link.split('?')[1]).get('token')!,
        password: PASSWORD,
      });
      assert.equal(accepted.headers.location, '/nl/sign-in?notice=activated');
      await invitee.submit('/nl/sign-in', { email: 'nadia@brumenta.example', password: PASSWORD });
      const me = (await invitee.get('/api/v1/me')).json();
      assert.deepEqual(
        me.grants.map((g: { role: string; networkId: string; zoneId: string }) => [
          g.role,
          g.networkId,
          g.zoneId,
        ]),
        [
          ['coordinator', 'brumenta', 'north-west'],
          ['network-admin', 'brumenta', null],
        ],
      );

      const revokeForm = /action="([^"]+\/revoke)"/.exec(page.body)![1]!;
      const revoked = await admin.submit(personUrl, {}, revokeForm);
      assert.equal(revoked.headers.location, `${personUrl}?notice=revoked`);
      assert.equal((await invitee.get('/api/v1/me')).json().grants.length, 1, 'a revoked role ends at once');

      const audit = await t.database.db.execute<{
        action: string;
        actor_label: string;
        network_id: string | null;
        zone_id: string | null;
      }>(
        sql`select action, actor_label, network_id, zone_id from audit_log where resource_id = ${accountId} order by id`,
      );
      assert.deepEqual(
        audit.rows.map((r) => [r.action, r.actor_label, r.network_id, r.zone_id]),
        [
          ['staff.invite', 'root@passerelle.example', null, null],
          ['grant.create', 'root@passerelle.example', 'brumenta', 'north-west'],
          ['grant.create', 'root@passerelle.example', 'brumenta', null],
          ['account.accept-invitation', 'nadia@brumenta.example', 'brumenta', null],
          ['grant.revoke', 'root@passerelle.example', 'brumenta', 'north-west'],
        ],
      );

      // The network admin of Brumenta reads Brumenta's entries, not Bru-Stars's.
      const brumentaAudit = await invitee.get('/nl/admin/audit');
      assert.equal(brumentaAudit.statusCode, 200);
      assert.match(brumentaAudit.body, /grant\.revoke/);
      assert.equal((await invitee.get('/nl/admin/audit?network=bru-stars')).statusCode, 403);
      assert.equal((await invitee.get('/nl/admin/staff')).statusCode, 403);
    });

    it('makes someone a member of a deciding body chosen from the known ones', async () => {
      const invited = await admin.submit('/en/admin/staff/invite', {
        displayName: 'Carla Comité',
        email: 'carla@brumenta.example',
        language: 'fr',
      });
      const personUrl = (invited.headers.location as string).split('?')[0]!;
      const form = await admin.get(personUrl);
      assert.match(form.body, /<option value="brumenta-crr"[^>]*>[^<]*Brumenta/);
      const unknown = await admin.submit(
        personUrl,
        { role: 'committee-member', body: 'brumenta-comite' },
        `${personUrl}/grants`,
      );
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.body, /This deciding body does not exist/);
      const granted = await admin.submit(
        personUrl,
        { role: 'committee-member', body: 'brumenta-crr' },
        `${personUrl}/grants`,
      );
      assert.equal(granted.headers.location, `${personUrl}?notice=granted`);
      const page = await admin.get(personUrl);
      assert.match(page.body, /Committee member – [^<]*Brumenta/);
    });

    it('keeps at least one platform admin', async () => {
      const page = await admin.get('/fr/admin/staff?q=root');
      const personUrl = /href="(\/fr\/admin\/staff\/[0-9a-f-]{36})"/.exec(page.body)![1]!;
      const person = await admin.get(personUrl);
      const revokeForm = /action="([^"]+\/revoke)"/.exec(person.body)![1]!;
      const refused = await admin.post(revokeForm);
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /dernier administrateur de la plateforme/);
    });

    it('shows platform admins the outbox with failures and sends one again, audited', async () => {
      await t.database.db.execute(sql`update outbox_messages set status = 'failed', attempts = 40, last_error = 'connect ECONNREFUSED'
        where recipient = 'nadia@brumenta.example' and topic = 'auth.invitation'`);
      const page = await admin.get('/en/admin/outbox?status=failed');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /connect ECONNREFUSED/);
      // Each message reads as sentences: what, to whom, when; where it stands and why.
      assert.match(
        page.body,
        /to nadia@brumenta\.example, prepared on \w+day, \d+ \w+ \d{4} at \d\d:\d\d \(account\)\./,
      );
      assert.match(page.body, /Given up after 40 attempts\. Last error: connect ECONNREFUSED/);
      assert.doesNotMatch(page.body, /<td>auth\.invitation<\/td>/, 'no topic code');
      const resend = /action="([^"]+\/resend)"/.exec(page.body)![1]!;
      assert.equal((await admin.post(resend)).headers.location, '/en/admin/outbox?notice=resent');
      assert.equal((await admin.post(resend)).headers.location, '/en/admin/outbox?notice=unchanged');
      await t.services.outbox.deliverDue();
      const again = await t.database.db.execute<{ status: string }>(
        sql`select status from outbox_messages where recipient = 'nadia@brumenta.example' and topic = 'auth.invitation'`,
      );
      assert.equal(again.rows[0]!.status, 'sent', 'sent again, its sealed link opened');
      const audit = await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from audit_log where action = 'outbox.resend'`,
      );
      assert.equal(Number(audit.rows[0]!.n), 1);
    });

    it('creates the first platform admin from the command line, with a one-time link', async () => {
      const lines: string[] = [];
      const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
      const context: CommandContext = {
        args: ['--email', 'First@Admin.example', '--name', 'Frieda First', '--language', 'en'],
        config: loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'https://passerelle.example' }),
        log: createLogger({ logLevel: 'silent' }),
        locale: 'fr',
        database: async () => t.database,
        out: (line) => lines.push(line),
        err: (line) => lines.push(line),
      };
      try {
        const command = accountCommands.find((c) => c.words.join(' ') === 'admin create')!;
        assert.equal(await command.run(context), 0);
        assert.equal(lines[0], 'Created first@admin.example as a platform administrator.');
        const link = lines[2]!;
        assert.match(link, /^https:\/\/passerelle\.example\/en\/accept-invitation\?token=[\w-]{43}$/);
        const person = new TestClient(t);
        const path = new URL(link).pathname + new URL(link).search;
        await person.get(path);
        await person.post('/en/accept-invitation', {
          token: new URL(link).searchParams.get('token')!,
          password: PASSWORD,
        });
        assert.equal((await person.get(path)).statusCode, 404, 'the link works once');
        await person.submit('/en/sign-in', { email: 'first@admin.example', password: PASSWORD });
        assert.equal((await person.get('/en/admin/staff')).statusCode, 200);
        await assert.rejects(
          command.run({ ...context, args: ['--email', 'not-an-address'] }),
          /valid e-mail/,
        );
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
