// The same query gives the same answer on both engines. Each engine's answers are compared with
// the answers computed without any database (the demo generator straight into the finder), so
// the test proves it for the engines present, and both match each other when PostgreSQL runs too.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoClinicians } from '../../src/directory/domain/demo.ts';
import { FinderIndex } from '../../src/directory/domain/finder.ts';
import { resolveSearch } from '../../src/directory/domain/search.ts';
import type { Clinician } from '../../src/directory/domain/types.ts';
import { startTestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { brusselsSnapshot } from '../support/reference-fixture.ts';

const NOW = new Date('2025-06-01T10:00:00Z');
const COUNT = 800;
const QUERIES = [
  'postcode=1030&age=16&language=nl&function=support&mode=individual&limit=20&offset=0',
  'postcode=1180&limit=50&offset=30',
  'commune=21004&age=9&speciality=school-refusal&limit=100',
  'zone=east&language=fr&function=treatment&ageGroup=adults&limit=10',
  'postcode=1070&wheelchair=true&acceptingNewPatients=true&mode=video&limit=25',
  'age=70&language=en&limit=100&offset=5',
  'postcode=1120&age=20&network=bru-stars&limit=40',
];

/** What the API would answer, computed in memory from the generator: no database involved. */
function expectedAnswers(): unknown[] {
  const snapshot = brusselsSnapshot();
  const clinicians: Clinician[] = demoClinicians(COUNT, {
    networks: [...snapshot.networks.values()],
    localities: [...snapshot.localities.values()].sort((a, b) => a.postcode.localeCompare(b.postcode)),
    now: NOW,
  }).map((c) => ({
    ...c,
    id: c.id!,
    updatedAt: c.updatedAt!,
    revision: 1,
    locations: c.locations.map((l, i) => ({ ...l, id: `${c.id}-${i}` })),
  }));
  const index = new FinderIndex();
  index.apply(clinicians);
  return QUERIES.map((query) => {
    const params = Object.fromEntries(new URLSearchParams(query));
    const number = (key: string) => (params[key] === undefined ? undefined : Number(params[key]));
    const resolved = resolveSearch(snapshot, {
      ...params,
      place: params.postcode
        ? { postcode: params.postcode }
        : params.commune
          ? { communeNis: params.commune }
          : undefined,
      age: number('age'),
      limit: number('limit'),
      offset: number('offset'),
      wheelchair: params.wheelchair === 'true' || undefined,
      acceptingNewPatients: params.acceptingNewPatients === 'true' || undefined,
    } as Parameters<typeof resolveSearch>[1]);
    assert.ok(resolved.ok);
    const { total, hits } = index.search(resolved.query);
    return {
      total,
      items: hits.map((h) => [h.clinician.id, h.distanceKm, h.nearestLocation.street, h.clinician.updatedAt]),
    };
  });
}

describe('the same query gives the same answer on every engine', () => {
  const expected = expectedAnswers();
  const bodies = new Map<string, unknown[]>();

  for (const engine of testEngines()) {
    it(`on ${engine}`, async () => {
      const t = await startTestApp(engine);
      try {
        await t.services.directory.seedDemo(COUNT, NOW);
        const answers = [];
        for (const query of QUERIES) {
          const response = await t.app.inject(`/api/v1/clinicians?${query}`);
          assert.equal(response.statusCode, 200, query);
          answers.push(response.json());
        }
        bodies.set(engine, answers);
        assert.deepEqual(
          answers.map((body) => ({
            total: body.total,
            items: body.items.map(
              (i: {
                id: string;
                distanceKm: number;
                nearestLocation: { street: string };
                updatedAt: string;
              }) => [i.id, i.distanceKm, i.nearestLocation.street, i.updatedAt],
            ),
          })),
          expected,
        );
        assert.ok(
          answers.every((body) => body.total > 0),
          'every query finds someone',
        );
      } finally {
        await t.close();
      }
    });
  }

  if (testEngines().length > 1) {
    it('whole API answers are identical on the embedded engine and on PostgreSQL', () => {
      assert.deepEqual(bodies.get('embedded'), bodies.get('postgres'));
    });
  }
});
