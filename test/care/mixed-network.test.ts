// Issue 16 §2: the mixed network of the German-speaking Community, loaded from the Liège fixture
// without code changes, quotes and records under the convention's youth rules up to 23 and adult
// rules from 24 (configuration: mixedNetworkYouthUpTo), and its sessions reach the statement.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { careRulesConfig } from '../../src/care/domain/config.ts';
import { rulesNetworkType } from '../../src/care/domain/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { importLiege } from '../support/liege-fixture.ts';
import { auth, QUOTE_EXAMPLE, sessionBody, TOKEN } from './support/api.ts';
import { addClinicians, clinician } from './support/clinicians.ts';
import { makeNiss } from './support/niss.ts';

describe('the rules a mixed network’s session is decided under', () => {
  it('are the youth rules to 23 and the adult rules from 24, by default', () => {
    assert.equal(rulesNetworkType('mixed', 23), 'youth');
    assert.equal(rulesNetworkType('mixed', 24), 'adult');
    assert.equal(rulesNetworkType('youth', 30), 'youth');
    assert.equal(rulesNetworkType('adult', 16), 'adult');
  });

  it('follow the configured age when a source says otherwise', () => {
    assert.equal(rulesNetworkType('mixed', 20, careRulesConfig({ mixedNetworkYouthUpTo: 17 })), 'adult');
  });
});

for (const engine of testEngines()) {
  describe(`a clinician of Mentale Gesundheit Ostbelgien (${engine})`, () => {
    let t: TestApp;
    let eupen: { id: string; locations: string[] };
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      const imported = await importLiege(t.services.reference);
      assert.ok(imported.ok);
      const [practice] = clinician('Schmitz', ['mgo']).locations;
      const added = await addClinicians(t.services.directory, [
        clinician('Schmitz', ['mgo'], {
          languages: ['de', 'fr'],
          ageGroups: ['children', 'young-people', 'adults', 'older-adults'],
          locations: [{ ...practice!, street: 'Klötzerbahn 1', postcode: '4700', lat: 50.6294, lon: 6.0356 }],
        }),
      ]);
      eupen = added[0]!;
    });
    after(() => t.close());

    const record = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/sessions?lang=en', headers: auth, payload });

    it('records a 16-year-old’s session under the youth rules: 10 sessions, no copay', async () => {
      const response = await record(
        sessionBody(eupen, {
          networkId: 'mgo',
          niss: makeNiss('2008-01-20', 151),
          birthDate: '2008-01-20',
        }),
      );
      assert.equal(response.statusCode, 201, response.body);
      const answer = response.json();
      assert.equal(answer.reimbursable, true);
      assert.equal(answer.cap, 10);
      assert.equal(answer.copayCents, 0);
    });

    it('records a 44-year-old’s sessions under the adult rules: 8 sessions, €11 after the first', async () => {
      const adult = { networkId: 'mgo', niss: makeNiss('1980-02-14', 101), birthDate: '1980-02-14' };
      const first = await record(sessionBody(eupen, adult));
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.json().cap, 8);
      const second = await record(sessionBody(eupen, { ...adult, date: '2024-05-17' }));
      assert.equal(second.statusCode, 201, second.body);
      assert.equal(second.json().copayCents, 1100);
      assert.equal(second.json().sessionNumber, 2);
    });

    it('is quoted for the mixed network by the patient’s age', async () => {
      const quote = (birthDate: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/care/quote',
          payload: { ...QUOTE_EXAMPLE, networkType: 'mixed', birthDate },
        });
      const young = (await quote('2005-03-01')).json();
      assert.deepEqual([young.cap, young.copayCents], [10, 0]);
      const adult = (await quote('1990-03-01')).json();
      assert.deepEqual([adult.cap, adult.copayCents], [8, 1100]);
    });

    it('appears in the month’s statement under its own network', async () => {
      const response = await t.app.inject({ url: '/api/v1/statements?month=2024-05', headers: auth });
      assert.equal(response.statusCode, 200);
      const mgo = response.json().networks.find((n: { id: string }) => n.id === 'mgo') as {
        totals: { sessions: number; copayCents: number };
      };
      assert.deepEqual([mgo.totals.sessions, mgo.totals.copayCents], [3, 1100]);
    });
  });
}
