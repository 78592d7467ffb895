import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { GP_REQUEST, ORGANISATION_OFFER } from './support/fixtures.ts';

for (const engine of testEngines()) {
  describe(`requests API (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    it('accepts the contract of the issue: a GP in Laeken → north-west, adults → Brumenta', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: GP_REQUEST,
      });
      assert.equal(response.statusCode, 201, response.body);
      const body = response.json();
      assert.deepEqual(Object.keys(body).sort(), ['id', 'networks', 'reference', 'status', 'zone']);
      assert.equal(body.zone, 'north-west');
      assert.deepEqual(body.networks, ['brumenta']);
      assert.equal(body.status, 'submitted');
      assert.match(body.reference, /^GP-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      assert.equal(response.headers.location, `/api/v1/support-requests/${body.id}`);
    });

    it('routes each age group to its networks', async () => {
      const expected = {
        children: ['bru-stars'],
        'young-people': ['bru-stars', 'brumenta'],
        adults: ['brumenta'],
        'older-adults': ['brumenta'],
      };
      for (const [ageGroup, networks] of Object.entries(expected)) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/support-requests',
          payload: { ...GP_REQUEST, ageGroup },
        });
        assert.deepEqual(response.json().networks, networks, ageGroup);
      }
    });

    it('names every invalid field in one 400 problem+json, schema and domain checks together', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests?lang=en',
        payload: {
          kind: 'coffee',
          practice: { name: '', street: 'Rue X 1', postcode: '10200' },
          requester: { name: 'A', email: 'not-an-email', language: 'tr' },
          ageGroup: 'babies',
          description: 'Patient 85073003328 needs help',
          extra: true,
        },
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.headers['content-type'] as string, /^application\/problem\+json/);
      const fields = response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort();
      assert.deepEqual(fields, [
        'ageGroup',
        'description',
        'extra',
        'kind',
        'practice.name',
        'practice.postcode',
        'requester.email',
        'requester.language',
      ]);
    });

    it('refuses a well-formed postcode outside every territory on the postcode field', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests?lang=fr',
        payload: { ...GP_REQUEST, practice: { ...GP_REQUEST.practice, postcode: '4000' } },
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(
        response.json().errors.map((e: { field: string }) => e.field),
        ['practice.postcode'],
      );
      assert.match(response.json().errors[0].message, /ne couvre pas encore 4000/);
    });

    it('routes an organisation in Anderlecht writing in French to centre-west', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partner-offers',
        payload: ORGANISATION_OFFER,
      });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().zone, 'centre-west');
      assert.deepEqual(response.json().networks, ['bru-stars', 'brumenta']);
      assert.match(response.json().reference, /^ORG-/);
    });

    it('routes a Dutch-speaking organisation in Uccle to centre-west, a French-speaking one to south', async () => {
      const uccle = { ...ORGANISATION_OFFER.venue, postcode: '1180' };
      const nl = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partner-offers',
        payload: {
          ...ORGANISATION_OFFER,
          venue: uccle,
          contact: { ...ORGANISATION_OFFER.contact, language: 'nl' },
        },
      });
      assert.equal(nl.json().zone, 'centre-west');
      const fr = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partner-offers',
        payload: { ...ORGANISATION_OFFER, venue: uccle },
      });
      assert.equal(fr.json().zone, 'south');
    });

    it('checks the enterprise number with its mod-97 check digits', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partner-offers?lang=en',
        payload: {
          ...ORGANISATION_OFFER,
          organisation: { ...ORGANISATION_OFFER.organisation, enterpriseNumber: '0440.966.355' },
          venue: { ...ORGANISATION_OFFER.venue, capacity: 0 },
        },
      });
      assert.equal(response.statusCode, 400);
      const fields = response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort();
      assert.deepEqual(fields, ['organisation.enterpriseNumber', 'venue.capacity']);
    });

    it('documents both routes in the OpenAPI document', async () => {
      const document = (await t.app.inject('/api/docs/openapi.json')).json();
      assert.ok(document.paths['/api/v1/support-requests'].post);
      assert.ok(document.paths['/api/v1/partner-offers'].post);
    });
  });
}
