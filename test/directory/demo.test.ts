import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DemoWorld, demoClinicians } from '../../src/directory/domain/demo.ts';
import { validateProfile } from '../../src/directory/domain/profile.ts';
import { brusselsSnapshot } from '../support/reference-fixture.ts';
import { brusselsProfileContext } from './fixtures.ts';

const snapshot = brusselsSnapshot();
const world: DemoWorld = {
  networks: [...snapshot.networks.values()],
  localities: [...snapshot.localities.values()],
  now: new Date('2025-06-01T10:00:00Z'),
};

describe('demo clinicians', () => {
  it('are the same every time', () => {
    assert.deepEqual(demoClinicians(200, world), demoClinicians(200, world));
  });

  it('keep their identity when more are asked for: seeding 5,000 after 300 updates the first 300', () => {
    const few = demoClinicians(300, world);
    const many = demoClinicians(1000, world);
    assert.deepEqual(many.slice(0, 300), few);
    assert.equal(new Set(many.map((c) => c.id)).size, 1000, 'ids are unique');
  });

  it('all follow the profile rules', () => {
    const context = brusselsProfileContext('2025-06-01');
    for (const clinician of demoClinicians(1000, world)) {
      const outcome = validateProfile(clinician, context);
      assert.ok(
        outcome.ok,
        `${clinician.givenName} ${clinician.familyName}: ${JSON.stringify(!outcome.ok && outcome.errors)}`,
      );
    }
  });

  it('are clearly fictional and reachable only at reserved addresses', () => {
    for (const clinician of demoClinicians(500, world)) {
      assert.match(clinician.email ?? '', /@demo\.example$/);
      if (clinician.website) assert.match(clinician.website, /^https:\/\/[a-z]+\.demo\.example$/);
      // Belgian subscriber numbers never start with 0 after the area code: 02 0… reaches nobody.
      if (clinician.phone) assert.match(clinician.phone, /^02 0\d\d \d\d \d\d$/);
      assert.equal(clinician.inami, null);
    }
  });

  it('spread over every Brussels postcode, close to its centre, with realistic mixes', () => {
    const clinicians = demoClinicians(2000, world);
    const postcodes = new Set(clinicians.flatMap((c) => c.locations.map((l) => l.postcode)));
    assert.equal(postcodes.size, snapshot.localities.size);
    for (const c of clinicians) {
      for (const l of c.locations) {
        const centre = snapshot.localities.get(l.postcode)!;
        assert.ok(Math.abs(l.lat - centre.lat) < 0.006 && Math.abs(l.lon - centre.lon) < 0.009);
      }
    }
    const share = (test: (c: (typeof clinicians)[number]) => boolean) =>
      clinicians.filter(test).length / clinicians.length;
    assert.ok(share((c) => c.languages.includes('fr')) > 0.8);
    assert.ok(share((c) => c.languages.includes('nl')) > 0.3);
    assert.ok(share((c) => c.ageGroups.includes('children')) > 0.2);
    assert.ok(share((c) => c.networks.includes('bru-stars') && c.networks.includes('brumenta')) > 0.1);
    assert.ok(share((c) => c.modes.includes('outreach')) > 0.2);
    assert.ok(share((c) => !c.acceptingNewPatients) > 0.2);
    // Youth clinicians work on youth topics.
    const youth = clinicians.filter((c) => c.ageGroups.includes('children'));
    assert.ok(youth.every((c) => !c.specialities.includes('burnout')));
  });

  it('were updated within the 18 months before the given instant', () => {
    const now = world.now.getTime();
    for (const c of demoClinicians(500, world)) {
      const age = now - new Date(c.updatedAt!).getTime();
      assert.ok(age >= 0 && age < 550 * 86_400_000);
    }
  });
});
