// Planning through the API: zone envelopes proposed by population, adjusted with a reason,
// contingents that commit money for the weeks left, and the plan as it was on a past day.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importBundledPopulation } from '../../src/reference/population.ts';
import { auth, TOKEN } from '../care/support/api.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

const URL_2026 = '/api/v1/networks/brumenta/budgets/2026';
const CITY_SPLIT = { '21004': { 'centre-west': 0.5, 'north-west': 0.3, east: 0.2 } };

for (const engine of testEngines()) {
  describe(`budget planning (${engine})`, () => {
    let t: TestApp;
    let now = new Date('2026-03-02T10:00:00Z');
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN }, undefined, { clock: () => now });
      assert.ok((await importBundledPopulation(t.database.db)).ok);
    });
    after(() => t.close());

    const send = (method: 'PUT' | 'POST' | 'DELETE', url: string, payload: object) =>
      t.app.inject({ method, url, headers: auth, payload });
    const get = async (url = URL_2026) => (await t.app.inject({ url, headers: auth })).json();
    const propose = (payload: object) => send('POST', `${URL_2026}/zone-envelopes/proposal?lang=en`, payload);
    const firstLine = {
      label: 'Soutien à la première ligne',
      kind: 'first-line-support',
      allocationCents: 50_000_000,
    };

    it('proposes zone envelopes from the 2020 inhabitants, summing to the amount left after first-line support', async () => {
      const set = await send('PUT', URL_2026, {
        allocationCents: 400_000_000,
        defaultFeeCents: 7500,
        envelopes: [firstLine],
      });
      assert.equal(set.statusCode, 200, set.body);

      const unsplit = await propose({ weights: { inhabitants: 1 } });
      assert.equal(unsplit.statusCode, 400);
      assert.equal(unsplit.json().errors[0].field, 'communeSplits.21004');
      assert.match(unsplit.json().errors[0].message, /spans several zones \(centre-west, east, north-west\)/);

      const proposed = await propose({ weights: { inhabitants: 1 }, communeSplits: CITY_SPLIT });
      assert.equal(proposed.statusCode, 200, proposed.body);
      const body = proposed.json();
      assert.equal(body.populationYear, 2020);
      assert.equal(body.amountCents, 350_000_000);
      assert.deepEqual(
        body.zones.map((z: { envelope: { id: string; allocationCents: number } }) => [
          z.envelope.id,
          z.envelope.allocationCents,
        ]),
        [
          ['zone-centre-west', 97_368_839],
          ['zone-east', 113_534_736],
          ['zone-north-west', 51_987_363],
          ['zone-south', 87_109_062],
        ],
      );
    });

    it('names the criterion the figures lack, and a split that does not add up', async () => {
      const young = await propose({ weights: { young: 1 }, communeSplits: CITY_SPLIT });
      assert.equal(young.statusCode, 400);
      assert.equal(young.json().errors[0].field, 'weights.young');
      assert.match(
        young.json().errors[0].message,
        /the 2020 figures lack this criterion for communes 21001, 21002/,
      );
      const lopsided = await propose({
        weights: { equal: 1 },
        communeSplits: { '21004': { 'centre-west': 0.5 } },
      });
      assert.equal(lopsided.json().errors[0].message, 'the shares of commune 21004 must add up to 1.');
    });

    it('saves the proposal, then adjusts an envelope only with a reason and within the amount', async () => {
      const proposal = (await propose({ weights: { inhabitants: 1 }, communeSplits: CITY_SPLIT })).json();
      const envelopes = [firstLine, ...proposal.zones.map((z: { envelope: object }) => z.envelope)];
      const saved = await send('PUT', URL_2026, { allocationCents: 400_000_000, envelopes });
      assert.equal(saved.statusCode, 200, saved.body);
      const zones = saved.json().envelopes.filter((e: { kind: string }) => e.kind === 'zone');
      assert.equal(
        zones.reduce((sum: number, e: { allocationCents: number }) => sum + e.allocationCents, 0) +
          50_000_000,
        400_000_000,
      );

      const adjust = (payload: object) => send('PUT', `${URL_2026}/envelopes/zone-south?lang=en`, payload);
      assert.deepEqual(
        (await adjust({ allocationCents: 80_000_000 })).json().errors.map((e: { field: string }) => e.field),
        ['reason'],
      );
      const over = await adjust({ allocationCents: 90_000_000, reason: 'More clinicians in Uccle' });
      assert.equal(over.statusCode, 400);
      assert.equal(over.json().errors[0].field, 'allocationCents');
      now = new Date('2026-03-05T10:00:00Z');
      const lowered = await adjust({ allocationCents: 80_000_000, reason: 'Fewer clinicians in Forest' });
      assert.equal(lowered.statusCode, 200, lowered.body);
      const unknown = await send('PUT', `${URL_2026}/envelopes/zone-mars?lang=en`, {
        allocationCents: 1,
        reason: 'x',
      });
      assert.equal(unknown.json().errors[0].message, 'unknown envelope ‘zone-mars’.');
    });

    it('gives the plan as it was at the end of a past day', async () => {
      const south = async (query: string) =>
        (await get(`${URL_2026}${query}`)).envelopes.find((e: { id: string }) => e.id === 'zone-south')
          ?.allocationCents;
      assert.equal(await south(''), 80_000_000);
      assert.equal(await south('?asOf=2026-03-04'), 87_109_062);
      const before = await get(`${URL_2026}?asOf=2026-03-01`);
      assert.equal(before.allocationCents, 0);
      assert.equal(before.version, 0);
      const bad = await t.app.inject({ url: `${URL_2026}?asOf=2026-02-30&lang=en`, headers: auth });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().errors[0].field, 'asOf');
    });

    it('commits a contingent for the whole weeks left, asks a reason to change it, and releases it', async () => {
      const url = `${URL_2026}/contingents/clinician-ana?lang=en`;
      const contingent = {
        holderKind: 'clinician',
        perWeek: 5,
        function: 'support',
        mode: 'individual',
        zoneId: 'east',
      };
      const set = await send('PUT', url, contingent);
      assert.equal(set.statusCode, 200, set.body);
      // 5 March to 31 December: 302 days, 43 whole weeks; 5 sessions × €75 a week.
      assert.equal(set.json().committedCents, 43 * 5 * 7500);
      const east = set.json().envelopes.find((e: { id: string }) => e.id === 'zone-east');
      assert.equal(east.committedCents, 43 * 5 * 7500);
      assert.equal(set.json().remainingCents, 400_000_000 - 43 * 5 * 7500);

      const again = await send('PUT', url, { ...contingent, perWeek: 8 });
      assert.equal(again.statusCode, 400);
      assert.equal(again.json().errors[0].field, 'reason');
      const changed = await send('PUT', url, { ...contingent, perWeek: 8, reason: 'Second practice opened' });
      assert.equal(changed.json().committedCents, 43 * 8 * 7500);
      const zone = await send('PUT', url, { ...contingent, zoneId: 'atlantis', reason: 'Moved' });
      assert.equal(zone.json().errors[0].field, 'zoneId');
      // No zone (a clinician whose place is not yet known) is a contingent of the whole network.
      const noZone = await send('PUT', url, {
        ...contingent,
        perWeek: 8,
        zoneId: null,
        reason: 'Place not known yet',
      });
      assert.equal(noZone.statusCode, 200, noZone.body);
      assert.equal(
        noZone.json().envelopes.find((e: { id: string }) => e.id === 'zone-east').committedCents,
        0,
      );
      assert.equal(noZone.json().committedCents, 43 * 8 * 7500);

      const ended = await send('DELETE', url, { reason: 'Convention suspended' });
      assert.equal(ended.statusCode, 200, ended.body);
      assert.equal(ended.json().committedCents, 0);
      assert.deepEqual(ended.json().contingents, []);
    });
  });
}
