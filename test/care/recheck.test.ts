import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { loadYear, YEAR } from '../../bench/care-data.ts';
import { CareService } from '../../src/care/service.ts';
import { DirectoryService } from '../../src/directory/service.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { ReferenceService } from '../../src/reference/service.ts';
import { openBrusselsDatabase, testEngines } from '../support/database.ts';

const admin = { kind: 'admin' as const };

for (const engine of testEngines()) {
  describe(`a year of sessions, re-decided and totalled (${engine})`, () => {
    let database: Database;
    let care: CareService;
    before(async () => {
      database = await openBrusselsDatabase(engine);
      await loadYear(database.pool, { sessions: 6000, patients: 1800, clinicians: 60 }, 2500);
      const reference = await ReferenceService.open(database);
      care = new CareService(database, {
        reference,
        directory: await DirectoryService.open(database, reference),
      });
    });
    after(() => database.close());

    it('reads a large answer intact (the embedded engine streams it in chunks)', async () => {
      const result = await database.pool.query('select * from care_sessions order by seq');
      assert.equal(result.rows.length, 6000);
      assert.ok(result.rows.every((row) => /^[0-9a-f]{64}$/.test(row.patient_key)));
    });

    it('finds every stored decision again when deciding from scratch, and spots one that differs', async () => {
      assert.deepEqual(await care.recheckDecisions(admin), { patients: 1800, sessions: 6000, differing: 0 });
      await database.db.execute(
        sql`update care_sessions set copay_cents = 999 where seq = (select min(seq) from care_sessions where reimbursable)`,
      );
      assert.equal((await care.recheckDecisions(admin))?.differing, 1);
    });

    it('totals the year as the sessions add up', async () => {
      const statement = await care.staff.statement(admin, { ...YEAR, networkId: null });
      const sums = await database.pool.query(
        `select count(*)::int as n, count(*) filter (where reimbursable)::int as reimbursed,
                sum(copay_cents)::int as copay from care_sessions`,
      );
      const expected = sums.rows[0] as { n: number; reimbursed: number; copay: number };
      assert.equal(statement?.totals.sessions, expected.n);
      assert.equal(statement?.totals.reimbursed, expected.reimbursed);
      assert.equal(statement?.totals.copayCents, expected.copay);
      const reasons = Object.values(statement?.totals.reasons ?? {}).reduce((a, b) => a + b, 0);
      assert.equal(reasons, expected.n - expected.reimbursed);
      assert.ok((statement?.totals.reasons['needs-functional-assessment'] ?? 0) > 0);
      const clinicians = statement?.networks.flatMap((n) => n.clinicians) ?? [];
      assert.ok(clinicians.every((c) => c.name?.startsWith('Clinicien')));
    });
  });
}
