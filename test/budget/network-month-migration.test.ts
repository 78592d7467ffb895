// The burn-down reads counters of a whole network's month (migration 0033, network-month-counters).
// Months folded before them must be there at once: the migration sums the month counters already
// folded, so each month's consumption is what that month's statement says, before and after the
// next fold.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { consumedCents, emptyPlan } from '../../src/budget/domain/index.ts';
import { monthlyUsageOf, usageOf } from '../../src/budget/store.ts';
import { foldStatementChanges } from '../../src/care/statement-rows.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { openWithSessionsBefore } from '../reporting/support/sessions-before-counters.ts';
import { testEngines } from '../support/database.ts';

/** The fold as it was before the migration: month and year counters only. */
const FOLD_BEFORE = `
  with moved as (delete from care_statement_changes returning *)
  insert into care_statement_counts (grain, period_start, network_id, clinician_id, function, mode, outcome,
    zone_id, service_id, sessions, copay_cents, fee_cents, unknown_fees)
  select g.grain, g.period_start, network_id, clinician_id, function, mode, outcome, zone_id, service_id,
    sum(sessions), sum(copay_cents), sum(fee_cents), sum(unknown_fees)
  from moved, lateral (values ('month', date_trunc('month', moved.date)::date),
                              ('year', date_trunc('year', moved.date)::date)) g(grain, period_start)
  group by 1, 2, 3, 4, 5, 6, 7, 8, 9`;

const YEAR = 2025;

/** Each month's consumption by the burn-down's read and by that month's statement rows. */
async function monthByMonth(database: Database, networkId: string) {
  const plan = { ...emptyPlan(networkId, YEAR), defaultFeeCents: 7500 };
  const monthly = await monthlyUsageOf(database.db, networkId, `${YEAR}-01-01`, `${YEAR + 1}-01-01`);
  const burnDown: number[] = [];
  const statements: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const from = `${YEAR}-${String(m).padStart(2, '0')}-01`;
    const until = m === 12 ? `${YEAR + 1}-01-01` : `${YEAR}-${String(m + 1).padStart(2, '0')}-01`;
    burnDown.push(consumedCents(plan, monthly.get(from) ?? []));
    statements.push(consumedCents(plan, await usageOf(database.db, networkId, from, until, [])));
  }
  return { burnDown, statements };
}

for (const engine of testEngines()) {
  describe(`a network's months, folded before their counters existed (${engine})`, () => {
    let opened: Awaited<ReturnType<typeof openWithSessionsBefore>>;
    let networks: string[] = [];
    before(async () => {
      opened = await openWithSessionsBefore(engine, 'network-month-counters', async (database) => {
        await database.pool.query(FOLD_BEFORE);
      });
      const result = await opened.database.pool.query<{ network_id: string }>(
        'select distinct network_id from care_sessions order by 1',
      );
      networks = result.rows.map((row) => row.network_id);
    });
    after(() => opened.close());

    it('gives each month what its statement gives, at once and after the next fold', async () => {
      assert.ok(networks.length > 0);
      for (const networkId of networks) {
        const { burnDown, statements } = await monthByMonth(opened.database, networkId);
        assert.ok(
          burnDown.some((cents) => cents > 0),
          networkId,
        );
        assert.deepEqual(burnDown, statements, networkId);
      }
      // Cancelling some sessions moves consumption; the fold carries it into both kinds of counters.
      await opened.database.pool.query(
        'update care_sessions set cancelled = true where not cancelled and seq % 7 = 0',
      );
      assert.ok((await foldStatementChanges(opened.database.db)) > 0);
      for (const networkId of networks) {
        const { burnDown, statements } = await monthByMonth(opened.database, networkId);
        assert.deepEqual(burnDown, statements, networkId);
      }
    });
  });
}
