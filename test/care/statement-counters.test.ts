// Statements read counters that the database keeps from the sessions (migration 0017) and that
// a fold tidies up. Whatever writes the sessions, whenever the fold runs, a statement must say
// exactly what counting the sessions themselves says.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadYear } from '../../bench/care-data.ts';
import { REASON_CODES } from '../../src/care/domain/index.ts';
import {
  counterPeriods,
  foldStatementChanges,
  type StatementPeriod,
  type StatementRow,
  statementRows,
} from '../../src/care/statement-rows.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { openWithSessionsBefore } from '../reporting/support/sessions-before-counters.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';

const PLAN = { sessions: 3000, patients: 900, clinicians: 40 };

/** The same statement rows, counted straight from the sessions. */
async function countedFromSessions(database: Database, period: StatementPeriod): Promise<StatementRow[]> {
  const reasons = REASON_CODES.map(
    (code, i) => `count(*) filter (where not cancelled and reason = '${code}')::int as r${i}`,
  ).join(', ');
  const result = await database.pool.query(
    `select network_id, clinician_id, function, mode,
       count(*) filter (where not cancelled)::int as sessions,
       count(*) filter (where not cancelled and reimbursable)::int as reimbursed,
       count(*) filter (where cancelled)::int as cancelled, ${reasons},
       coalesce(sum(copay_cents) filter (where not cancelled), 0)::int as copay,
       coalesce(sum(fee_cents) filter (where not cancelled), 0)::int as fee,
       count(*) filter (where not cancelled and reimbursable and fee_cents is null)::int as unknown
     from care_sessions
     where date >= $1 and date < $2 and ($3::text is null or network_id = $3)
     group by 1, 2, 3, 4`,
    [period.from, period.until, period.networkId],
  );
  return result.rows.map((row) => ({
    networkId: row.network_id,
    clinicianId: row.clinician_id,
    function: row.function,
    mode: row.mode,
    sessions: row.sessions,
    reimbursed: row.reimbursed,
    reasons: Object.fromEntries(
      REASON_CODES.map((code, i) => [code, row[`r${i}`]]),
    ) as StatementRow['reasons'],
    cancelled: row.cancelled,
    copayCents: row.copay,
    feeCents: row.fee,
    unknownFees: row.unknown,
  }));
}

const key = (row: StatementRow) => `${row.networkId} ${row.clinicianId} ${row.function} ${row.mode}`;
const byKey = (rows: StatementRow[]) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));

const PERIODS: StatementPeriod[] = [
  { from: '2025-01-01', until: '2026-01-01', networkId: null },
  { from: '2025-05-01', until: '2025-06-01', networkId: null },
  { from: '2024-12-01', until: '2026-02-01', networkId: null },
  { from: '2024-11-01', until: '2027-01-01', networkId: 'bru-stars' },
];

async function assertStatementsMatchSessions(database: Database, when: string) {
  for (const period of PERIODS) {
    const expected = byKey(await countedFromSessions(database, period));
    assert.ok(expected.length > 0, `${when}: the fixture has sessions from ${period.from}`);
    assert.deepEqual(byKey(await statementRows(database.db, period)), expected, `${when}, ${period.from}`);
  }
}

describe('the periods a statement reads counters for', () => {
  it('reads whole calendar years as one counter and the months around them one by one', () => {
    assert.deepEqual(counterPeriods('2025-01-01', '2026-01-01'), { years: ['2025-01-01'], months: [] });
    assert.deepEqual(counterPeriods('2025-05-01', '2025-06-01'), { years: [], months: ['2025-05-01'] });
    assert.deepEqual(counterPeriods('2024-11-01', '2026-02-01'), {
      years: ['2025-01-01'],
      months: ['2024-11-01', '2024-12-01', '2026-01-01'],
    });
    assert.deepEqual(counterPeriods('2025-03-01', '2026-03-01').years, []);
    assert.deepEqual(counterPeriods('2025-03-01', '2025-03-01'), { years: [], months: [] });
  });

  it('refuses a period that does not start and end on the first of a month', () => {
    assert.throws(() => counterPeriods('2025-01-02', '2025-02-01'), RangeError);
    assert.throws(() => counterPeriods('2025-01-01', '2025-01-31'), RangeError);
  });
});

