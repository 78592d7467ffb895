// A network admin sets the yearly amount for new conventions and the default fee; coordinators
// see what is left; nothing is invented while a network has set nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { parseEuros } from '../../src/applications/budget-settings.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';

describe('euros as typed', () => {
  it('reads amounts the way people type them, and refuses the rest', () => {
    assert.deepEqual(parseEuros('250 000'), { ok: true, cents: 25_000_000 });
    assert.deepEqual(parseEuros('75,5'), { ok: true, cents: 7_550 });
    assert.deepEqual(parseEuros('75.50 €'), { ok: true, cents: 7_550 });
    assert.deepEqual(parseEuros('  '), { ok: true, cents: null });
    assert.deepEqual(parseEuros('1.250,00'), { ok: false, problem: 'amount-format' });
    assert.deepEqual(parseEuros('-5'), { ok: false, problem: 'amount-format' });
    assert.deepEqual(parseEuros('99999999999'), { ok: false, problem: 'amount-too-large' });
  });
});

for (const engine of testEngines()) {
  describe(`budget for new conventions (${engine})`, () => {
    let t: TestApp;
    let brumentaAdmin: TestClient;
    before(async () => {
      t = await startTestApp(engine);
      brumentaAdmin = await signedInClient(
        t,
        await createPerson(t, {
          email: 'admin@brumenta.example',
          grants: [{ role: 'network-admin', networkId: 'brumenta' }],
        }),
      );
    });
    after(() => t.close());

    it('shows a network admin only their network, not set yet', async () => {
      const page = await brumentaAdmin.get('/en/applications/budget');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Network Brumenta/);
      assert.doesNotMatch(page.body, /Network Bru-Stars/);
      assert.match(page.body, /Not set yet/);
    });

    it('explains a wrong amount next to its field and keeps what was typed', async () => {
      const wrong = await brumentaAdmin.submit('/nl/applications/budget', {
        network: 'brumenta',
        yearly: '250.000,00',
        fee: '75',
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Geef een bedrag in euro/);
      assert.match(wrong.body, /value="250.000,00"/);
      assert.match(wrong.body, /href="#yearly-brumenta"/);
    });

    it('saves the amounts, audited, and shows them back', async () => {
      const saved = await brumentaAdmin.submit('/fr/applications/budget', {
        network: 'brumenta',
        yearly: '250 000',
        fee: '75,50',
      });
      assert.equal(saved.statusCode, 303);
      const page = await brumentaAdmin.get(saved.headers.location as string);
      assert.match(page.body, /Budget enregistré/);
      assert.match(page.body, /value="250000"/);
      assert.match(page.body, /value="75,50"/);
      assert.match(page.body, /par admin@brumenta.example/);
      const audit = await brumentaAdmin.get('/fr/admin/audit');
      assert.match(audit.body, /network.configure/);
    });

    it('refuses people who do not run the network, whatever network they name', async () => {
      const coordinator = await signedInClient(
        t,
        await createPerson(t, {
          email: 'coord@brumenta.example',
          grants: [{ role: 'coordinator', networkId: 'brumenta', zoneId: 'north-west' }],
        }),
      );
      assert.equal((await coordinator.get('/fr/applications/budget')).statusCode, 403);
      const forged = await brumentaAdmin.submit('/fr/applications/budget', {
        network: 'bru-stars',
        yearly: '1',
        fee: '1',
      });
      assert.equal(forged.statusCode, 403);
      const settings = await t.database.db.execute<{ network_id: string }>(
        sql`select network_id from application_budgets`,
      );
      assert.deepEqual(
        settings.rows.map((r) => r.network_id),
        ['brumenta'],
      );
    });
  });
}
