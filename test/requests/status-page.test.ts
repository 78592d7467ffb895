import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { FormClient } from './support/client.ts';
import { GP_REQUEST } from './support/fixtures.ts';

for (const engine of testEngines()) {
  describe(`the requester's status page (${engine})`, () => {
    let t: TestApp;
    let reference: string;
    before(async () => {
      t = await startTestApp(engine, { STATUS_LOOKUPS_PER_HOUR: '4' });
      reference = (
        await t.app.inject({ method: 'POST', url: '/api/v1/support-requests', payload: GP_REQUEST })
      ).json().reference;
    });
    after(() => t.close());

    /** The answer without the echo of what was typed, to compare two answers. */
    const answer = (body: string) =>
      body
        .replace(/value="[^"]*"/g, '')
        .replace(/<title>[^<]*<\/title>/, '')
        .replace(/_csrf[^>]*>/g, '');

    it('shows the status and public history with the right reference and e-mail, in any case and spacing', async () => {
      const client = new FormClient(t);
      const form = await client.get(`/nl/professionals/status?reference=${reference}`);
      assert.match(
        form.body,
        new RegExp(`value="${reference}"`),
        'the link in the e-mail fills the reference in',
      );
      const page = await client.post('/nl/professionals/status', {
        reference: reference.toLowerCase().replace(/-/g, ' '),
        email: ' AN.PEETERS@example.be ',
      });
      assert.equal(page.status, 200);
      assert.match(page.body, /Ontvangen/);
      assert.match(page.body, /Aanvraag verstuurd/);
      // Issue 12: the answer is where the person looks, and the page title says it.
      assert.match(page.body, new RegExp(`<title>Aanvraag ${reference}: Ontvangen – Een aanvraag volgen`));
      assert.ok(page.body.indexOf('id="result-title"') < page.body.indexOf('<form method="post"'));
    });

    it("is linked from the professionals' start pages and the home page", async () => {
      for (const url of ['/fr/professionals/support', '/fr/professionals/partner', '/fr']) {
        const page = await t.app.inject(url);
        assert.match(page.body, /href="\/fr\/professionals\/status"/, url);
      }
    });

    it('answers the same whether the reference exists with another e-mail or does not exist at all', async () => {
      const client = new FormClient(t);
      await client.get('/fr/professionals/status');
      const wrongEmail = await client.post('/fr/professionals/status', {
        reference,
        email: 'someone@else.example',
      });
      const unknown = await client.post('/fr/professionals/status', {
        reference: 'GP-2222-2222',
        email: 'someone@else.example',
      });
      assert.equal(wrongEmail.status, unknown.status);
      assert.equal(answer(wrongEmail.body), answer(unknown.body));
      assert.match(wrongEmail.body, /Nous ne trouvons pas de demande/);
    });

    it('stops look-ups from one address after the hourly limit', async () => {
      const client = new FormClient(t);
      await client.get('/en/professionals/status');
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        statuses.push(
          (
            await client.post('/en/professionals/status', {
              reference: `GP-2222-222${i + 2}`,
              email: 'x@y.be',
            })
          ).status,
        );
      }
      // Four per hour in this test; the tests above used three from the same address.
      assert.deepEqual(statuses, [200, 429, 429]);
    });
  });
}
