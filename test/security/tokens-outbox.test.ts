// Issue 11, Medium 3: no stored message a person can read, and no admin page, holds a usable
// sign-in link. Invitation, reset and confirmation links travel sealed in the outbox (only the
// sender opens them, with a key the database does not hold); the development mailbox (.eml
// files) is the delivery itself and has no page; the links people receive still work.

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
import { enqueue } from '../../src/platform/outbox/index.ts';
import { createPerson, PASSWORD, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';
import { deliveredTo, lastLinkTo, tokenOf, tokensIn } from './support/delivered-mail.ts';

/** Every row of every table of the application, as text. */
async function everythingStored(t: TestApp): Promise<string> {
  const tables = await t.database.db.execute<{ name: string }>(
    sql`select quote_ident(table_schema) || '.' || quote_ident(table_name) as name
          from information_schema.tables
         where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  const dumps: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await t.database.db.execute<{ row: string }>(
      sql.raw(`select t::text as row from ${name} t`),
    );
    dumps.push(...rows.rows.map((r) => r.row));
  }
  return dumps.join('\n');
}

for (const engine of testEngines()) {
  describe(`no usable token in the outbox or on admin pages (${engine})`, () => {
    let t: TestApp;
    let admin: TestClient;
    before(async () => {
      t = await startTestApp(engine, { OUTBOX_POLL_MS: '3600000' });
      const adminId = await createPerson(t, {
        email: 'root@passerelle.example',
        grants: [{ role: 'platform-admin' }],
      });
      admin = await signedInClient(t, adminId);
    });
    after(() => t.close());

    it('stores invitation, reset and confirmation links sealed; the delivered links work', async () => {
      const links: string[] = [];
      await admin.submit('/fr/admin/staff/invite', {
        displayName: 'Ines Invitée',
        email: 'ines@network.example',
        language: 'nl',
      });
      links.push(await lastLinkTo(t, 'ines@network.example'));

      await createPerson(t, { email: 'reset@practice.example', password: PASSWORD });
      await new TestClient(t).submit('/fr/forgot-password', { email: 'reset@practice.example' });
      links.push(await lastLinkTo(t, 'reset@practice.example'));

      const gp = new TestClient(t);
      const signUp = {
        kind: 'gp',
        displayName: 'Dr Scellé',
        email: 'sealed@practice.example',
        password: PASSWORD,
        language: 'en',
      };
      await gp.submit('/fr/create-account', signUp);
      await gp.submit('/fr/sign-in', { email: signUp.email, password: PASSWORD });
      links.push(await lastLinkTo(t, 'sealed@practice.example'));

      // The first platform admin, from the command line (same secret as the server).
      const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
      const context: CommandContext = {
        args: ['--email', 'first@admin.example', '--language', 'en'],
        config: loadConfig({ DATA_DIR: dataDir, COOKIE_SECRET: 'test-cookie-secret-0123456789abcdef' }),
        log: createLogger({ logLevel: 'silent' }),
        locale: 'fr',
        database: async () => t.database,
        out: () => {},
        err: () => {},
      };
      try {
        const command = accountCommands.find((c) => c.words.join(' ') === 'admin create')!;
        assert.equal(await command.run(context), 0);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
      links.push(await lastLinkTo(t, 'first@admin.example'));

      const delivered = [
        ...(await deliveredTo(t, 'ines@network.example')),
        ...(await deliveredTo(t, 'reset@practice.example')),
        ...(await deliveredTo(t, 'sealed@practice.example')),
        ...(await deliveredTo(t, 'first@admin.example')),
      ];
      const tokens = delivered.flatMap((mail) => tokensIn(mail.text));
      assert.equal(tokens.length, 5, 'invitation, reset, two confirmations, the command line’s invitation');

      const stored = await everythingStored(t);
      assert.match(stored, /ines@network\.example/, 'the dump holds the outbox');
      for (const token of tokens)
        assert.ok(!stored.includes(token), 'a usable token is stored in the database');

      const outboxPage = await admin.get('/fr/admin/outbox');
      assert.equal(outboxPage.statusCode, 200);
      for (const token of tokens) assert.ok(!outboxPage.body.includes(token));
      assert.equal((await admin.get('/fr/admin/mail')).statusCode, 404, 'no page lists the mailbox');
      const file = `${(await t.database.db.execute<{ id: string }>(sql`select id from outbox_messages limit 1`)).rows[0]!.id}.eml`;
      assert.equal((await admin.get(`/fr/admin/mail/${file}`)).statusCode, 404);

      // What people receive still works.
      for (const link of links) {
        const person = new TestClient(t);
        assert.equal((await person.get(link)).statusCode, 200, link.split('?')[0]);
      }
      const invitee = new TestClient(t);
      await invitee.get(links[0]!);
      const accepted = await invitee.post('/nl/accept-invitation', {
        token: tokenOf(links[0]!),
        password: PASSWORD,
      });
      assert.equal(accepted.headers.location, '/nl/sign-in?notice=activated');
    });

    it('refuses to queue a message carrying a usable link in clear', async () => {
      const link = `https://passerelle.example/fr/reset-password?token=${'Ab1_'.repeat(10)}xyz`;
      await assert.rejects(
        t.database.db.transaction((tx) =>
          enqueue(tx, {
            topic: 'test.leak',
            to: 'x@practice.example',
            locale: 'fr',
            subject: 'Lien',
            text: link,
          }),
        ),
        /sealed/,
      );
      const queued = await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from outbox_messages where topic = 'test.leak'`,
      );
      assert.equal(Number(queued.rows[0]!.n), 0);
    });
  });
}
