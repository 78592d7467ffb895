import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { distanceKm, FinderIndex, type FinderQuery } from '../../src/directory/domain/finder.ts';
import {
  AGE_GROUPS,
  type Clinician,
  FUNCTIONS,
  MODES,
  SPECIALITIES,
} from '../../src/directory/domain/types.ts';
import { clinicianAt } from './fixtures.ts';

const CENTRE = { lat: 50.8467, lon: 4.3525 }; // 1000 Bruxelles
const query = (overrides: Partial<FinderQuery> = {}): FinderQuery => ({ limit: 20, offset: 0, ...overrides });
const names = (index: FinderIndex, q: FinderQuery) =>
  index.search(q).hits.map((hit) => hit.clinician.familyName);

describe('finder ranking', () => {
  it('ranks by distance to the nearest location, then by freshness', () => {
    const near = clinicianAt([{ lat: 50.85, lon: 4.36 }], {
      familyName: 'near',
      updatedAt: '2024-01-01T00:00:00.000Z',
    });
    const far = clinicianAt([{ lat: 50.8, lon: 4.3 }], {
      familyName: 'far',
      updatedAt: '2025-05-01T00:00:00.000Z',
    });
    // Two locations: the nearer one counts.
    const twoPlaces = clinicianAt(
      [
        { lat: 50.9, lon: 4.45 },
        { lat: 50.847, lon: 4.353 },
      ],
      { familyName: 'two places' },
    );
    // Same spot as `near`, confirmed more recently: first among equals.
    const nearFresher = clinicianAt([{ lat: 50.85, lon: 4.36 }], {
      familyName: 'near, fresher',
      updatedAt: '2025-02-01T00:00:00.000Z',
    });
    const index = new FinderIndex();
    index.apply([far, near, twoPlaces, nearFresher]);
    assert.deepEqual(names(index, query({ origin: CENTRE })), ['two places', 'near, fresher', 'near', 'far']);
    const [first] = index.search(query({ origin: CENTRE })).hits;
    assert.equal(first!.distanceKm, Math.round(distanceKm(CENTRE, { lat: 50.847, lon: 4.353 }) * 10) / 10);
    assert.equal(first!.nearestLocation.lat, 50.847);
  });

  it('without a place, ranks by freshness and gives no distance', () => {
    const older = clinicianAt([CENTRE], { familyName: 'older', updatedAt: '2024-01-01T00:00:00.000Z' });
    const newer = clinicianAt([CENTRE], { familyName: 'newer', updatedAt: '2025-01-01T00:00:00.000Z' });
    const index = new FinderIndex();
    index.apply([older, newer]);
    const result = index.search(query());
    assert.deepEqual(
      result.hits.map((h) => [h.clinician.familyName, h.distanceKm]),
      [
        ['newer', null],
        ['older', null],
      ],
    );
  });

  it('measures distance to wheelchair-accessible places only when asked', () => {
    const c = clinicianAt([
      { lat: 50.847, lon: 4.353 },
      { lat: 50.9, lon: 4.45, wheelchair: true },
    ]);
    const index = new FinderIndex();
    index.apply([c]);
    const any = index.search(query({ origin: CENTRE })).hits[0]!;
    const accessible = index.search(query({ origin: CENTRE, wheelchair: true })).hits[0]!;
    assert.ok(any.distanceKm! < 1);
    assert.ok(accessible.distanceKm! > 5);
    assert.equal(accessible.nearestLocation.wheelchair, true);
  });

  it('filters on every criterion and counts the matches', () => {
    const a = clinicianAt([{ ...CENTRE, postcode: '1030' }], {
      familyName: 'a',
      languages: ['fr', 'ar'],
      functions: ['support', 'treatment'],
      modes: ['individual', 'group'],
      specialities: ['grief'],
      ageGroups: ['children', 'young-people'],
      networks: ['bru-stars'],
    });
    const b = clinicianAt([{ ...CENTRE, postcode: '1180' }], {
      familyName: 'b',
      languages: ['nl'],
      acceptingNewPatients: false,
    });
    const index = new FinderIndex();
    index.apply([a, b]);
    assert.deepEqual(names(index, query({ language: 'ar' })), ['a']);
    assert.deepEqual(names(index, query({ language: 'zz' })), []);
    assert.deepEqual(names(index, query({ function: 'treatment' })), ['a']);
    assert.deepEqual(names(index, query({ mode: 'group' })), ['a']);
    assert.deepEqual(names(index, query({ speciality: 'grief' })), ['a']);
    assert.deepEqual(names(index, query({ ageGroup: 'adults' })), ['b']);
    assert.deepEqual(names(index, query({ networks: new Set(['bru-stars']) })), ['a']);
    assert.deepEqual(names(index, query({ acceptingNewPatients: false })), ['b']);
    assert.deepEqual(names(index, query({ postcodes: new Set(['1180', '1190']) })), ['b']);
    assert.equal(index.search(query({ limit: 0 })).total, 2);
  });

  it('checks network memberships by id once there are more networks than bits', () => {
    const many = Array.from({ length: 40 }, (_, i) => clinicianAt([CENTRE], { networks: [`network-${i}`] }));
    const index = new FinderIndex();
    index.apply(many);
    const found = index.search(query({ networks: new Set(['network-3', 'network-35']) }));
    assert.deepEqual(found.hits.map((hit) => hit.clinician.networks[0]).sort(), ['network-3', 'network-35']);
  });

  it('takes unlisted clinicians out, and never puts an older version back', () => {
    const c = clinicianAt([CENTRE], { revision: 5 });
    const index = new FinderIndex();
    index.apply([c]);
    index.apply([{ ...c, familyName: 'stale', revision: 4 }]);
    assert.equal(index.get(c.id)?.familyName, c.familyName);
    index.apply([{ ...c, listed: false, revision: 6 }]);
    assert.equal(index.get(c.id), undefined);
    assert.equal(index.search(query()).total, 0);
  });
});