for (const engine of testEngines()) {
  describe(`statement counters (${engine})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(engine);
      await loadYear(database.pool, PLAN, 1000);
      // Sessions on both sides of the year, so that periods mix months and years.
      await database.pool.query(
        `insert into care_sessions (patient_key, clinician_id, network_id, location_id, date, birth_date, bim,
           function, mode, network_type, functional_assessment, reimbursable, reason, session_number, cap,
           copay_cents, first_session_free, convention, fee_cents)
         select patient_key || '-moved', clinician_id, network_id, location_id,
           date + (case when seq % 2 = 0 then 400 else -45 end), birth_date, bim, function, mode, network_type,
           functional_assessment, reimbursable, reason, session_number, cap, copay_cents, first_session_free,
           convention, fee_cents
         from care_sessions where seq % 7 = 0`,
      );
    });
    after(() => database.close());

    it('counts every session written, before any fold', async () => {
      await assertStatementsMatchSessions(database, 'unfolded');
    });

    it('says the same after a fold, and after cancellations and re-decisions written by hand', async () => {
      const changes = await database.pool.query('select count(*)::int as n from care_statement_changes');
      assert.equal(await foldStatementChanges(database.db), changes.rows[0].n);
      assert.equal(
        (await database.pool.query('select count(*)::int as n from care_statement_changes')).rows[0].n,
        0,
      );
      await assertStatementsMatchSessions(database, 'folded');
      // Not through the service: the database keeps the counters whoever writes.
      await database.pool.query('update care_sessions set cancelled = true where seq % 11 = 0');
      await database.pool.query(
        `update care_sessions set reimbursable = false, reason = 'cap-reached', copay_cents = null,
           fee_cents = null where seq % 13 = 0 and not cancelled`,
      );
      await database.pool.query(
        'update care_sessions set fee_cents = 5000 where seq % 17 = 0 and reimbursable',
      );
      await assertStatementsMatchSessions(database, 'changed, not folded');
      await foldStatementChanges(database.db);
      await assertStatementsMatchSessions(database, 'changed, folded');
    });

    it('moves each change once when folds run at the same time', async () => {
      await database.pool.query(
        'update care_sessions set cancelled = true where seq % 19 = 0 and not cancelled',
      );
      const pending = (await database.pool.query('select count(*)::int as n from care_statement_changes'))
        .rows[0].n;
      assert.ok(pending > 0);
      const moved = await Promise.all([1, 2, 3].map(() => foldStatementChanges(database.db)));
      assert.equal(
        moved.reduce((a, b) => a + b, 0),
        pending,
      );
      await assertStatementsMatchSessions(database, 'after concurrent folds');
    });

    it('refuses an update that would change what a session was recorded as, so no counter drifts', async () => {
      await assert.rejects(
        database.pool.query(`update care_sessions set network_id = 'bru-stars' where seq = 1`),
      );
    });
  });

  describe(`statement counters for sessions recorded before they existed (${engine})`, () => {
    let database: Database;
    let close: () => Promise<void>;
    before(async () => {
      ({ database, close } = await openWithSessionsBefore(engine, 'care-statement-counters-kept'));
    });
    after(() => close());

    it('counts the sessions already there when the counters arrive', async () => {
      const year = PERIODS[0]!;
      const expected = byKey(await countedFromSessions(database, year));
      assert.equal(
        expected.reduce((sum, row) => sum + row.sessions + row.cancelled, 0),
        600,
      );
      assert.deepEqual(byKey(await statementRows(database.db, year)), expected);
      await foldStatementChanges(database.db);
      assert.deepEqual(byKey(await statementRows(database.db, year)), expected);
    });
  });
}
