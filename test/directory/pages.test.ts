import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { clinicianAt } from './fixtures.ts';

const NOW = new Date('2025-06-01T10:00:00Z');

for (const engine of testEngines()) {
  describe(`finder and clinician pages (${engine})`, () => {
    let t: TestApp;
    let pashtoSpeaker: string;
    before(async () => {
      t = await startTestApp(engine);
      await t.services.directory.seedDemo(300, NOW);
      // No demo clinician speaks Pashto: this one does, and offers group sessions only.
      const {
        id: _id,
        revision: _r,
        locations,
        ...rest
      } = clinicianAt([{ lat: 50.85, lon: 4.37, postcode: '1210' }], {
        givenName: 'Zelvena',
        familyName: 'Oxelaar',
        languages: ['ps', 'fr'],
        modes: ['group'],
        phone: '02 011 22 33',
        website: 'https://oxelaar.demo.example',
      });
      const [id] = await t.services.directory.addClinicians([
        { ...rest, locations: locations.map(({ id: _l, ...l }) => l) },
      ]);
      pashtoSpeaker = id!;
    });
    after(() => t.close());

    const page = (url: string) => t.app.inject(url);

    it('shows the empty form on a first visit, and the home page leads to it', async () => {
      const response = await page('/fr/find');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /<form method="get" action="\/fr\/find"/);
      assert.doesNotMatch(response.body, /id="results"/);
      assert.match((await page('/fr')).body, /href="\/fr\/find"/);
    });

    it('lists results with distance, languages, help offered, how to get in touch and the update date', async () => {
      const response = await page('/fr/find?place=1210&language=ps');
      assert.equal(response.statusCode, 200);
      const body = response.body;
      assert.match(
        body,
        /<h2 id="result-count">1 psychologue ou orthopédagogue près de Saint-Josse-ten-Noode<\/h2>/,
      );
      assert.match(body, /Zelvena Oxelaar/);
      assert.match(body, /À 0,\d km/);
      assert.match(body, /pachto, français/);
      assert.match(body, /Soutien psychologique/);
      assert.match(body, /href="tel:020112233"/);
      assert.match(body, /href="https:\/\/oxelaar\.demo\.example">oxelaar\.demo\.example</);
      assert.match(body, /Mis à jour le mercredi 1er janvier 2025/);
      assert.match(body, new RegExp(`href="/fr/clinicians/${pashtoSpeaker}\\?place=1210&amp;language=ps"`));
    });

    it('pages through results with previous and next links', async () => {
      const first = (await page('/en/find?place=1000')).body;
      assert.match(first, /Page 1 of 31/);
      assert.match(first, /href="\/en\/find\?place=1000&amp;page=2" rel="next"/);
      const second = (await page('/en/find?place=1000&page=2')).body;
      assert.match(second, /rel="prev"/);
      assert.match(second, /Page 2 of 31/);
      const beyond = (await page('/en/find?place=1000&page=99')).body;
      assert.match(beyond, /Page 31 of 31/);
    });

    it('explains which single filter to drop when nothing matches, by searching again without it', async () => {
      const response = await page('/en/find?place=1210&language=ps&mode=home-visits');
      assert.equal(response.statusCode, 200);
      const body = response.body;
      assert.match(body, /No results near Saint-Josse-ten-Noode/);
      assert.match(body, /without “How sessions take place: Home visits”: 1 result/);
      const withoutLanguage = /without “Language of the sessions: Pashto”: (\d+) results/.exec(body);
      assert.ok(withoutLanguage, 'dropping the language gives the home-visiting clinicians');
      const link = /<a href="([^"]+)">without “How sessions take place/
        .exec(body)![1]!
        .replaceAll('&amp;', '&');
      assert.equal(link, '/en/find?place=1210&language=ps');
      assert.match((await page(link)).body, /Zelvena Oxelaar/);
    });

    it('offers the place alone when dropping any single filter is not enough', async () => {
      const body = (await page('/nl/find?place=1030&age=5&language=ps&speciality=perinatal&mode=home-visits'))
        .body;
      assert.match(body, /Eén criterium weglaten is niet genoeg/);
      assert.match(body, /href="\/nl\/find\?place=1030">Alleen op plaats zoeken/);
    });

    it('keeps what was typed and explains each error', async () => {
      const response = await page('/fr/find?place=Ixeles&age=200&language=zz');
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Il y a un problème/);
      assert.match(response.body, /value="Ixeles"/);
      assert.match(response.body, /value="200"/);
      assert.match(response.body, /1050 Ixelles/);
      assert.match(response.body, /Choisissez une valeur dans la liste/);
      const outside = await page('/fr/find?place=4000');
      assert.match(outside.body, /ne couvre pas encore 4000/);
    });

    it('ranks by freshness when no place is given', async () => {
      const body = (await page('/en/find?place=&language=ps')).body;
      assert.match(body, /1 psychologist or orthopedagogue</);
      assert.match(body, /Enter a postcode or commune to see the nearest first/);
    });

    it('shows a clinician page with distances from the search place and a way back to the results', async () => {
      const response = await page(`/nl/clinicians/${pashtoSpeaker}?place=1030&language=ps`);
      assert.equal(response.statusCode, 200);
      assert.match(
        response.body,
        /<h1>Zelvena Oxelaar<span class="heading-caption">Klinisch psycholoog<\/span><\/h1>/,
      );
      assert.match(response.body, /Op \d,\d km van Schaarbeek/);
      assert.match(response.body, /href="\/nl\/find\?place=1030&amp;language=ps">Terug naar de resultaten/);
      assert.match(response.body, /1210 Sint-Joost-ten-Node/);
      assert.match(response.body, /Brumenta \(volwassenen\)/);
      // The language switch keeps the person on this page, with the search.
      assert.match(
        response.body,
        new RegExp(`href="/fr/clinicians/${pashtoSpeaker}\\?place=1030&amp;language=ps"`),
      );
    });

    it('answers an unknown clinician with the localized not-found page', async () => {
      const response = await page('/en/clinicians/00000000-0000-4000-8000-000000000000');
      assert.equal(response.statusCode, 404);
      assert.match(response.body, /Page not found/);
    });
  });
}
