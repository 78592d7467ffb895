// Alerts: a threshold passed, or a forecast over the amount, e-mails the network's admins once.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BudgetService } from '../../src/budget/service.ts';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { createPerson, mailTo } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

for (const engine of testEngines()) {
  describe(`budget alerts (${engine})`, () => {
    let t: TestApp;
    let budgets: BudgetService;
    let ana: { id: string; locations: string[] };
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      budgets = new BudgetService(t.database, t.services.reference, () => new Date('2024-12-20T10:00:00Z'));
      ana = (await addClinicians(t.services.directory, [clinician('Adam', ['brumenta'])]))[0]!;
      await createPerson(t, {
        email: 'admin.nl@example.be',
        locale: 'nl',
        grants: [{ role: 'network-admin', networkId: 'brumenta' }],
      });
      await createPerson(t, {
        email: 'elsewhere@example.be',
        grants: [{ role: 'network-admin', networkId: 'bru-stars' }],
      });
    });
    after(() => t.close());

    const record = async (n: number) => {
      const niss = makeNiss('1980-02-14', 400 + n);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(ana, { niss, date: `2024-05-${String(10 + n).padStart(2, '0')}` }),
      });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().reimbursable, true);
    };

    it('e-mails the network’s admins once per threshold passed, in their language', async () => {
      const set = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/networks/brumenta/budgets/2024',
        headers: auth,
        payload: { allocationCents: 20_000, defaultFeeCents: 8000, thresholds: [30, 75] },
      });
      assert.equal(set.statusCode, 200, set.body);
      assert.deepEqual(await budgets.checkAlerts('brumenta', 2024), []);

      await record(1);
      assert.deepEqual(await budgets.checkAlerts('brumenta', 2024), [
        { envelopeId: 'total', kind: 'consumption', threshold: 30 },
      ]);
      const [first, ...more] = await mailTo(t, 'admin.nl@example.be');
      assert.equal(more.length, 0);
      assert.equal(
        first?.subject,
        'Budget 2024 van Brumenta (volwassenen): waarschuwingsdrempel overschreden',
      );
      assert.match(first!.textBody, /het hele budget: 30% van het bedrag verbruikt \(€\s80 van €\s200\)/);
      assert.deepEqual(await mailTo(t, 'elsewhere@example.be'), []);

      // Read again: nothing new, no second e-mail.
      assert.deepEqual(await budgets.checkAlerts('brumenta', 2024), []);
      assert.equal((await mailTo(t, 'admin.nl@example.be')).length, 1);

      await record(2);
      await record(3);
      assert.deepEqual(await budgets.checkAlerts('brumenta', 2024), [
        { envelopeId: 'total', kind: 'consumption', threshold: 75 },
        { envelopeId: 'total', kind: 'forecast', threshold: 100 },
      ]);
      const mails = await mailTo(t, 'admin.nl@example.be');
      assert.equal(mails.length, 2);
      assert.match(mails[1]!.textBody, /de prognose tot 31 december \(€\s240\) overschrijdt het bedrag/);
    });
  });
}
