// Migration 0030 (service-sessions) keeps the INAMI numbers each conventioned service names. For
// the services signed before it, it reads them from their applications as the directory does,
// and links the clinicians who joined the directory since the signature.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from '../../src/platform/db/database.ts';
import { MIGRATIONS_FOLDER } from '../../src/platform/db/migrate.ts';
import { openTestDatabase, testEngines } from '../support/database.ts';

const SERVICE = '5e7a1ce0-0000-4000-8000-0000000000aa';
const OTHER_SERVICE = '5e7a1ce0-0000-4000-8000-0000000000bb';
const EARLY = 'c1000000-0000-4000-8000-000000000001';
const LATE = 'c1000000-0000-4000-8000-000000000002';
const STRANGER = 'c1000000-0000-4000-8000-000000000003';

const addClinician = (database: Database, id: string, inami: string) =>
  database.pool.query(
    `insert into clinicians (id, kind, given_name, family_name, inami, languages, age_groups, functions, modes,
       specialities, accepting_new_patients, waiting_band, revision)
     values ($1, 'psychologist', 'Camille', $2, $3, '{fr}', '{adults}', '{support}', '{individual}', '{}', true,
       'within-a-month', 1)`,
    [id, `Clinician ${inami}`, inami],
  );

for (const engine of testEngines()) {
  describe(`named INAMI numbers of services signed before migration 0030 (${engine})`, () => {
    let database: Database;
    let folder: string;
    before(async () => {
      database = await openTestDatabase(engine, { migrated: false });
      folder = mkdtempSync(join(tmpdir(), 'passerelle-migrations-'));
      cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
      const journalPath = join(folder, 'meta', '_journal.json');
      const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
      const at = journal.entries.findIndex((entry: { tag: string }) =>
        entry.tag.endsWith('service-sessions'),
      );
      assert.ok(at > 0);
      writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
      const client = await database.pool.connect();
      try {
        await migrate(drizzle(client), { migrationsFolder: folder });
        for (const [id, text] of [
          [SERVICE, 'Claire Martin, psychologue, 5.12345.09.890\nLina Tard 5 12347 11 890\nÀ recruter'],
          [OTHER_SERVICE, 'Personne encore'],
        ] as const) {
          await database.pool.query(
            `insert into cases (id, case_type, reference, zone_id, network_ids, status, version, opened_at, updated_at)
             values ($1, 'application', $2, 'north-west', '{brumenta}', 'signed', 1, now(), now())`,
            [id, `APP-${id.slice(-2)}`],
          );
          await database.pool.query(
            `insert into applications (case_id, kind, account_id, applicant_name, applicant_email, locale,
               sessions_per_week, details, approved_network_ids)
             values ($1, 'service', gen_random_uuid(), 'Sarah Dubois', 'canal@example.be', 'fr', 10, $2, '{brumenta}')`,
            [id, JSON.stringify({ clinicians: text })],
          );
          await database.pool.query(
            `insert into conventioned_services (id, name, postcode, functions, network_ids, signed_on)
             values ($1, 'Maison médicale', '1000', '{support}', '{brumenta}', '2026-03-01')`,
            [id],
          );
        }
        // Claire was in the directory at the signature and linked then; Lina joined later.
        await addClinician(database, EARLY, '51234509890');
        await database.pool.query('insert into service_clinicians values ($1, $2)', [SERVICE, EARLY]);
        await addClinician(database, LATE, '51234711890');
        await addClinician(database, STRANGER, '51234610890');
        await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        client.release();
      }
    });
    after(async () => {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    });

    const linked = async (serviceId: string) =>
      (
        await database.pool.query(
          'select clinician_id from service_clinicians where service_id = $1 order by clinician_id',
          [serviceId],
        )
      ).rows.map((row) => row.clinician_id);

    it('keeps the numbers each application names, separators removed', async () => {
      const rows = await database.pool.query(
        'select id, named_inamis from conventioned_services order by id',
      );
      assert.deepEqual(
        rows.rows.map((row) => [row.id, [...row.named_inamis].sort()]),
        [
          [SERVICE, ['51234509890', '51234711890']],
          [OTHER_SERVICE, []],
        ],
      );
    });

    it('links the clinicians who joined since, and nobody the service did not name', async () => {
      assert.deepEqual(await linked(SERVICE), [EARLY, LATE]);
      assert.deepEqual(await linked(OTHER_SERVICE), []);
    });

    it('links a clinician the service named who joins after the migration', async () => {
      await database.pool.query(
        `update conventioned_services set named_inamis = '{51234610890}' where id = $1`,
        [OTHER_SERVICE],
      );
      assert.deepEqual(await linked(OTHER_SERVICE), []);
      // The number was already in the directory: a later correction of it links, as a new entry does.
      await database.pool.query(`update clinicians set inami = null where id = $1`, [STRANGER]);
      await database.pool.query(`update clinicians set inami = '51234610890' where id = $1`, [STRANGER]);
      assert.deepEqual(await linked(OTHER_SERVICE), [STRANGER]);
    });
  });
}
