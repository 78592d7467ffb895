// Migration 0024 (services-and-zone-counters) gives care's statement counters the session's zone. Sessions recorded with a zone
// before it (migration 0021 on) were counted without one: after it, each counts in its own zone,
// exactly as counting the sessions themselves says, before and after a fold.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { loadYear } from '../../bench/care-data.ts';
import { foldStatementChanges, statementRows } from '../../src/care/statement-rows.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { MIGRATIONS_FOLDER } from '../../src/platform/db/migrate.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';

const YEAR = { from: '2025-01-01', until: '2026-01-01', networkId: null, byZone: true };

type Tally = Record<string, { reimbursed: number; feeCents: number; cancelled: number }>;

/** Per zone, from the counters. */
async function fromCounters(database: Database): Promise<Tally> {
  const tally: Tally = {};
  for (const row of await statementRows(database.db, YEAR)) {
    const zone = tally[row.zoneId ?? '?'] ?? { reimbursed: 0, feeCents: 0, cancelled: 0 };
    tally[row.zoneId ?? '?'] = zone;
    zone.reimbursed += row.reimbursed;
    zone.feeCents += row.feeCents;
    zone.cancelled += row.cancelled;
  }
  return tally;
}

/** Per zone, from the sessions themselves. */
async function fromSessions(database: Database): Promise<Tally> {
  const result = await database.pool.query(
    `select coalesce(zone_id, '') as zone,
       count(*) filter (where not cancelled and reimbursable)::int as reimbursed,
       coalesce(sum(fee_cents) filter (where not cancelled), 0)::int as fee,
       count(*) filter (where cancelled)::int as cancelled
     from care_sessions where date >= '2025-01-01' and date < '2026-01-01' group by 1`,
  );
  return Object.fromEntries(
    result.rows.map((row) => [
      row.zone,
      { reimbursed: row.reimbursed, feeCents: row.fee, cancelled: row.cancelled },
    ]),
  );
}

for (const engine of testEngines()) {
  describe(`statement counters by zone, for sessions recorded before them (${engine})`, () => {
    let database: Database;
    let folder: string;
    before(async () => {
      database = await openTestDatabase(engine, { migrated: false });
      folder = mkdtempSync(join(tmpdir(), 'passerelle-migrations-'));
      cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
      const journalPath = join(folder, 'meta', '_journal.json');
      const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
      const byZone = journal.entries.findIndex((entry: { tag: string }) =>
        entry.tag.endsWith('services-and-zone-counters'),
      );
      assert.ok(byZone > 0);
      writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, byZone) }));
      const client = await database.pool.connect();
      try {
        await migrate(drizzle(client), { migrationsFolder: folder });
        await loadYear(database.pool, { sessions: 400, patients: 150, clinicians: 8 }, 400);
        // Sessions with a zone, as recording has written them since migration 0021; a few cancelled.
        await database.pool.query(
          `insert into care_sessions (patient_key, clinician_id, network_id, location_id, date, birth_date, bim,
             function, mode, network_type, functional_assessment, reimbursable, reason, session_number, cap,
             copay_cents, first_session_free, convention, fee_cents, cancelled, zone_id)
           select patient_key || '-zoned', clinician_id, network_id, location_id, date, birth_date, bim,
             function, mode, network_type, functional_assessment, reimbursable, reason, session_number, cap,
             copay_cents, first_session_free, convention, fee_cents, seq % 9 = 0,
             case when seq % 2 = 0 then 'east' else 'south' end
           from care_sessions where seq % 3 = 0`,
        );
        await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        client.release();
      }
    });
    after(async () => {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('counts each session in its own zone at once, and after a fold', async () => {
      const expected = await fromSessions(database);
      assert.deepEqual(Object.keys(expected).sort(), ['', 'east', 'south']);
      assert.ok(expected.east!.reimbursed > 0 && expected.south!.cancelled > 0);
      assert.deepEqual(await fromCounters(database), expected);
      await foldStatementChanges(database.db);
      assert.deepEqual(await fromCounters(database), expected);
    });
  });
}
