// Issue 12, finder: a place is served by the networks whose territory holds it, so a place that
// is loaded but covered by no network says so instead of listing clinicians of another region,
// and a covered place where nobody is listed yet says that, with who can help.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveSearch } from '../../src/directory/domain/search.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { brusselsSnapshot } from '../support/reference-fixture.ts';

describe('the networks that serve a place', () => {
  const snapshot = brusselsSnapshot();

  it('are those whose territory holds it', () => {
    const resolved = resolveSearch(snapshot, { place: { postcode: '1030' } });
    assert.ok(resolved.ok);
    assert.deepEqual([...(resolved.query.networks ?? [])].sort(), ['bru-stars', 'brumenta']);
  });

  it('are none for a loaded place outside every territory, which the finder answers as not covered', () => {
    // Schaerbeek (21015) stays a known commune but leaves both networks' territories.
    const networks = new Map(
      [...snapshot.networks].map(([id, network]) => [
        id,
        { ...network, communes: new Set([...network.communes].filter((nis) => nis !== '21015')) },
      ]),
    );
    const resolved = resolveSearch({ ...snapshot, networks }, { place: { postcode: '1030' } });
    assert.deepEqual(resolved, { ok: false, reason: 'unknown-place', field: 'place' });
  });
});

for (const engine of testEngines()) {
  describe(`the finder where nobody is listed yet (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    it('says nobody is listed near the place, and links to the local coordinator', async () => {
      const response = await t.app.inject(`/fr/find?place=${encodeURIComponent('1000 Brussel')}`);
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /n’est encore inscrit près de Bruxelles/);
      assert.match(response.body, /href="\/fr\/coordinator">Trouver le coordinateur de mon quartier</);
      assert.doesNotMatch(response.body, /Retirer un seul critère/);
    });

    it('gives the youth helplines in the footer when the search is for a minor', async () => {
      const young = await t.app.inject('/nl/find?place=1030&age=15');
      assert.match(young.body, /<footer[\s\S]*Awel: 102/);
      const adult = await t.app.inject('/nl/find?place=1030&age=30');
      assert.doesNotMatch(adult.body, /Awel/);
    });
  });
}
