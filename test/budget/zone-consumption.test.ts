// Each zone envelope's consumed and forecast figures follow the sessions that took place in the
// zone, read from care's statement counters (which keep each session's zone): exact at once,
// before and after the counters are folded, and back down when a session is cancelled.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

const URL_2024 = '/api/v1/networks/brumenta/budgets/2024';

for (const engine of testEngines()) {
  describe(`budget consumption per zone (${engine})`, () => {
    let t: TestApp;
    let ana: { id: string; locations: string[] };
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      // One practice in 1000 Brussels (Centre-West), one in 1030 Schaerbeek (East).
      const base = clinician('Adam', ['brumenta']);
      ana = (
        await addClinicians(t.services.directory, [
          {
            ...base,
            locations: [
              base.locations[0]!,
              { ...base.locations[0]!, street: 'Rue Royale 300', postcode: '1030', lat: 50.86, lon: 4.37 },
            ],
          },
        ])
      )[0]!;
      const set = await t.app.inject({
        method: 'PUT',
        url: URL_2024,
        headers: auth,
        payload: {
          allocationCents: 400_000_000,
          defaultFeeCents: 8000,
          envelopes: [
            { label: 'Centre-Ouest', kind: 'zone', key: 'centre-west', allocationCents: 100_000_000 },
            { label: 'Est', kind: 'zone', key: 'east', allocationCents: 100_000_000 },
            { label: 'Sud', kind: 'zone', key: 'south', allocationCents: 100_000_000 },
          ],
        },
      });
      assert.equal(set.statusCode, 200, set.body);
      // Her contingent draws on the East envelope: commitment is the contingent's zone, but
      // consumption is where each session took place.
      const contingent = await t.app.inject({
        method: 'PUT',
        url: `${URL_2024}/contingents/${ana.id}`,
        headers: auth,
        payload: {
          holderKind: 'clinician',
          perWeek: 5,
          function: 'support',
          mode: 'individual',
          zoneId: 'east',
        },
      });
      assert.equal(contingent.statusCode, 200, contingent.body);
    });
    after(() => t.close());

    type Zone = { consumedCents: number; forecastCents: number; allocationCents: number };
    const zones = async () => {
      const body = (await t.app.inject({ url: URL_2024, headers: auth })).json();
      const byId = Object.fromEntries(body.envelopes.map((e: Zone & { id: string }) => [e.id, e])) as Record<
        string,
        Zone
      >;
      return { total: body.consumedCents as number, byId };
    };
    const record = async (location: number, patient: number, day: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(ana, {
          niss: makeNiss('1980-02-14', patient),
          locationId: ana.locations[location],
          date: day,
        }),
      });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().reimbursable, true);
      return response.json().id as string;
    };

    it('counts each session in its location’s zone, at once and after the fold', async () => {
      await record(0, 101, '2024-05-10');
      await record(1, 202, '2024-05-10');
      await record(1, 303, '2024-05-11');
      for (const moment of ['before the fold', 'after the fold']) {
        const { total, byId } = await zones();
        assert.equal(byId['zone-centre-west']!.consumedCents, 8000, moment);
        assert.equal(byId['zone-east']!.consumedCents, 16_000, moment);
        assert.equal(byId['zone-south']!.consumedCents, 0, moment);
        assert.equal(total, 24_000, moment);
        // 2024 is over: each zone's forecast is what it consumed.
        assert.equal(byId['zone-east']!.forecastCents, 16_000, moment);
        assert.equal(byId['zone-centre-west']!.forecastCents, 8000, moment);
        await t.services.care.foldStatementChanges();
      }
    });

    it('takes a cancelled session back from its own zone only', async () => {
      const id = await record(0, 404, '2024-06-03');
      assert.equal((await zones()).byId['zone-centre-west']!.consumedCents, 16_000);
      const cancel = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${id}/cancel`,
        headers: auth,
        payload: { reason: 'Recorded twice' },
      });
      assert.equal(cancel.statusCode, 200, cancel.body);
      const { byId, total } = await zones();
      assert.equal(byId['zone-centre-west']!.consumedCents, 8000);
      assert.equal(byId['zone-east']!.consumedCents, 16_000);
      assert.equal(total, 24_000);
    });

    it('keeps statements one line per clinician, function and mode across zones', async () => {
      await t.services.care.foldStatementChanges();
      const statement = await t.app.inject({
        url: '/api/v1/statements?month=2024-05&network=brumenta',
        headers: auth,
      });
      assert.equal(statement.statusCode, 200, statement.body);
      const [clinicianStatement] = statement.json().networks[0].clinicians;
      // May's three sessions, in two zones, are still one line.
      assert.equal(clinicianStatement.lines.length, 1);
      assert.equal(clinicianStatement.lines[0].reimbursed, 3);
    });
  });
}
