// The public statistics contract (issue 14), as an outside client reads it: sessions and
// patients of a network grouped as asked, rows about fewer than 5 patients suppressed, and
// every bad parameter named in a 400 problem.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeNiss } from '../care/support/niss.ts';
import type { TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { type RecordedApp, startRecordedApp } from './support/recorded-app.ts';

for (const engine of testEngines()) {
  describe(`public session statistics (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      let record: RecordedApp['record'];
      ({ t, record } = await startRecordedApp(engine));
      // May 2026: six adults from Schaerbeek (1030), two sessions each. June: two patients.
      for (let p = 0; p < 6; p++) {
        const patient = {
          niss: makeNiss('1980-02-14', 400 + p),
          birthDate: '1980-02-14',
          residencePostcode: '1030',
        };
        await record({ ...patient, date: '2026-05-04' });
        await record({ ...patient, date: '2026-05-18' });
      }
      for (let p = 0; p < 2; p++) {
        await record({ niss: makeNiss('1990-01-01', 500 + p), birthDate: '1990-01-01', date: '2026-06-08' });
      }
    });
    after(() => t.close());

    const statistics = (query: string) => t.app.inject({ url: `/api/v1/statistics/sessions?${query}` });

    it('answers sessions and patients per month, without signing in, suppressing a month under 5 patients', async () => {
      const response = await statistics('network=brumenta&from=2026-01&to=2026-12&groupBy=month');
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json(), {
        network: 'brumenta',
        from: '2026-01',
        to: '2026-12',
        groupBy: ['month'],
        rows: [
          { month: '2026-05', sessions: 12, patients: 6, suppressed: false },
          { month: '2026-06', sessions: null, patients: null, suppressed: true },
        ],
      });
    });

    it('groups by function, age band and commune combined, patients counted once per row', async () => {
      const response = await statistics(
        'network=brumenta&from=2026-05&to=2026-06&groupBy=commune,ageBand,function',
      );
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.deepEqual(body.groupBy, ['commune', 'ageBand', 'function']);
      assert.deepEqual(body.rows, [
        {
          commune: '21015',
          ageBand: '45-64',
          function: 'support',
          sessions: 12,
          patients: 6,
          suppressed: false,
        },
        {
          commune: null,
          ageBand: '24-44',
          function: 'support',
          sessions: null,
          patients: null,
          suppressed: true,
        },
      ]);
      const whole = await statistics('network=brumenta&from=2026-05&to=2026-06&groupBy=function');
      assert.deepEqual(whole.json().rows, [
        { function: 'support', sessions: 14, patients: 8, suppressed: false },
      ]);
    });

    it('counts only the network asked', async () => {
      const response = await statistics('network=bru-stars&from=2026-01&to=2026-12&groupBy=month');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json().rows, []);
    });

    const problems: Array<[string, string, string]> = [
      ['network=nowhere&from=2026-01&to=2026-12&groupBy=month', 'network', 'nowhere'],
      ['network=brumenta&from=2026-13&to=2026-12&groupBy=month', 'from', ''],
      ['network=brumenta&from=2026-01&to=2026-1&groupBy=month', 'to', ''],
      ['network=brumenta&from=2026-01&to=2026-12&groupBy=month,clinician', 'groupBy', 'clinician'],
      ['network=brumenta&from=2026-05&to=2026-01&groupBy=month', 'to', ''],
      ['network=brumenta&from=2020-01&to=2026-12&groupBy=month', 'to', ''],
      ['from=2026-01&to=2026-12', 'network', ''],
    ];
    for (const [query, field, echoed] of problems) {
      it(`answers 400 problem+json naming ${field} for ${query}`, async () => {
        const response = await statistics(`${query}&lang=en`);
        assert.equal(response.statusCode, 400, response.body);
        assert.match(String(response.headers['content-type']), /application\/problem\+json/);
        const body = response.json();
        const named = (body.errors ?? []).find((error: { field: string }) => error.field === field);
        assert.ok(named, `${field} named in ${response.body}`);
        if (echoed) assert.match(named.message, new RegExp(echoed));
      });
    }

    it('says what went wrong in French and Dutch too', async () => {
      const fr = await statistics('network=nowhere&from=2026-01&to=2026-12&lang=fr');
      assert.match(fr.json().errors[0].message, /Aucun réseau/);
      const nl = await statistics('network=nowhere&from=2026-01&to=2026-12&lang=nl');
      assert.match(nl.json().errors[0].message, /Geen netwerk/);
    });
  });
}
