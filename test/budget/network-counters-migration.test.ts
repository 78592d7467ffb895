// A budget reads its year and its run-rate window from each network's counters by zone and service
// (migration 0038, network-counters-by-zone-and-year), with only its contingents' holders read one
// by one. Whatever the holders, folded or not, and for counters folded before the migration, each
// line must be what the clinicians' own statement rows give once the non-holders are summed.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { holdersStatementRows } from '../../src/care/network-statement-rows.ts';
import { foldStatementChanges, type StatementRow, statementRows } from '../../src/care/statement-rows.ts';
import { openWithSessionsBefore } from '../reporting/support/sessions-before-counters.ts';
import { testEngines } from '../support/database.ts';

/** The fold as it was before the migration: network months with zone and service ''. */
const FOLD_BEFORE = `
  with moved as (delete from care_statement_changes returning *)
  insert into care_statement_counts (grain, period_start, network_id, clinician_id, function, mode, outcome,
    zone_id, service_id, sessions, copay_cents, fee_cents, unknown_fees)
  select g.grain, g.period_start, network_id, g.clinician_id, function, mode, outcome, g.zone_id, g.service_id,
    sum(sessions), sum(copay_cents), sum(fee_cents), sum(unknown_fees)
  from moved, lateral (values
    ('month', date_trunc('month', moved.date)::date, moved.clinician_id, moved.zone_id, moved.service_id),
    ('year', date_trunc('year', moved.date)::date, moved.clinician_id, moved.zone_id, moved.service_id),
    ('network-month', date_trunc('month', moved.date)::date, '00000000-0000-0000-0000-000000000000'::uuid, '', '')
  ) g(grain, period_start, clinician_id, zone_id, service_id)
  group by 1, 2, 3, 4, 5, 6, 7, 8, 9`;

const PERIODS = [
  { from: '2025-01-01', until: '2026-01-01' },
  { from: '2025-11-01', until: '2026-01-01' },
  { from: '2025-03-01', until: '2025-04-01' },
  { from: '2024-12-01', until: '2026-02-01' },
];

type Line = Omit<StatementRow, 'networkId' | 'reasons'> & { reasons: string };

/** Lines by clinician (holders only, '' for the others), function, mode, zone and service. */
function collapsed(rows: readonly StatementRow[], holders: readonly string[]): Map<string, Line> {
  const lines = new Map<string, Line>();
  for (const row of rows) {
    const clinicianId = holders.includes(row.clinicianId) ? row.clinicianId : '';
    const key = [clinicianId, row.function, row.mode, row.zoneId, row.serviceId].join('|');
    const line = lines.get(key) ?? {
      clinicianId,
      function: row.function,
      mode: row.mode,
      zoneId: row.zoneId,
      serviceId: row.serviceId,
      sessions: 0,
      reimbursed: 0,
      cancelled: 0,
      copayCents: 0,
      feeCents: 0,
      unknownFees: 0,
      reasons: '',
    };
    const reasons: Record<string, number> = line.reasons ? JSON.parse(line.reasons) : {};
    for (const [code, n] of Object.entries(row.reasons)) reasons[code] = (reasons[code] ?? 0) + n;
    lines.set(key, {
      ...line,
      sessions: line.sessions + row.sessions,
      reimbursed: line.reimbursed + row.reimbursed,
      cancelled: line.cancelled + row.cancelled,
      copayCents: line.copayCents + row.copayCents,
      feeCents: line.feeCents + row.feeCents,
      unknownFees: line.unknownFees + row.unknownFees,
      reasons: JSON.stringify(reasons),
    });
  }
  // A line with no session at all (a counter back at zero) says nothing either way.
  for (const [key, line] of lines) if (line.sessions + line.cancelled === 0) lines.delete(key);
  return lines;
}

for (const engine of testEngines()) {
  describe(`a budget's usage from the network's counters, holders apart (${engine})`, () => {
    let opened: Awaited<ReturnType<typeof openWithSessionsBefore>>;
    let clinicians: string[] = [];
    before(async () => {
      opened = await openWithSessionsBefore(engine, 'network-counters-by-zone-and-year', async (database) => {
        // Zones and services as the recording's triggers would have set them (the test database
        // has no postcodes nor services): the sessions are rewritten, this once, and counted
        // afresh as migration 0017 counted the sessions it found.
        await database.pool.query(`
          alter table care_sessions disable trigger care_sessions_keep_what_was_recorded;
          update care_sessions set
            zone_id = (array['bxl-nord', 'bxl-sud', 'bxl-est'])[1 + seq % 3],
            service_id = case when seq % 4 = 0 then '5e7a1ce0-0000-4000-8000-000000000001'::uuid end;
          alter table care_sessions enable trigger care_sessions_keep_what_was_recorded;
          delete from care_statement_counts;
          delete from care_statement_changes;
          insert into care_statement_changes
            select c.* from care_sessions s, lateral care_statement_change(s, 1) c;`);
        await database.pool.query(FOLD_BEFORE);
      });
      const result = await opened.database.pool.query<{ id: string }>(
        `select distinct clinician_id::text as id from care_sessions where network_id = 'brumenta' order by 1`,
      );
      clinicians = result.rows.map((row) => row.id);
    });
    after(() => opened.close());

    async function assertSameAsStatements(when: string) {
      const holderSets = [[], clinicians.slice(0, 3), [...clinicians, 'a-service-not-a-uuid']];
      for (const period of PERIODS) {
        const rows = await statementRows(opened.database.db, {
          ...period,
          networkId: 'brumenta',
          byZone: true,
          byService: true,
        });
        for (const holders of holderSets) {
          const read = await holdersStatementRows(
            opened.database.db,
            { ...period, networkId: 'brumenta' },
            holders,
          );
          assert.deepEqual(
            collapsed(read, holders),
            collapsed(rows, holders),
            `${when}, ${period.from}–${period.until}, ${holders.length} holders`,
          );
          assert.equal(read.length, collapsed(read, holders).size, 'one line per key, none empty');
        }
      }
    }

    it('gives what the statement rows give, folded before the migration, changed since, and folded again', async () => {
      assert.ok(clinicians.length >= 3);
      const split = await opened.database.pool.query(
        `select count(distinct zone_id) as zones, count(distinct service_id) as services
         from care_statement_counts where grain = 'network-year'`,
      );
      assert.ok(
        Number(split.rows[0].zones) > 1 && Number(split.rows[0].services) > 1,
        'several zones and services',
      );
      await assertSameAsStatements('folded before');
      await opened.database.pool.query(
        'update care_sessions set cancelled = true where not cancelled and seq % 7 = 0',
      );
      await assertSameAsStatements('cancelled, not folded');
      assert.ok((await foldStatementChanges(opened.database.db)) > 0);
      await assertSameAsStatements('folded again');
    });
  });
}