/** The finder's contract written the slow, obvious way. */
function bruteForce(clinicians: Clinician[], q: FinderQuery) {
  const matches = clinicians.flatMap((c) => {
    if (q.language && !c.languages.includes(q.language)) return [];
    if (q.function && !c.functions.includes(q.function)) return [];
    if (q.mode && !c.modes.includes(q.mode)) return [];
    if (q.speciality && !c.specialities.includes(q.speciality)) return [];
    if (q.ageGroup && !c.ageGroups.includes(q.ageGroup)) return [];
    if (q.acceptingNewPatients !== undefined && c.acceptingNewPatients !== q.acceptingNewPatients) return [];
    if (q.networks && !c.networks.some((n) => q.networks!.has(n))) return [];
    if (q.territory && !c.networks.some((n) => q.territory!.has(n))) return [];
    const places = c.locations.filter(
      (l) => (!q.wheelchair || l.wheelchair) && (!q.postcodes || q.postcodes.has(l.postcode)),
    );
    if (places.length === 0) return [];
    const km = q.origin ? Math.min(...places.map((l) => distanceKm(q.origin!, l))) : null;
    return [{ c, bucket: km === null ? 0 : Math.round(km * 10) }];
  });
  matches.sort(
    (x, y) =>
      x.bucket - y.bucket ||
      (x.c.updatedAt > y.c.updatedAt ? -1 : x.c.updatedAt < y.c.updatedAt ? 1 : 0) ||
      (x.c.id < y.c.id ? -1 : 1),
  );
  return {
    total: matches.length,
    page: matches.slice(q.offset, q.offset + q.limit).map((m) => [m.c.id, q.origin ? m.bucket / 10 : null]),
  };
}

const some = <T>(items: readonly T[]) => fc.subarray([...items], { minLength: 1 });
const clinicianArb = fc
  .record({
    points: fc.array(
      fc.record({
        lat: fc.double({ min: 50.76, max: 50.92, noNaN: true }),
        lon: fc.double({ min: 4.24, max: 4.48, noNaN: true }),
        wheelchair: fc.boolean(),
        postcode: fc.constantFrom('1000', '1030', '1180'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    languages: some(['fr', 'nl', 'en', 'ar']),
    functions: some(FUNCTIONS),
    modes: some(MODES),
    specialities: fc.subarray([...SPECIALITIES.slice(0, 4)]),
    ageGroups: some(AGE_GROUPS),
    networks: some(['bru-stars', 'brumenta']),
    acceptingNewPatients: fc.boolean(),
    // Few distinct dates, so that ties on freshness (broken by id) happen.
    day: fc.integer({ min: 1, max: 4 }),
  })
  .map((r) =>
    clinicianAt(r.points, {
      languages: r.languages,
      functions: r.functions,
      modes: r.modes,
      specialities: r.specialities,
      ageGroups: r.ageGroups,
      networks: r.networks,
      acceptingNewPatients: r.acceptingNewPatients,
      updatedAt: `2025-01-0${r.day}T00:00:00.000Z`,
    }),
  );

/** A filter left out three times in four: with every filter set, almost nothing would match. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });

const queryArb = fc.record({
  origin: sometimes(fc.constantFrom(CENTRE, { lat: 50.8, lon: 4.33 })),
  language: sometimes(fc.constantFrom('fr', 'nl', 'ar')),
  function: sometimes(fc.constantFrom(...FUNCTIONS)),
  mode: sometimes(fc.constantFrom(...MODES)),
  speciality: sometimes(fc.constantFrom(...SPECIALITIES.slice(0, 4))),
  ageGroup: sometimes(fc.constantFrom(...AGE_GROUPS)),
  networks: sometimes(fc.constantFrom(new Set(['bru-stars']), new Set(['brumenta']))),
  // A place's territory: only its networks' members are ranked (the networks filter may be wider).
  territory: sometimes(
    fc.constantFrom(new Set(['bru-stars']), new Set(['brumenta']), new Set(['bru-stars', 'brumenta'])),
  ),
  wheelchair: sometimes(fc.boolean()),
  acceptingNewPatients: sometimes(fc.boolean()),
  postcodes: sometimes(fc.constantFrom(new Set(['1030']), new Set(['1000', '1180']))),
  // Small pages use the sorted buffer, deep ones sort every match: both must agree.
  limit: fc.oneof(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 60, max: 100 })),
  offset: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 120 })),
});

describe('finder properties', () => {
  it('answers exactly what the obvious filter-then-sort would, on every page', () => {
    fc.assert(
      fc.property(fc.array(clinicianArb, { minLength: 5, maxLength: 150 }), queryArb, (clinicians, q) => {
        const index = new FinderIndex();
        index.apply(clinicians);
        // The same place searched first without a territory: its cached ranking must not leak.
        index.search({ ...q, territory: undefined });
        const result = index.search(q);
        const expected = bruteForce(clinicians, q);
        assert.equal(result.total, expected.total);
        assert.deepEqual(
          result.hits.map((hit) => [hit.clinician.id, hit.distanceKm]),
          expected.page,
        );
      }),
      { numRuns: 300 },
    );
  });
});
