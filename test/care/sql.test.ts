// The plain-SQL layer under recording: the per-patient transaction, and statements prepared by
// name on every engine (the embedded one, one session behind all connections, sends them unnamed).

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { type SqlClient, withPatientLocked } from '../../src/care/sql.ts';
import { findCareSession } from '../../src/care/store.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';

const PATIENT = 'ab'.repeat(32);

for (const engine of testEngines()) {
  describe(`care's SQL layer (${engine})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    const clinicianCount = async () =>
      (await database.pool.query('select count(*)::int as n from care_clinicians')).rows[0].n as number;

    it('commits what the work wrote, and keeps nothing of work that failed', async () => {
      const write = (id: string) => (client: SqlClient) =>
        client.query({
          text: `insert into care_clinicians (id, given_name, family_name) values ($1, 'A', 'B')`,
          values: [id],
        });
      await withPatientLocked(database.pool, PATIENT, write(randomUUID()));
      assert.equal(await clinicianCount(), 1);
      await assert.rejects(
        withPatientLocked(database.pool, PATIENT, async (client) => {
          await write(randomUUID())(client);
          throw new Error('the decision failed');
        }),
        /the decision failed/,
      );
      assert.equal(await clinicianCount(), 1);
      // The connection went back to the pool usable, not stuck in a failed transaction.
      await Promise.all(
        Array.from({ length: 12 }, () =>
          withPatientLocked(database.pool, PATIENT, async (client) => {
            await client.query({ text: 'select 1' });
          }),
        ),
      );
    });

    it('runs the same prepared statement on many connections at once', async () => {
      const found = await Promise.all(
        Array.from({ length: 16 }, () => findCareSession(database.pool, randomUUID())),
      );
      assert.deepEqual(found, Array(16).fill(null));
    });
  });
}
