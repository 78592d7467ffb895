// The burn-down's months come from one read of care's month counters (with the changes not
// folded yet): each month's consumption must equal what that month's statement rows say.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { consumedCents, emptyPlan } from '../../src/budget/domain/index.ts';
import { monthlyUsageOf, usageOf } from '../../src/budget/store.ts';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

for (const engine of testEngines()) {
  describe(`a network's months in one read (${engine})`, () => {
    let t: TestApp;
    let adamId = '';
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      const [a, b] = await addClinicians(t.services.directory, [
        clinician('Adam', ['brumenta']),
        clinician('Bruyn', ['brumenta']),
      ]);
      const record = async (who: typeof a, date: string, serial: number, extra: object = {}) => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          headers: auth,
          payload: sessionBody(who!, { date, niss: makeNiss('1980-02-14', serial), ...extra }),
        });
        assert.equal(response.statusCode, 201, response.body);
        return response.json().id as string;
      };
      adamId = a!.id;
      await record(a, '2026-03-10', 1);
      await record(b, '2026-03-11', 2);
      const cancelled = await record(a, '2026-05-12', 3);
      await t.services.care.foldStatementChanges();
      // Not folded yet: a session, a treatment without its assessment (refused), a cancellation.
      await record(b, '2026-05-13', 4, { function: 'treatment' });
      await record(a, '2026-05-14', 5);
      const cancel = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${cancelled}/cancel`,
        headers: auth,
        payload: { reason: 'Recorded twice' },
      });
      assert.equal(cancel.statusCode, 200, cancel.body);
    });
    after(() => t.close());

    it('gives each month what its statement rows give, folded or not, cancelled and refused left out', async () => {
      const plan = { ...emptyPlan('brumenta', 2026), defaultFeeCents: 7500 };
      const monthly = await monthlyUsageOf(t.database.db, 'brumenta', '2026-01-01', '2027-01-01');
      const spent: number[] = [];
      for (let m = 1; m <= 12; m++) {
        const from = `2026-${String(m).padStart(2, '0')}-01`;
        const until = m === 12 ? '2027-01-01' : `2026-${String(m + 1).padStart(2, '0')}-01`;
        const expected = consumedCents(plan, await usageOf(t.database.db, 'brumenta', from, until, []));
        assert.equal(consumedCents(plan, monthly.get(from) ?? []), expected, from);
        spent.push(expected);
      }
      // March: two reimbursed sessions; May: one (the cancelled one and the refused treatment cost nothing).
      assert.ok(spent[2]! > 0 && spent[4]! > 0);
      assert.equal(spent[4]! * 2, spent[2]!);
      assert.equal(spent.filter((cents) => cents > 0).length, 2);
    });

    it('keeps rows only for the clinicians asked for, summing the others, with the same totals', async () => {
      const year = ['2026-01-01', '2027-01-01'] as const;
      const each = await usageOf(t.database.db, 'brumenta', ...year, [adamId]);
      assert.deepEqual([...new Set(each.map((line) => line.clinicianId))].sort(), ['', adamId].sort());
      const none = await usageOf(t.database.db, 'brumenta', ...year, []);
      assert.deepEqual([...new Set(none.map((line) => line.clinicianId))], ['']);
      const plan = { ...emptyPlan('brumenta', 2026), defaultFeeCents: 7500 };
      const sessions = (lines: typeof each) => lines.reduce((sum, line) => sum + line.sessions, 0);
      assert.equal(sessions(each), sessions(none));
      assert.equal(consumedCents(plan, each), consumedCents(plan, none));
      assert.ok(consumedCents(plan, none) > 0);
    });
  });
}
