// Recording asks for the patient's postcode of residence (optional, a postcode only) and the
// location's coordinator zone is kept with the session: reporting counts reach by commune and
// work by zone. Through the API, as clinicians' software records.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { foldPendingChanges } from '../../src/reporting/pending.ts';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { countedCells, keptCells } from './support/cells.ts';

for (const engine of testEngines()) {
  describe(`recording where the patient lives (${engine})`, () => {
    let t: TestApp;
    let a: { id: string; locations: string[] };
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      [a] = (await addClinicians(t.services.directory, [clinician('Adam', ['brumenta', 'bru-stars'])])) as [
        { id: string; locations: string[] },
      ];
    });
    after(() => t.close());

    const record = (overrides: Record<string, unknown>, query = '') =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions${query}`,
        headers: auth,
        payload: sessionBody(a, overrides),
      });

    it('keeps the postcode given (spaces dropped) and the zone of the location, never the NISS', async () => {
      const niss = makeNiss('1980-02-14', 101);
      const response = await record({ niss, residencePostcode: '1 030', date: '2026-03-02' });
      assert.equal(response.statusCode, 201, response.body);
      const row = await t.database.pool.query(
        'select residence_postcode, zone_id from care_sessions where id = $1',
        [response.json().id],
      );
      assert.equal(row.rows[0].residence_postcode, '1030');
      // The practice is in 1000, which a Brussels coordinator zone covers for Brumenta.
      assert.ok(row.rows[0].zone_id, 'the location’s zone is known');
      await foldPendingChanges(t.database.pool);
      const cells = await t.database.pool.query('select * from reporting_session_cells');
      assert.ok(!JSON.stringify(cells.rows).includes(niss.replace(/\D/g, '')));
      assert.equal(cells.rows[0].residence_postcode, '1030');
    });

    it('records without a postcode: it is optional', async () => {
      const response = await record({ niss: makeNiss('1990-05-05', 202), birthDate: '1990-05-05' });
      assert.equal(response.statusCode, 201, response.body);
    });

    it('refuses a postcode that is not one, naming the field in the caller’s language', async () => {
      for (const [lang, words] of [
        ['fr', /Code postal du domicile/],
        ['nl', /Postcode van de woonplaats/],
        ['en', /Postcode of residence/],
      ] as const) {
        const response = await record({ residencePostcode: 'Rue Haute 5' }, `?lang=${lang}`);
        assert.equal(response.statusCode, 400);
        assert.match(String(response.headers['content-type']), /problem\+json/);
        const field = response.json().errors.find((e: { field: string }) => e.field === 'residencePostcode');
        assert.match(field.message, words);
      }
    });

    it('keeps the counters equal to the sessions through recordings, re-decisions and cancellations', async () => {
      const niss = makeNiss('2001-07-07', 303);
      const ids: string[] = [];
      for (const date of ['2026-04-20', '2026-04-27', '2026-05-04']) {
        const response = await record({ niss, birthDate: '2001-07-07', date, residencePostcode: '1080' });
        assert.equal(response.statusCode, 201, response.body);
        ids.push(response.json().id);
      }
      // An earlier session makes the later ones its second, third and fourth: re-decided.
      const earlier = await record({
        niss,
        birthDate: '2001-07-07',
        date: '2026-04-01',
        residencePostcode: '1080',
      });
      assert.equal(earlier.statusCode, 201, earlier.body);
      const cancelled = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${ids[0]}/cancel`,
        headers: auth,
        payload: { reason: 'Patient absent' },
      });
      assert.equal(cancelled.statusCode, 200, cancelled.body);
      assert.deepEqual(await keptCells(t.database.pool), await countedCells(t.database.pool));
    });
  });
}
