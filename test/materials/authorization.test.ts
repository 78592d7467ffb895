// Every materials and professionals' route × every kind of person. The catalogue, PDFs and the
// professionals' page are public; ordering is for GPs, organisations and clinicians; an order is
// seen by whoever placed it and by its network's coordinators and admins (others: 404); sending,
// the stock and the list are the network staff's; contacts are the network admins'.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

type Persona =
  | 'anonymous'
  | 'gp'
  | 'organisation'
  | 'clinician'
  | 'coordinator'
  | 'other-network-coordinator'
  | 'network-admin'
  | 'other-network-admin'
  | 'committee-member'
  | 'platform-admin';

const GRANTS: Record<Exclude<Persona, 'anonymous'>, Parameters<typeof createPerson>[1]['grants']> = {
  gp: [{ role: 'gp' }],
  organisation: [{ role: 'organisation' }],
  clinician: [{ role: 'clinician' }],
  coordinator: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'east' }],
  'other-network-coordinator': [{ role: 'coordinator', networkId: 'bru-stars', zoneId: 'east' }],
  'network-admin': [{ role: 'network-admin', networkId: 'brumenta' }],
  'other-network-admin': [{ role: 'network-admin', networkId: 'bru-stars' }],
  'committee-member': [{ role: 'committee-member', bodyId: 'brumenta-crr' }],
  'platform-admin': [{ role: 'platform-admin' }],
};
const PERSONAS = ['anonymous', ...Object.keys(GRANTS)] as Persona[];
const ORDERERS: Persona[] = ['gp', 'organisation', 'clinician'];
const STAFF: Persona[] = ['coordinator', 'other-network-coordinator', 'network-admin', 'other-network-admin'];
const ADMINS: Persona[] = ['network-admin', 'other-network-admin'];

/** 303 to sign in when signed out; `ok` when allowed; `refused` otherwise. */
const expected = (persona: Persona, allowed: Persona[], ok = 200, refused = 403) =>
  persona === 'anonymous' ? 303 : allowed.includes(persona) ? ok : refused;

