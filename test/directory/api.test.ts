import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Value from 'typebox/value';
import { ClinicianAnswer, CliniciansAnswer } from '../../src/directory/api-schemas.ts';
import { DirectoryService } from '../../src/directory/service.ts';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';
import { ReferenceService } from '../../src/reference/service.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { eventually } from '../support/database-faults.ts';
import { clinicianAt } from './fixtures.ts';

const NOW = new Date('2025-06-01T10:00:00Z');

interface Item {
  id: string;
  displayName: string;
  languages: string[];
  functions: string[];
  modes: string[];
  ageGroups: string[];
  networks: string[];
  distanceKm: number | null;
  nearestLocation: { postcode: string; wheelchair: boolean };
}

/** A clinician to write through the service: one of the test fixtures without its read-model fields. */
function newClinician(overrides: Parameters<typeof clinicianAt>[1] = {}) {
  const {
    id: _id,
    revision: _r,
    locations,
    ...rest
  } = clinicianAt([{ lat: 50.867, lon: 4.377, postcode: '1030' }], overrides);
  return { ...rest, locations: locations.map(({ id: _l, ...location }) => location) };
}

for (const engine of testEngines()) {
  describe(`clinicians API (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
      await t.services.directory.seedDemo(300, NOW);
    });
    after(() => t.close());

    const get = (url: string) => t.app.inject(url);

    it('finds clinicians near a postcode for a 16-year-old, in Dutch, sorted by distance', async () => {
      const response = await get(
        '/api/v1/clinicians?postcode=1030&age=16&language=nl&function=support&mode=individual&limit=20&offset=0',
      );
      assert.equal(response.statusCode, 200);
      const body = response.json() as { total: number; items: Item[]; place: { postcode: string } };
      assert.ok(body.total > 0 && body.items.length > 0);
      assert.equal(body.items.length, Math.min(20, body.total));
      assert.equal(body.place.postcode, '1030');
      const distances = body.items.map((item) => item.distanceKm!);
      assert.deepEqual(
        distances,
        [...distances].sort((a, b) => a - b),
      );
      for (const item of body.items) {
        assert.ok(item.languages.includes('nl'));
        assert.ok(item.functions.includes('support'));
        assert.ok(item.modes.includes('individual'));
        assert.ok(item.ageGroups.includes('young-people'), 'works with 15–23-year-olds');
        assert.ok(item.networks.length > 0);
        assert.match(item.displayName, /\S+ \S+/);
      }
      for (const key of ['id', 'kind', 'acceptingNewPatients', 'updatedAt', 'waitingBand', 'nearestLocation'])
        assert.ok(key in body.items[0]!, key);
    });

    it('keeps only members of a network serving the age: a 30-year-old is not seen by the youth network alone', async () => {
      const body = (await get('/api/v1/clinicians?age=30&limit=100')).json() as { items: Item[] };
      assert.ok(body.items.length > 0);
      for (const item of body.items) assert.ok(item.networks.includes('brumenta'));
    });

    it('pages through the same ranking, with the same total', async () => {
      const whole = (await get('/api/v1/clinicians?postcode=1000&limit=21')).json();
      const pages = await Promise.all(
        [0, 7, 14].map(async (offset) =>
          (await get(`/api/v1/clinicians?postcode=1000&limit=7&offset=${offset}`)).json(),
        ),
      );
      assert.deepEqual(
        pages.flatMap((page) => page.items.map((item: Item) => item.id)),
        whole.items.map((item: Item) => item.id),
      );
      for (const page of pages) assert.equal(page.total, whole.total);
      assert.equal(whole.total, 300);
    });

    it('answers 400 problem+json naming each unknown filter value, in the asked language', async () => {
      const response = await get(
        '/api/v1/clinicians?language=xx&function=coaching&mode=phone&speciality=astrology&ageGroup=babies&limit=101&lang=nl',
      );
      assert.equal(response.statusCode, 400);
      assert.match(response.headers['content-type'] as string, /^application\/problem\+json/);
      const body = response.json();
      assert.deepEqual(body.errors.map((e: { field: string }) => e.field).sort(), [
        'ageGroup',
        'function',
        'language',
        'limit',
        'mode',
        'speciality',
      ]);
      assert.match(body.detail, /Onbekende waarde ‘xx’/);
      for (const url of [
        '/api/v1/clinicians?offset=-1',
        '/api/v1/clinicians?limit=0',
        '/api/v1/clinicians?colour=blue',
      ]) {
        assert.equal((await get(url)).statusCode, 400, url);
      }
    });

    it('answers 400 for an unknown zone or network, and 404 for a place outside the reference data', async () => {
      const zone = await get('/api/v1/clinicians?zone=atlantis&lang=en');
      assert.equal(zone.statusCode, 400);
      assert.deepEqual(
        zone.json().errors.map((e: { field: string }) => e.field),
        ['zone'],
      );
      assert.match(zone.json().detail, /Unknown coordination zone: atlantis/);
      assert.equal((await get('/api/v1/clinicians?network=elsewhere')).json().errors[0].field, 'network');
      assert.equal((await get('/api/v1/clinicians?postcode=1000&commune=21004')).statusCode, 400);
      const outside = await get('/api/v1/clinicians?postcode=4000');
      assert.equal(outside.statusCode, 404);
      assert.equal(outside.json().type, 'urn:passerelle:problem:outside-territory');
    });

    it('filters by coordinator zone, commune and wheelchair access', async () => {
      const east = t.services.reference.snapshot().zones.get('east')!.postcodes;
      const inZone = (await get('/api/v1/clinicians?zone=east&limit=100')).json() as { items: Item[] };
      assert.ok(inZone.items.length > 0);
      for (const item of inZone.items) assert.ok(east.includes(item.nearestLocation.postcode));
      const byCommune = (await get('/api/v1/clinicians?commune=21015&limit=5')).json();
      assert.equal(byCommune.place.names.nl, 'Schaarbeek');
      // Schaerbeek has no German name: German readers get the French one.
      assert.equal(byCommune.place.names.de, 'Schaerbeek');
      const accessible = (await get('/api/v1/clinicians?postcode=1180&wheelchair=true&limit=50')).json() as {
        items: Item[];
      };
      assert.ok(accessible.items.every((item) => item.nearestLocation.wheelchair));
    });

    it('shows one listed clinician, and 404 problem+json for an unknown or unlisted one', async () => {
      const [first] = (await get('/api/v1/clinicians?limit=1')).json().items as Item[];
      const one = await get(`/api/v1/clinicians/${first!.id}`);
      assert.equal(one.statusCode, 200);
      assert.equal(one.json().id, first!.id);
      assert.ok(one.json().locations.length > 0);
      const unknown = await get('/api/v1/clinicians/00000000-0000-4000-8000-000000000000?lang=en');
      assert.equal(unknown.statusCode, 404);
      assert.match(unknown.headers['content-type'] as string, /problem\+json/);
      assert.equal((await get('/api/v1/clinicians/not-an-id')).statusCode, 404);
      const [hidden] = await t.services.directory.addClinicians([newClinician({ listed: false })]);
      assert.equal((await get(`/api/v1/clinicians/${hidden}`)).statusCode, 404);
    });

    it('shows a write made through this instance at once', async () => {
      const [id] = await t.services.directory.addClinicians([newClinician({ familyName: 'Here-and-now' })]);
      assert.equal((await get(`/api/v1/clinicians/${id}`)).json().displayName, 'Test Here-and-now');
    });

    it('answers a question asked again alike, and anew once a profile changes', async () => {
      const question = '/api/v1/clinicians?postcode=1030&language=fr&limit=5';
      const first = await get(question);
      assert.equal(first.statusCode, 200);
      // The same question with its parameters in another order, and with another page language.
      const again = await get('/api/v1/clinicians?limit=5&language=fr&lang=nl&postcode=1030');
      assert.equal(again.body, first.body);
      const nearest = (first.json() as { items: Item[] }).items[0]!;
      const stored = (await t.services.directory.getClinician(nearest.id))!;
      const { revision: _r, locations, ...profile } = stored;
      await t.services.directory.saveClinicians([
        { ...profile, languages: ['nl'], locations: locations.map(({ id: _l, ...l }) => l) },
      ]);
      const after = (await get(question)).json() as { items: Item[] };
      assert.ok(!after.items.some((item) => item.id === nearest.id), 'no longer speaks French');
      assert.ok(after.items.every((item) => item.languages.includes('fr')));
    });

    it('picks up writes made by another instance on the same database', async () => {
      // Another Passerelle instance: its own services (and, on PostgreSQL, its own connections).
      let other: Database = t.database;
      if (engine === 'postgres') {
        const url = (t.database.pool as unknown as { options: { connectionString: string } }).options
          .connectionString;
        other = await openDatabase({ databaseUrl: url, dataDir: t.dataDir, poolSize: 2 });
      }
      try {
        const elsewhere = await DirectoryService.open(other, await ReferenceService.open(other));
        const [id] = await elsewhere.addClinicians([
          newClinician({ familyName: 'Elsewhere', languages: ['ps'] }),
        ]);
        const found = await eventually(async () => {
          const body = (await get('/api/v1/clinicians?language=ps&postcode=1030')).json() as {
            total: number;
            items: Item[];
          };
          return body.total > 0 ? body : undefined;
        }, 'the other instance’s clinician');
        assert.equal(found.items[0]!.id, id);
        // And when the other instance unlists them, they leave this instance's finder.
        const stored = (await elsewhere.getClinician(id!))!;
        const { revision: _r, locations, ...profile } = stored;
        await elsewhere.saveClinicians([
          { ...profile, listed: false, locations: locations.map(({ id: _l, ...l }) => l) },
        ]);
        await eventually(
          async () => ((await get(`/api/v1/clinicians/${id}`)).statusCode === 404 ? true : undefined),
          'the unlisting',
        );
      } finally {
        if (other !== t.database) await other.close();
      }
    });

    it('answers exactly the documented shape, field for field', async () => {
      for (const query of [
        'postcode=1030&limit=50',
        'commune=21004&age=9&limit=5',
        'language=en&limit=30&offset=10',
      ]) {
        const body = (await get(`/api/v1/clinicians?${query}`)).json();
        assert.ok(body.items.length > 0, query);
        assert.ok(
          Value.Check(CliniciansAnswer, body),
          `${query}: ${JSON.stringify([...Value.Errors(CliniciansAnswer, body)].slice(0, 3))}`,
        );
      }
      const [first] = (await get('/api/v1/clinicians?limit=1')).json().items as Item[];
      const one = (await get(`/api/v1/clinicians/${first!.id}`)).json();
      assert.ok(
        Value.Check(ClinicianAnswer, one),
        JSON.stringify([...Value.Errors(ClinicianAnswer, one)].slice(0, 3)),
      );
    });

    it('describes both routes in the OpenAPI document', async () => {
      const document = (await get('/api/docs/openapi.json')).json();
      assert.ok(document.paths['/api/v1/clinicians'].get);
      assert.ok(document.paths['/api/v1/clinicians/{id}'].get);
    });
  });
}
