// Issue 16 §2: with the Liège fixture loaded next to Brussels, the finder lists near a place only
// the clinicians of the networks whose territory holds it (never Brussels clinicians "near
// Eupen"), and says when a network of the place lists its clinicians outside Passerelle.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { importLiege } from '../support/liege-fixture.ts';

for (const engine of testEngines()) {
  describe(`the finder with a second region (${engine})`, () => {
    let t: TestApp;
    let eupen: string;
    let brussels: string;
    before(async () => {
      t = await startTestApp(engine);
      assert.ok((await importLiege(t.services.reference)).ok);
      const [practice] = clinician('x', []).locations;
      const added = await addClinicians(t.services.directory, [
        clinician('Schmitz', ['mgo'], {
          languages: ['de', 'fr'],
          ageGroups: ['children', 'young-people', 'adults', 'older-adults'],
          locations: [{ ...practice!, street: 'Klötzerbahn 1', postcode: '4700', lat: 50.6294, lon: 6.0356 }],
        }),
        clinician('Dubois', ['brumenta', 'bru-stars'], { languages: ['de', 'fr'] }),
      ]);
      eupen = added[0]!.id;
      brussels = added[1]!.id;
    });
    after(() => t.close());

    const ids = async (query: string) =>
      (
        (await t.app.inject(`/api/v1/clinicians?${query}`)).json() as { items: Array<{ id: string }> }
      ).items.map((item) => item.id);

    it('lists only the mixed network’s clinicians near Eupen and Sankt Vith, in German too', async () => {
      assert.deepEqual(await ids('postcode=4700'), [eupen]);
      assert.deepEqual(await ids('postcode=4780&language=de&age=40'), [eupen]);
      assert.deepEqual(await ids('commune=63023&age=12'), [eupen]);
    });

    it('keeps Brussels searches to Brussels clinicians', async () => {
      assert.deepEqual(await ids('postcode=1030'), [brussels]);
    });

    it('never offers a Brussels clinician near Eupen on the page', async () => {
      const page = await t.app.inject(`/fr/find?place=${encodeURIComponent('4700 Eupen')}&language=de`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Schmitz/);
      assert.doesNotMatch(page.body, /Dubois/);
    });

    it('says a network of the place lists its clinicians elsewhere, with a link to its list', async () => {
      const page = await t.app.inject('/en/find?place=4800&age=40');
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        /Verviers adult network \(fixture\) also serves Verviers, but its conventioned psychologists and orthopedagogues are not listed in Passerelle\./,
      );
      assert.match(
        page.body,
        /<a href="https:\/\/verviers-adult\.example\/psychologues">See the list of Verviers adult network \(fixture\)<\/a>/,
      );
      assert.doesNotMatch(page.body, /Dubois|Schmitz/);
      const eupenPage = await t.app.inject('/en/find?place=4700');
      assert.doesNotMatch(eupenPage.body, /not listed in Passerelle/);
    });

    it('tells machine clients too, in the finder API, which networks list their clinicians elsewhere', async () => {
      const verviers = (await t.app.inject('/api/v1/clinicians?postcode=4800&age=40')).json() as {
        total: number;
        elsewhere: Array<{ id: string; names: { en: string }; url: string }>;
      };
      assert.equal(verviers.total, 0);
      assert.deepEqual(
        verviers.elsewhere.map(({ names, url }) => [names.en, url]),
        [['Verviers adult network (fixture)', 'https://verviers-adult.example/psychologues']],
      );
      const eupenAnswer = (await t.app.inject('/api/v1/clinicians?postcode=4700')).json() as {
        elsewhere: unknown[];
      };
      assert.deepEqual(eupenAnswer.elsewhere, []);
    });
  });
}
