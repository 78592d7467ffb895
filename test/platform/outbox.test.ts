import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import type { Database } from '../../src/platform/db/database.ts';
import { SENDING_LEASE_MS } from '../../src/platform/outbox/delivery.ts';
import {
  enqueue,
  LinkSealer,
  type OutboxDelivery,
  type OutboxMessage,
  openOutboxDelivery,
  retryDelayMs,
} from '../../src/platform/outbox/index.ts';
import { findMessage } from '../../src/platform/outbox/store.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

const message = (n: number, to = `gp${n}@practice.example`): OutboxMessage => ({
  topic: 'test.hello',
  to,
  locale: 'nl',
  subject: `Bericht ${n} – ontvangen`,
  text: `Goedendag, dit is bericht ${n}.`,
});

const sealer = new LinkSealer('outbox-test-secret-0123456789abcdef');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outbox retry delays', () => {
  it('doubles from the base and stops growing at an hour', () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 30_000)),
      [30_000, 60_000, 120_000, 240_000],
    );
    assert.equal(retryDelayMs(30, 30_000), 3_600_000);
  });
});

for (const engine of testEngines()) {
  describe(`outbox with an SMTP server (${engine})`, () => {
    let database: Database;
    let sink: SmtpSink;
    let delivery: OutboxDelivery;
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-outbox-'));

    const openDelivery = () =>
      openOutboxDelivery(
        {
          smtpUrl: sink.url,
          dataDir,
          mailFrom: 'Passerelle <no-reply@passerelle.test>',
          outboxMaxAttempts: 3,
          outboxRetryBaseMs: 50,
        },
        database,
        sealer,
      );
    /** Runs the sender until nothing is pending any more (retries wait their backoff). */
    async function drain(sender = delivery, rounds = 40): Promise<void> {
      for (let round = 0; round < rounds; round++) {
        await sender.deliverDue();
        const result = await database.db.execute<{ n: number }>(
          sql`select count(*)::int as n from outbox_messages where status in ('pending', 'sending')`,
        );
        if (Number(result.rows[0]!.n) === 0) return;
        await pause(60);
      }
      throw new Error('the outbox did not drain');
    }

    before(async () => {
      database = await openTestDatabase(engine);
      sink = await startSmtpSink();
      delivery = openDelivery();
    });
    beforeEach(async () => {
      await database.db.execute(sql`delete from outbox_messages`);
      sink.messages.length = 0;
      sink.refused.clear();
    });
    after(async () => {
      delivery.transport.close();
      await sink.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('sends nothing for a change that rolled back, and sends a committed one once', async () => {
      await assert.rejects(
        database.db.transaction(async (tx) => {
          await enqueue(tx, message(1));
          throw new Error('the change failed');
        }),
        /the change failed/,
      );
      const id = await database.db.transaction((tx) => enqueue(tx, message(2)));
      const report = await delivery.deliverDue();
      assert.deepEqual(report, { sent: 1, retrying: 0, failed: 0, abandoned: 0 });
      assert.equal(sink.messages.length, 1);
      const [received] = sink.messages;
      assert.equal(received!.outboxId, id);
      assert.deepEqual(received!.to, ['gp2@practice.example']);
      assert.equal(received!.subject, 'Bericht 2 – ontvangen');
      assert.equal(received!.language, 'nl');
      assert.match(received!.text, /dit is bericht 2/);
      assert.equal((await findMessage(database.db, id))!.status, 'sent');
      assert.deepEqual(await delivery.deliverDue(), { sent: 0, retrying: 0, failed: 0, abandoned: 0 });
    });

    it('opens sealed links only to send them; a link sealed with another secret or for someone else fails unsent', async () => {
      const link = `https://passerelle.test/nl/reset-password?token=${'Zx9_'.repeat(10)}abc`;
      const id = await database.db.transaction((tx) =>
        enqueue(tx, {
          ...message(7),
          text: `Kies een wachtwoord: ${sealer.seal(link, 'GP7@practice.example')}`,
          html: `<a href="${sealer.seal(`${link}&lang=nl`, 'gp7@practice.example')}">Kies</a>`,
        }),
      );
      const other = new LinkSealer('another-secret-0123456789abcdef0123');
      const foreign = await database.db.transaction((tx) =>
        enqueue(tx, { ...message(8), text: other.seal(link, 'gp8@practice.example') }),
      );
      const moved = await database.db.transaction((tx) =>
        enqueue(tx, { ...message(9), text: sealer.seal(link, 'gp7@practice.example') }),
      );
      const stored = (await findMessage(database.db, id))!;
      assert.ok(!stored.textBody.includes('reset-password') && !stored.htmlBody!.includes('reset-password'));
      assert.match(stored.textBody, /\{\{sealed-link:v1:[\w-]+\}\}/);

      const report = await delivery.deliverDue();
      assert.deepEqual(report, { sent: 1, retrying: 0, failed: 2, abandoned: 0 });
      assert.equal(sink.messages.length, 1);
      assert.equal(sink.messages[0]!.text.trim(), `Kies een wachtwoord: ${link}`);
      // The link is escaped for HTML.
      assert.ok(String(sink.messages[0]!.parsed.html).startsWith(`<a href="${link}&#38;lang=nl">`));
      for (const refused of [foreign, moved]) {
        const row = (await findMessage(database.db, refused))!;
        assert.equal(row.status, 'failed', 'a link that does not open is not retried');
        assert.match(row.lastError ?? '', /COOKIE_SECRET/);
      }
    });

    it('keeps every message through a mail server outage and delivers each exactly once', async () => {
      await sink.stop();
      const ids = await database.db.transaction(async (tx) => {
        const written: string[] = [];
        for (let n = 1; n <= 6; n++) written.push(await enqueue(tx, message(n)));
        return written;
      });
      const during = await delivery.deliverDue();
      assert.equal(during.retrying, 6, 'every message waits for a retry');
      const row = await findMessage(database.db, ids[0]!);
      assert.equal(row!.status, 'pending');
      assert.equal(row!.attempts, 1);
      assert.match(row!.lastError ?? '', /ECONNREFUSED|connect/i);

      await sink.start();
      await drain();
      await pause(100);
      assert.deepEqual(sink.messages.map((m) => m.outboxId).sort(), [...ids].sort());
      for (const id of ids) assert.equal((await findMessage(database.db, id))!.status, 'sent');
    });

    it('never sends a message twice when two senders run at once', async () => {
      const second = openDelivery();
      const ids = await database.db.transaction(async (tx) => {
        const written: string[] = [];
        for (let n = 1; n <= 12; n++) written.push(await enqueue(tx, message(n)));
        return written;
      });
      const [a, b] = await Promise.all([delivery.deliverDue(), second.deliverDue()]);
      second.transport.close();
      assert.equal(a.sent + b.sent, 12);
      assert.deepEqual(sink.messages.map((m) => m.outboxId).sort(), [...ids].sort());
    });

    it('gives up at once on a permanent refusal, and after the last attempt otherwise', async () => {
      sink.refused.add('nobody@practice.example');
      const refusedId = await database.db.transaction((tx) =>
        enqueue(tx, message(1, 'nobody@practice.example')),
      );
      assert.equal((await delivery.deliverDue()).failed, 1);
      const refused = await findMessage(database.db, refusedId);
      assert.equal(refused!.status, 'failed');
      assert.equal(refused!.attempts, 1);
      assert.match(refused!.lastError ?? '', /550|unavailable/i);

      await sink.stop();
      const outageId = await database.db.transaction((tx) => enqueue(tx, message(2)));
      await drain();
      const gaveUp = await findMessage(database.db, outageId);
      assert.equal(gaveUp!.status, 'failed');
      assert.equal(gaveUp!.attempts, 3);
      await sink.start();
      assert.equal(sink.messages.length, 0);
    });

    it('does not resend a message whose sender died mid-send: it becomes uncertain until a person decides', async () => {
      const id = await database.db.transaction((tx) => enqueue(tx, message(1)));
      // A sender claimed it and died before recording the outcome, longer ago than the lease.
      await database.db.execute(sql`update outbox_messages
        set status = 'sending', attempts = 1,
            claimed_at = now() - make_interval(secs => ${SENDING_LEASE_MS / 1000 + 1})
        where id = ${id}`);
      const report = await delivery.deliverDue();
      assert.equal(report.abandoned, 1);
      assert.equal(report.sent, 0);
      assert.equal((await findMessage(database.db, id))!.status, 'uncertain');
      assert.equal(sink.messages.length, 0);
    });
  });

  describe(`outbox without SMTP_URL writes .eml files (${engine})`, () => {
    it('writes one file per message, named by its id, readable by a mail client', async () => {
      const database = await openTestDatabase(engine);
      const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-mail-'));
      const delivery = openOutboxDelivery(
        {
          smtpUrl: undefined,
          dataDir,
          mailFrom: 'Passerelle <no-reply@passerelle.test>',
          outboxMaxAttempts: 3,
          outboxRetryBaseMs: 50,
        },
        database,
        sealer,
      );
      try {
        const id = await database.db.transaction((tx) =>
          enqueue(tx, {
            ...message(1),
            html: '<p>Goedendag</p>',
            replyTo: 'north-west@coordination.example',
          }),
        );
        assert.equal((await delivery.deliverDue()).sent, 1);
        const files = readdirSync(join(dataDir, 'mail'));
        assert.equal(files.length, 1);
        assert.match(files[0]!, new RegExp(`${id}\\.eml$`));
        const parsed = await simpleParser(readFileSync(join(dataDir, 'mail', files[0]!)));
        assert.equal(parsed.subject, 'Bericht 1 – ontvangen');
        assert.equal(parsed.messageId, `<${id}@passerelle.test>`);
        assert.equal(parsed.headers.get('content-language'), 'nl');
        assert.match(parsed.text ?? '', /dit is bericht 1/);
        assert.equal(parsed.replyTo?.text, 'north-west@coordination.example');
      } finally {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
