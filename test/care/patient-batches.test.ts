// Changes that wait for a lane share one transaction under all their patients' locks
// (src/care/patient-batches.ts): each must still see, and leave, what it would alone. A change
// that fails fails alone; a second change of the same patient waits for the next transaction and
// sees the first one's write.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { PatientBatches } from '../../src/care/patient-batches.ts';
import { type CombinableStatement, ThenCommit } from '../../src/care/sql.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';

const key = (first: string) => first.repeat(8) + '0'.repeat(56);
const TX = 'select txid_current()::text as tx';

const insert = (id: string) => ({
  text: `insert into care_clinicians (id, given_name, family_name) values ($1, 'Batch', 'Test')`,
  values: [id],
});

/** Inserts of care_clinicians rows that combine into one statement; `made` lists each statement's rows. */
function combinableInserts() {
  const made: string[][] = [];
  const combine = (ids: readonly string[]) => {
    made.push([...ids]);
    return {
      text: `insert into care_clinicians (id, given_name, family_name) values ${ids
        .map((_, i) => `($${i + 1}, 'Batch', 'Combined')`)
        .join(', ')}`,
      values: [...ids],
    };
  };
  const insertAll = (ids: readonly string[]): CombinableStatement<string> => ({ parts: ids, combine });
  return { made, insertAll };
}

/** A gate the first change waits behind, so that the next ones queue for the single lane. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

for (const engine of testEngines()) {
  describe(`changes under patients' locks, sharing transactions (${engine})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    const exists = async (id: string) =>
      (await database.pool.query('select 1 from care_clinicians where id = $1', [id])).rowCount === 1;

    it('runs what waited in one transaction, each change with its own reads and last statement', async () => {
      const batches = new PatientBatches(database.pool, 1);
      const { open, opened } = gate();
      const first = batches.run(key('1'), async () => {
        await opened;
        return 'first';
      });
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      const waiting = ['2', '3', '4'].map((digit, index) =>
        batches.run(
          key(digit),
          async (_client, read) => new ThenCommit(insert(ids[index]!), read[0]![0]!.tx as string),
          [TX],
        ),
      );
      open();
      assert.equal(await first, 'first');
      const transactions = await Promise.all(waiting);
      assert.equal(new Set(transactions).size, 1, `one transaction: ${transactions}`);
      for (const id of ids) assert.ok(await exists(id), id);
    });

    it('fails only the change that fails, and keeps the others', async () => {
      const batches = new PatientBatches(database.pool, 1);
      const { open, opened } = gate();
      const first = batches.run(key('5'), () => opened);
      const kept = [randomUUID(), randomUUID()];
      const refused = randomUUID();
      const calls = { kept: 0 };
      const keep = (id: string) =>
        batches.run(key(id === kept[0] ? '6' : '7'), async () => {
          calls.kept++;
          return new ThenCommit(insert(id), id);
        });
      const outcomes = [
        keep(kept[0]!),
        keep(kept[1]!),
        batches.run(key('8'), async (client) => {
          await client.query(insert(refused));
          throw new Error('this decision failed');
        }),
      ];
      open();
      await first;
      const settled = await Promise.allSettled(outcomes);
      assert.deepEqual(
        settled.map((outcome) => outcome.status),
        ['fulfilled', 'fulfilled', 'rejected'],
      );
      assert.match(String((settled[2] as PromiseRejectedResult).reason), /this decision failed/);
      for (const id of kept) assert.ok(await exists(id), id);
      assert.equal(await exists(refused), false, 'the failed change wrote nothing');
      // Tried together first, then each on its own.
      assert.equal(calls.kept, 4);
    });

    it('gives a second change of a patient the next transaction, where it sees the first', async () => {
      const batches = new PatientBatches(database.pool, 1);
      const { open, opened } = gate();
      const first = batches.run(key('9'), () => opened);
      const written = randomUUID();
      const seen = `select (select count(*)::int from care_clinicians where id = '${written}') as n, txid_current()::text as tx`;
      const one = batches.run(
        key('a'),
        async (_client, read) => new ThenCommit(insert(written), read[0]![0] as { n: number; tx: string }),
        [seen],
      );
      const other = batches.run(key('b'), async (_client, read) => read[0]![0] as { n: number; tx: string }, [
        seen,
      ]);
      const again = batches.run(key('a'), async (_client, read) => read[0]![0] as { n: number; tx: string }, [
        seen,
      ]);
      open();
      await first;
      const [a, b, c] = await Promise.all([one, other, again]);
      assert.equal(a.tx, b.tx, 'two patients share a transaction');
      assert.notEqual(c.tx, a.tx, 'the same patient waits for the next');
      assert.deepEqual([a.n, c.n], [0, 1]);
    });

    it('sends the last statements of one kind as one statement, and the others as they are', async () => {
      const batches = new PatientBatches(database.pool, 1);
      const { made, insertAll } = combinableInserts();
      const { open, opened } = gate();
      const first = batches.run(key('c'), () => opened);
      const combinedIds = [randomUUID(), randomUUID(), randomUUID()];
      const plain = randomUUID();
      const waiting = [
        ...combinedIds.map((id, index) =>
          batches.run(key(String(index + 1)), async () => new ThenCommit(insertAll([id]), id)),
        ),
        batches.run(key('d'), async () => new ThenCommit(insert(plain), plain)),
      ];
      open();
      await first;
      assert.deepEqual(await Promise.all(waiting), [...combinedIds, plain]);
      assert.deepEqual(made, [combinedIds], 'one statement for the three');
      for (const id of [...combinedIds, plain]) assert.ok(await exists(id), id);
    });

    it('keeps the good rows of a combined statement that one row fails', async () => {
      const batches = new PatientBatches(database.pool, 1);
      const { insertAll } = combinableInserts();
      const taken = randomUUID();
      await database.pool.query(insert(taken));
      const { open, opened } = gate();
      const first = batches.run(key('e'), () => opened);
      const good = [randomUUID(), randomUUID()];
      const outcomes = [good[0]!, taken, good[1]!].map((id, index) =>
        batches.run(key(String(index + 5)), async () => new ThenCommit(insertAll([id]), id)),
      );
      open();
      await first;
      const settled = await Promise.allSettled(outcomes);
      assert.deepEqual(
        settled.map((outcome) => outcome.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      for (const id of good) assert.ok(await exists(id), id);
    });
  });
}
