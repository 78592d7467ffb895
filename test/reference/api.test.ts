import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

for (const engine of testEngines()) {
  describe(`routing API and coordinator page (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    it('routes a GP in Laeken aged 19 to both networks and the north-west zone', async () => {
      const response = await t.app.inject('/api/v1/routing?postcode=1020&age=19&requester=gp&language=nl');
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.deepEqual(
        body.networks.map((n: { id: string }) => n.id),
        ['bru-stars', 'brumenta'],
      );
      assert.equal(body.zone.id, 'north-west');
      assert.equal(body.commune.nis, '21004');
      assert.ok(
        body.zone.communes.some((c: { nis: string }) => c.nis === '21010'),
        'Jette is in north-west',
      );
    });

    it('defaults the requester to public and the language to the answer language', async () => {
      const response = await t.app.inject({
        url: '/api/v1/routing?postcode=1180',
        headers: { 'accept-language': 'nl' },
      });
      assert.equal(response.json().requester, 'public');
      assert.equal(response.json().language, 'nl');
      assert.equal(response.json().zone.id, 'south');
    });

    it('applies the Dutch-speaking association rule', async () => {
      const response = await t.app.inject('/api/v1/routing?postcode=1180&requester=organisation&language=nl');
      assert.equal(response.json().zone.id, 'centre-west');
      assert.equal(response.json().zone.reason, 'language-rule');
    });

    it('answers 400 problem+json naming every bad parameter, in the asked language', async () => {
      const response = await t.app.inject('/api/v1/routing?postcode=10200&age=old&requester=robot&lang=en');
      assert.equal(response.statusCode, 400);
      assert.match(response.headers['content-type'] as string, /^application\/problem\+json/);
      const fields = response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort();
      assert.deepEqual(fields, ['age', 'postcode', 'requester']);
      assert.match(response.json().detail, /Belgian postcode has 4 digits/);
    });

    it('answers 400 when no place is given, and when both kinds are', async () => {
      assert.equal((await t.app.inject('/api/v1/routing?age=19')).statusCode, 400);
      assert.equal((await t.app.inject('/api/v1/routing?postcode=1000&commune=21004')).statusCode, 400);
    });

    it('answers 404 problem+json for a well-formed postcode outside every territory', async () => {
      const response = await t.app.inject('/api/v1/routing?postcode=4000&lang=fr');
      assert.equal(response.statusCode, 404);
      assert.equal(response.json().type, 'urn:passerelle:problem:outside-territory');
      assert.match(response.json().detail, /ne couvre pas encore 4000/);
    });

    it('shows the coordinator of a commune typed by name, in Dutch', async () => {
      const response = await t.app.inject('/nl/coordinator?place=Schaarbeek&requester=gp&language=nl');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Uw zone: Oost/);
      assert.match(response.body, /east@coordination\.example/);
    });

    it('explains a place outside Brussels instead of failing', async () => {
      const response = await t.app.inject('/en/coordinator?place=4000');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /does not cover 4000 yet/);
    });

    it('keeps what was typed and explains the error when the place is unknown', async () => {
      const response = await t.app.inject('/fr/coordinator?place=Ixeles&age=200');
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Il y a un problème/);
      assert.match(response.body, /value="Ixeles"/);
      assert.match(response.body, /value="200"/);
      assert.match(response.body, /Vouliez-vous dire/);
      assert.match(response.body, /1050 Ixelles/);
    });

    it('lists the sections of the City of Brussels and their zones', async () => {
      const response = await t.app.inject('/en/coordinator?place=Bruxelles');
      assert.match(response.body, /Laeken \(Laken\) \(1020\): North-West zone/);
      assert.match(response.body, /Haren \(1130\): East zone/);
    });

    it('offers the same page in every language from the language switch', async () => {
      const response = await t.app.inject('/fr/coordinator?place=1030');
      assert.match(response.body, /href="\/nl\/coordinator\?place=1030"/);
      assert.match(response.body, /href="\/en\/coordinator\?place=1030"/);
    });

    it('redirects / by Accept-Language', async () => {
      const response = await t.app.inject({
        url: '/',
        headers: { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' },
      });
      assert.equal(response.statusCode, 302);
      assert.equal(response.headers.location, '/en');
    });

    it('answers the load balancer: alive and ready', async () => {
      assert.deepEqual((await t.app.inject('/healthz')).json(), { status: 'ok' });
      assert.equal((await t.app.inject('/readyz')).json().status, 'ready');
    });

    it('describes every API route in the OpenAPI document', async () => {
      const document = (await t.app.inject('/api/docs/openapi.json')).json();
      assert.ok(document.paths['/api/v1/routing'].get);
      const page = await t.app.inject('/api/docs?lang=nl');
      assert.match(page.body, /GET \/api\/v1\/routing/);
      assert.match(page.body, /<html lang="nl"/);
    });

    it('sends security headers with a strict content security policy', async () => {
      const response = await t.app.inject('/fr');
      assert.match(response.headers['content-security-policy'] as string, /default-src 'self'/);
      assert.match(response.headers['content-security-policy'] as string, /script-src 'self'/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
    });

    it('answers an unknown page with a localized 404 page, and an unknown API path with problem+json', async () => {
      const page = await t.app.inject('/nl/nowhere');
      assert.equal(page.statusCode, 404);
      assert.match(page.body, /Pagina niet gevonden/);
      const api = await t.app.inject('/api/v1/nowhere');
      assert.equal(api.statusCode, 404);
      assert.match(api.headers['content-type'] as string, /problem\+json/);
    });
  });
}