for (const engine of testEngines()) {
  describe(`materials authorization matrix (${engine})`, () => {
    let t: TestApp;
    const clients = new Map<Persona, TestClient>();
    let orderId = '';
    before(async () => {
      t = await startTestApp(engine);
      clients.set('anonymous', new TestClient(t));
      for (const [persona, grants] of Object.entries(GRANTS)) {
        const id = await createPerson(t, { email: `${persona}@example.be`, grants });
        clients.set(persona as Persona, await signedInClient(t, id));
      }
      const placed = await clients.get('gp')!.submit('/fr/materials/order', {
        networkId: 'brumenta',
        'qty.poster.fr': '2',
        recipient: 'Dr A',
        street: 'Rue Royale 1',
        postcode: '1000',
        city: 'Bruxelles',
      });
      orderId = (placed.headers.location as string).split('/').pop()!.split('?')[0]!;
    });
    after(() => t.close());

    /** A client holding a CSRF token of its own session (from a public page with a form). */
    async function client(persona: Persona) {
      const c = clients.get(persona)!;
      await c.get('/fr/cost');
      return c;
    }

    it('the catalogue, the PDFs, the professionals page and the model convention answer everyone', async () => {
      for (const persona of PERSONAS) {
        const c = clients.get(persona)!;
        for (const url of [
          '/fr/materials',
          '/materials/pdf/bru-stars/public-flyer/fr',
          '/nl/professionals',
          '/en/professionals/model-convention',
        ]) {
          assert.equal((await c.get(url)).statusCode, 200, `${persona} GET ${url}`);
        }
      }
    });

    it('the order form: GPs, organisations and clinicians', async () => {
      for (const persona of PERSONAS) {
        const c = await client(persona);
        assert.equal((await c.get('/nl/materials/order')).statusCode, expected(persona, ORDERERS), persona);
        const posted = await c.post('/nl/materials/order', { networkId: 'bru-stars' });
        assert.equal(posted.statusCode, expected(persona, ORDERERS, 400), `${persona} post`);
      }
    });

    it("one's own orders: anyone signed in sees their own list", async () => {
      for (const persona of PERSONAS) {
        const c = clients.get(persona)!;
        const list = await c.get('/fr/materials/orders');
        assert.equal(list.statusCode, persona === 'anonymous' ? 303 : 200, persona);
        if (persona !== 'gp' && persona !== 'anonymous') assert.doesNotMatch(list.body, /MAT-/);
      }
    });

    it("an order's page: who placed it and its network's staff; 404 for everyone else", async () => {
      const allowed: Persona[] = ['gp', 'coordinator', 'network-admin'];
      for (const persona of PERSONAS) {
        const status = (await clients.get(persona)!.get(`/fr/materials/orders/${orderId}`)).statusCode;
        assert.equal(status, expected(persona, allowed, 200, 404), persona);
      }
      assert.equal((await clients.get('gp')!.get('/fr/materials/orders/nope')).statusCode, 404);
    });

    it("the staff's list of orders: coordinators and admins of a network", async () => {
      for (const persona of PERSONAS) {
        const page = await clients.get(persona)!.get('/fr/materials/manage');
        assert.equal(page.statusCode, expected(persona, STAFF), persona);
        if (persona === 'other-network-admin') assert.doesNotMatch(page.body, /MAT-/);
      }
    });

    it('the stock of a network: its coordinators and admins', async () => {
      const allowed: Persona[] = ['coordinator', 'network-admin'];
      for (const persona of PERSONAS) {
        const c = await client(persona);
        assert.equal(
          (await c.get('/fr/materials/manage/stock/brumenta')).statusCode,
          expected(persona, allowed),
          persona,
        );
        const posted = await c.post('/fr/materials/manage/stock/brumenta', { 'stock.poster.fr': '1' });
        assert.equal(posted.statusCode, expected(persona, allowed, 303), `${persona} post`);
      }
      assert.equal(
        (await clients.get('network-admin')!.get('/fr/materials/manage/stock/nowhere')).statusCode,
        404,
      );
    });

    it("sending an order: its network's staff; who placed it 403; everyone else 404", async () => {
      for (const persona of PERSONAS) {
        if (persona === 'coordinator' || persona === 'network-admin') continue; // would send it
        const c = await client(persona);
        const status = (await c.post(`/fr/materials/manage/${orderId}/send`)).statusCode;
        assert.equal(status, persona === 'anonymous' ? 303 : persona === 'gp' ? 403 : 404, persona);
      }
      const admin = await client('network-admin');
      await admin.submit('/fr/materials/manage/stock/brumenta', { 'stock.poster.fr': '5' });
      assert.equal((await admin.post(`/fr/materials/manage/${orderId}/send`)).statusCode, 303);
      const coordinator = await client('coordinator');
      assert.equal((await coordinator.post(`/fr/materials/manage/${orderId}/send`)).statusCode, 409);
    });

    it("the contacts: network admins, each for their network's scopes", async () => {
      for (const persona of PERSONAS) {
        const c = await client(persona);
        assert.equal(
          (await c.get('/fr/professionals/contacts')).statusCode,
          expected(persona, ADMINS),
          persona,
        );
        const posted = await c.post('/fr/professionals/contacts/network/brumenta', { contactName: 'X' });
        assert.equal(posted.statusCode, expected(persona, ['network-admin'], 303), `${persona} post`);
        const zone = await c.post('/fr/professionals/contacts/zone/east', { phone: '02 555 00 00' });
        assert.equal(zone.statusCode, expected(persona, ADMINS, 303), `${persona} zone`);
      }
      const admin = await client('network-admin');
      assert.equal((await admin.post('/fr/professionals/contacts/zone/nowhere', {})).statusCode, 404);
      assert.equal((await admin.post('/fr/professionals/contacts/planet/earth', {})).statusCode, 404);
    });
  });
}
