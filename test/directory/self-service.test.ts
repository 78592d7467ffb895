// The directory's self-service API: linking an account to a profile, listing and unlisting with
// a log, and a clinician's own edits (checked, stamped "updated on", in the finder at once).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { changesOf } from '../../src/directory/domain/profile-edit.ts';
import { AccountLinkConflict, DirectoryService } from '../../src/directory/service.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { ReferenceService } from '../../src/reference/service.ts';
import { createPerson } from '../support/accounts.ts';
import { openBrusselsDatabase, testEngines } from '../support/database.ts';
import { validProfile } from './fixtures.ts';

for (const engine of testEngines()) {
  describe(`directory self-service (${engine})`, () => {
    let database: Database;
    let directory: DirectoryService;
    let now = new Date('2025-06-01T10:00:00Z');
    let clinicianId: string;
    let otherId: string;
    const actor = { accountId: null, label: 'test' };

    before(async () => {
      database = await openBrusselsDatabase(engine);
      const reference = await ReferenceService.open(database);
      directory = await DirectoryService.open(database, reference, () => now);
      const checked = [
        directory.validate(validProfile()),
        directory.validate(validProfile({ inami: null, givenName: 'Other' })),
      ];
      const ids = await directory.addClinicians(
        checked.map((c) => {
          assert.ok(c.ok);
          return c.value;
        }),
      );
      clinicianId = ids[0]!;
      otherId = ids[1]!;
    });
    after(() => database.close());

    it('links one account to one profile, both ways', async () => {
      const alice = await createPerson({ database }, { email: 'alice@demo.example' });
      const bob = await createPerson({ database }, { email: 'bob@demo.example' });
      assert.equal(await directory.clinicianForAccount(alice), null);
      await directory.linkAccount(clinicianId, alice);
      await directory.linkAccount(clinicianId, alice); // again: nothing changes
      assert.equal((await directory.clinicianForAccount(alice))?.id, clinicianId);
      await assert.rejects(directory.linkAccount(otherId, alice), (error: unknown) => {
        return error instanceof AccountLinkConflict && error.code === 'account-linked-elsewhere';
      });
      await assert.rejects(directory.linkAccount(clinicianId, bob), (error: unknown) => {
        return error instanceof AccountLinkConflict && error.code === 'clinician-linked-elsewhere';
      });
      assert.equal(await directory.clinicianForAccount(bob), null);
    });

    it('unlists and relists a clinician with a log saying who, when and why; the finder follows at once', async () => {
      assert.ok(directory.getListed(otherId));
      now = new Date('2025-06-02T08:00:00Z');
      await directory.setListed(otherId, false, {
        reason: 'Convention suspended by the committee',
        actor: { accountId: null, label: 'Brumenta committee' },
      });
      assert.equal(directory.getListed(otherId), undefined, 'gone from the finder');
      assert.equal((await directory.getClinician(otherId))?.listed, false, 'kept in the directory');
      now = new Date('2025-06-03T08:00:00Z');
      await directory.setListed(otherId, true, { reason: 'Suspension lifted', actor });
      assert.ok(directory.getListed(otherId));
      assert.deepEqual(await directory.listingLog(otherId), [
        {
          listed: false,
          reason: 'Convention suspended by the committee',
          actorLabel: 'Brumenta committee',
          at: '2025-06-02T08:00:00.000Z',
        },
        { listed: true, reason: 'Suspension lifted', actorLabel: 'test', at: '2025-06-03T08:00:00.000Z' },
      ]);
      await assert.rejects(
        database.db.execute(sql`delete from clinician_listing_log`),
        'the log is append-only',
      );
      await assert.rejects(
        directory.setListed('00000000-0000-4000-8000-000000000999', false, {
          reason: 'x',
          actor,
        }),
      );
    });

    it('saves an edit: new values, "updated on" stamped now, kept locations keep their id, finder updated', async () => {
      const before = (await directory.getClinician(clinicianId))!;
      const keptId = before.locations[0]!.id;
      now = new Date('2025-07-01T09:30:00Z');
      const changes = changesOf(before);
      const outcome = await directory.updateProfile(
        clinicianId,
        {
          ...changes,
          languages: ['nl', 'en'],
          specialities: ['grief'],
          acceptingNewPatients: false,
          waitingBand: 'over-three-months',
          modes: ['individual', 'outreach'],
          locations: [
            { ...changes.locations[0]!, wheelchair: false },
            { kind: 'outreach', name: 'CPAS', street: 'Rue Haute 2', postcode: '1000', wheelchair: true },
          ],
        },
        actor,
      );
      assert.ok(outcome.ok);
      const after = outcome.clinician;
      assert.deepEqual(after.languages, ['nl', 'en']);
      assert.equal(after.acceptingNewPatients, false);
      assert.equal(after.updatedAt, '2025-07-01T09:30:00.000Z');
      assert.equal(after.locations[0]!.id, keptId, 'recorded sessions still point to it');
      assert.equal(after.locations[0]!.lat, before.locations[0]!.lat);
      assert.equal(after.locations[1]!.postcode, '1000');
      const listed = directory.getListed(clinicianId)!;
      assert.equal(listed.waitingBand, 'over-three-months');
      assert.equal(listed.updatedAt, '2025-07-01T09:30:00.000Z');
      const found = directory.search({ language: 'en', speciality: 'grief' });
      assert.ok(found.ok && found.hits.some((hit) => hit.clinician.id === clinicianId));
      const audit = await database.db.execute<{ action: string; detail: { fields: string[] } }>(
        sql`select action, detail from audit_log where resource_id = ${clinicianId}`,
      );
      assert.deepEqual(audit.rows.at(-1)?.action, 'clinician-profile.update');
      assert.ok(audit.rows.at(-1)?.detail.fields.includes('languages'));
    });

    it('refuses an edit that breaks a rule, changing nothing', async () => {
      const before = (await directory.getClinician(clinicianId))!;
      const changes = changesOf(before);
      const outcome = await directory.updateProfile(
        clinicianId,
        {
          ...changes,
          languages: [],
          waitingBand: 'someday',
          locations: [{ ...changes.locations[0]!, postcode: '9999' }],
        },
        actor,
      );
      assert.equal(outcome.ok, false);
      assert.ok(!outcome.ok);
      const fields = outcome.errors.map((error) => `${error.field}:${error.code}`).sort();
      assert.deepEqual(fields, [
        'languages:required',
        'locations.0.postcode:unknown-postcode',
        'modes:outreach-without-venue',
        'waitingBand:unknown-value',
      ]);
      assert.deepEqual(await directory.getClinician(clinicianId), before);
    });

    it('treats a location id of another clinician as a new location', async () => {
      const other = (await directory.getClinician(otherId))!;
      const mine = (await directory.getClinician(clinicianId))!;
      const changes = changesOf(mine);
      const outcome = await directory.updateProfile(
        clinicianId,
        { ...changes, locations: [...changes.locations, { ...changesOf(other).locations[0]! }] },
        actor,
      );
      assert.ok(outcome.ok);
      assert.notEqual(outcome.clinician.locations[2]!.id, other.locations[0]!.id);
      assert.deepEqual((await directory.getClinician(otherId))!.locations, other.locations);
    });
  });
}
