// The plain-SQL layer under recording: the per-patient transaction (and a last statement sent
// with its commit, values written as literals), and statements prepared by name on every engine
// (the embedded one, one session behind all connections, sends them unnamed), and reads prepared
// once per connection that go with BEGIN.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { type SqlClient, ThenCommit, withPatientLocked } from '../../src/care/sql.ts';
import { findCareSession } from '../../src/care/store.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { PreparedRead, withLiterals } from '../../src/platform/db/prepared-reads.ts';
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

    it('sends a last statement with the commit, and keeps nothing when that statement fails', async () => {
      const insert = (id: string) => ({
        text: `insert into care_clinicians (id, given_name, family_name) values ($1, $2, 'B')`,
        values: [id, "d'Hoop"],
      });
      const before = await clinicianCount();
      const kept = randomUUID();
      const result = await withPatientLocked(
        database.pool,
        PATIENT,
        async () => new ThenCommit(insert(kept), 'done'),
      );
      assert.equal(result, 'done');
      assert.equal(await clinicianCount(), before + 1);
      const named = await database.pool.query('select given_name from care_clinicians where id = $1', [kept]);
      assert.equal(named.rows[0].given_name, "d'Hoop");
      // The same id again: the primary key refuses it, and the write before it goes too.
      await assert.rejects(
        withPatientLocked(database.pool, PATIENT, async (client) => {
          await client.query(insert(randomUUID()));
          return new ThenCommit(insert(kept), 'never');
        }),
        /duplicate key/,
      );
      assert.equal(await clinicianCount(), before + 1);
      await withPatientLocked(database.pool, PATIENT, async (client) => {
        await client.query({ text: 'select 1' });
      });
    });

    it('writes values as literals that read back exactly as parameters do', async () => {
      const statement = {
        text: 'select $1::text as text, $2::int as number, $3::text as nothing, $4::bool as yes, 5-$5 as difference, $6::jsonb as json',
        values: [
          "O'Brien \\ l’été\n« x »",
          42,
          null,
          true,
          -3,
          JSON.stringify({ quote: "it's", slash: '\\' }),
        ],
      };
      const literal = await database.pool.query(withLiterals(statement));
      const bound = await database.pool.query(statement.text, statement.values as unknown[]);
      assert.deepEqual(literal.rows, bound.rows);
      assert.equal(literal.rows[0].difference, 8);
    });

    it('refuses to write a value it cannot say exactly as a literal', () => {
      for (const value of [[1], { a: 1 }, Number.NaN, Number.POSITIVE_INFINITY, 10n, new Date(0)]) {
        assert.throws(() => withLiterals({ text: 'select $1', values: [value] }), TypeError, String(value));
      }
      assert.throws(() => withLiterals({ text: 'select $1, $2', values: ['a'] }), /no value for \$2/);
      assert.throws(() => withLiterals({ text: 'select $0', values: ['a'] }), /no value for \$0/);
    });

    it('gives a prepared read the rows its text gives, alone or with BEGIN, first time and after', async () => {
      const id = randomUUID();
      await database.pool.query(
        `insert into care_clinicians (id, given_name, family_name) values ($1, 'Prepared', $2)`,
        [id, "d'Hoop"],
      );
      const named = new PreparedRead(
        'test_clinician_names',
        ['uuid', 'text'],
        'select family_name as "familyName" from care_clinicians where id = $1 and given_name = $2',
      );
      const expected = [{ familyName: "d'Hoop" }];
      // More than the pool's connections, at once: every one prepares it, then runs it prepared.
      for (let round = 0; round < 2; round++) {
        const rows = await Promise.all(
          Array.from({ length: 12 }, () =>
            withPatientLocked(database.pool, PATIENT, async (_client, read) => read, [
              named.with(id, 'Prepared'),
              named.with(id, 'Someone else'),
            ]),
          ),
        );
        for (const read of rows) assert.deepEqual(read, [expected, []]);
      }
      assert.deepEqual((await database.pool.query(named.query(id, 'Prepared'))).rows, expected);
    });

    it('keeps a connection usable after an opening round trip that failed with a PREPARE in it', async () => {
      const failing = new PreparedRead('test_failing_read', ['int'], 'select 1 / $1 as quotient');
      const pool = database.pool;
      await assert.rejects(
        withPatientLocked(pool, PATIENT, async () => 'never', [failing.with(0)]),
        /division by zero/,
      );
      // Every connection again: none says the statement exists, or that it is unknown.
      const answers = await Promise.all(
        Array.from({ length: 12 }, () =>
          withPatientLocked(pool, PATIENT, async (_client, read) => read[0]![0], [failing.with(4)]),
        ),
      );
      assert.deepEqual(answers, Array(12).fill({ quotient: 0 }));
    });

    it('runs the same prepared statement on many connections at once', async () => {
      const found = await Promise.all(
        Array.from({ length: 16 }, () => findCareSession(database.pool, randomUUID())),
      );
      assert.deepEqual(found, Array(16).fill(null));
    });
  });
}
