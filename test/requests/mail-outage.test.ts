import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { GP_REQUEST } from './support/fixtures.ts';

for (const engine of testEngines()) {
  describe(`request e-mails survive a mail server outage (${engine})`, () => {
    let t: TestApp;
    let sink: SmtpSink;
    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp(engine, {
        SMTP_URL: sink.url,
        OUTBOX_POLL_MS: '50',
        OUTBOX_RETRY_BASE_MS: '100',
      });
    });
    after(async () => {
      await t.close();
      await sink.stop();
    });

    it('sends all ten messages of five requests exactly once after the sink comes back', async () => {
      await sink.stop();
      const references: string[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/support-requests',
          payload: { ...GP_REQUEST, requester: { ...GP_REQUEST.requester, email: `gp${i}@example.be` } },
        });
        assert.equal(response.statusCode, 201);
        references.push(response.json().reference);
      }
      // Let the poller fail against the stopped server a few times.
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(sink.messages.length, 0);
      await sink.start();
      await sink.waitFor(10, 20_000);
      // Give a duplicate, if there were one, time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(sink.messages.length, 10);
      const ids = sink.messages.map((m) => m.outboxId);
      assert.equal(new Set(ids).size, 10, 'no outbox row sent twice');
      for (const [i, reference] of references.entries()) {
        const toGp = sink.messages.filter((m) => m.to.includes(`gp${i}@example.be`));
        assert.equal(toGp.length, 1, `one confirmation for ${reference}`);
        assert.match(toGp[0]!.subject, new RegExp(reference));
        assert.equal(toGp[0]!.language, 'nl');
        const toZone = sink.messages.filter(
          (m) => m.to.includes('north-west@coordination.example') && m.subject.includes(reference),
        );
        assert.equal(toZone.length, 1, `one notice to the zone for ${reference}`);
      }
    });
  });
}
