import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { audit, listAudit } from '../../src/platform/audit/audit.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';

for (const engine of testEngines()) {
  describe(`audit log (${engine})`, () => {
    let database: Database;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    it('records entries in the caller’s transaction and lists them by network, newest first', async () => {
      const actor = { accountId: '00000000-0000-4000-8000-000000000001', email: 'coord@brumenta.example' };
      await database.db.transaction(async (tx) => {
        await audit.record(tx, {
          actor,
          action: 'case.read',
          resource: { type: 'case', id: 'c1' },
          networkId: 'brumenta',
          zoneId: 'north-west',
        });
        await audit.record(tx, {
          actor: { system: 'command line' },
          action: 'grant.create',
          resource: { type: 'account', id: 'a1' },
          networkId: 'bru-stars',
          detail: { role: 'network-admin' },
        });
      });
      await assert.rejects(
        database.db.transaction(async (tx) => {
          await audit.record(tx, { actor, action: 'case.update', resource: { type: 'case', id: 'c1' } });
          throw new Error('rolled back');
        }),
      );
      const brumenta = await listAudit(database.db, { networkIds: ['brumenta'], limit: 10 });
      assert.deepEqual(
        brumenta.map((e) => [e.action, e.actorLabel, e.zoneId]),
        [['case.read', 'coord@brumenta.example', 'north-west']],
      );
      const all = await listAudit(database.db, { networkIds: null, limit: 10 });
      assert.deepEqual(
        all.map((e) => e.action),
        ['grant.create', 'case.read'],
      );
      assert.deepEqual(all[0]!.detail, { role: 'network-admin' });
      const byActor = await listAudit(database.db, { networkIds: null, actor: 'command', limit: 10 });
      assert.equal(byActor.length, 1);
      const byFamily = await listAudit(database.db, { networkIds: null, action: 'case', limit: 10 });
      assert.deepEqual(
        byFamily.map((e) => e.action),
        ['case.read'],
      );
    });

    it('refuses to change or delete an entry, whoever asks', async () => {
      const appendOnly = (error: Error & { cause?: Error }) => /append-only/.test(error.cause?.message ?? '');
      await assert.rejects(database.db.execute(sql`update audit_log set action = 'nothing'`), appendOnly);
      await assert.rejects(database.db.execute(sql`delete from audit_log`), appendOnly);
      await assert.rejects(database.db.execute(sql`truncate audit_log`), appendOnly);
    });
  });
}
