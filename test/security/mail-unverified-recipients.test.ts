// Issue 11, Low: anyone can submit a GP request or an organisation offer with any e-mail address,
// so the acknowledgement goes to an address nobody verified. It must not let a stranger write to
// someone through Passerelle: it carries nothing the sender typed (no name, no organisation, no
// description), only the reference, fixed text and the status link; and one address receives at
// most a few acknowledgements a day, however many requests name it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { GP_REQUEST, ORGANISATION_OFFER } from '../requests/support/fixtures.ts';
import { mailTo } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

const LURE = 'Zorglub vous écrit';

for (const engine of testEngines()) {
  describe(`acknowledgements to unverified addresses (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, { OUTBOX_POLL_MS: '3600000' });
    });
    after(() => t.close());

    const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });

    it('carries only the reference, fixed text and the status link, none of the sender’s words', async () => {
      const gp = {
        ...GP_REQUEST,
        practice: { ...GP_REQUEST.practice, name: `Banque ${LURE}`, street: `Rue ${LURE} 1` },
        requester: { ...GP_REQUEST.requester, name: `Dr ${LURE}`, email: 'victim@practice.example' },
        preferredTimes: `Le mardi ${LURE}`,
        description: `Votre compte est bloqué. ${LURE}`,
      };
      const submitted = await post('/api/v1/support-requests', gp);
      assert.equal(submitted.statusCode, 201);
      const { reference } = submitted.json();

      const offer = {
        ...ORGANISATION_OFFER,
        organisation: { ...ORGANISATION_OFFER.organisation, name: `ASBL ${LURE}` },
        venue: { ...ORGANISATION_OFFER.venue, openingTimes: `Toujours ${LURE}`, street: `Rue ${LURE} 2` },
        contact: { ...ORGANISATION_OFFER.contact, name: `Mme ${LURE}`, email: 'victim2@practice.example' },
      };
      assert.equal((await post('/api/v1/partner-offers', offer)).statusCode, 201);

      const gpMail = await mailTo(t, 'victim@practice.example');
      const offerMail = await mailTo(t, 'victim2@practice.example');
      assert.equal(gpMail.length, 1);
      assert.equal(offerMail.length, 1);
      for (const mail of [...gpMail, ...offerMail]) {
        const everything = `${mail.subject}\n${mail.textBody}\n${mail.htmlBody ?? ''}`;
        assert.doesNotMatch(everything, /Zorglub|Banque|ASBL|Toujours|bloqué/);
        assert.match(everything, /\/professionals\/status\?reference=/);
      }
      assert.match(gpMail[0]!.textBody, new RegExp(reference));
    });

    it('sends one address at most five acknowledgements a day; the cases are still opened and routed', async () => {
      const zoneBefore = await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from outbox_messages where topic = 'requests.zone-new'`,
      );
      for (let n = 0; n < 8; n++) {
        const email = n % 2 === 0 ? 'flooded@practice.example' : 'Flooded@Practice.example';
        const answer = await post('/api/v1/support-requests', {
          ...GP_REQUEST,
          requester: { ...GP_REQUEST.requester, email },
        });
        assert.equal(answer.statusCode, 201, 'the request itself is accepted');
      }
      const acknowledgements = await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from outbox_messages where lower(recipient) = 'flooded@practice.example'`,
      );
      assert.equal(Number(acknowledgements.rows[0]!.n), 5);
      const zoneAfter = await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from outbox_messages where topic = 'requests.zone-new'`,
      );
      assert.equal(
        Number(zoneAfter.rows[0]!.n) - Number(zoneBefore.rows[0]!.n),
        8,
        'every case reaches its zone',
      );
    });
  });
}
