// How many round trips recording a session costs, counted through the database layer
// (support/query-count.ts): the clinician is loaded once, the policy decides once, and the patient's
// path, the convention and the hourly use travel in the round trip that takes the patient's lock.
// Each path is counted on its clinician's first recording on this instance, when nothing about
// them is remembered yet (their name is written once): the most it costs. Before these bounds,
// the sign-in's reads aside, the form cost 21 round trips (the clinician loaded four times), the
// API with a cookie 13 (twice) and with the token 8; before the insert went with the commit, 5.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';
import { queriesOf } from '../support/query-count.ts';
import { auth, sessionBody, TOKEN } from './support/api.ts';
import { addClinicians, clinician } from './support/clinicians.ts';
import { makeNiss } from './support/niss.ts';

/** The sign-in session's own reads (platform/auth), which every signed-in request makes. */
const SIGN_IN = /from "(sessions|accounts|grants)"|update "sessions"/;
const CLINICIAN_LOAD = /from "clinicians"/;

/** Everything the recording asked for, the sign-in's reads aside. */
function recordingQueries(queries: string[]): string[] {
  return queries.filter((query) => !SIGN_IN.test(query));
}

function explain(queries: string[]): string {
  return queries.map((query, index) => `${index + 1}. ${query.slice(0, 110)}`).join('\n');
}

for (const engine of testEngines()) {
  describe(`what recording a session costs the database (${engine})`, () => {
    let t: TestApp;
    type Added = { id: string; locations: string[] };
    let machine: Added;
    let api: Added;
    let form: Added;
    let apiCookie: string;
    let formClient: TestClient;

    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      [machine, api, form] = (await addClinicians(t.services.directory, [
        clinician('Machine', ['brumenta']),
        clinician('Api', ['brumenta']),
        clinician('Form', ['brumenta']),
      ])) as [Added, Added, Added];
      const signIn = async (who: Added, email: string) => {
        const account = await createPerson(t, { email, grants: [{ role: 'clinician' }] });
        await t.services.directory.linkAccount(who.id, account);
        return signedInClient(t, account);
      };
      const apiClient = await signIn(api, 'api@queries.example');
      apiCookie = [...apiClient.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      formClient = await signIn(form, 'form@queries.example');
    });
    after(() => t.close());

    const post = (who: Added, headers: Record<string, string>, serial: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers,
        payload: sessionBody(who, { niss: makeNiss('1980-02-14', serial), birthDate: '1980-02-14' }),
      });

    it('costs the API token 4 round trips, the clinician loaded once, the insert sent with the commit', async () => {
      const { result, queries } = await queriesOf(() => post(machine, auth, 401));
      assert.equal(result.statusCode, 201, result.body);
      const own = recordingQueries(queries);
      assert.ok(own.length <= 4, `${own.length} round trips:\n${explain(own)}`);
      assert.match(own.at(-1)!, /^with inserted as \(\s*insert into care_sessions [^$]*; commit$/);
      assert.equal(own.filter((query) => CLINICIAN_LOAD.test(query)).length, 1, explain(own));
      // On PostgreSQL the reads are prepared on the connection the first time they go there
      // (platform/db/prepared-reads.ts); the embedded engine's shared session takes them as text.
      assert.match(
        own[1]!,
        engine === 'postgres'
          ? /^begin; (prepare [^;]+; )*select pg_advisory_xact_lock\([^;]+\); execute care_patient_path\([^;]+\); execute directory_convention_events\(/
          : /^begin; select pg_advisory_xact_lock\(.*from care_sessions .*from clinician_conventions/,
      );
    });

    it('costs a signed-in clinician on the API 4 round trips, then 3, counted against their hour', async () => {
      const first = await queriesOf(() => post(api, { cookie: apiCookie }, 402));
      assert.equal(first.result.statusCode, 201, first.result.body);
      const own = recordingQueries(first.queries);
      assert.ok(own.length <= 4, `${own.length} round trips:\n${explain(own)}`);
      assert.equal(own.filter((query) => CLINICIAN_LOAD.test(query)).length, 1, explain(own));
      // The hour's use is taken in the round trip that takes the patient's lock, not on its own.
      assert.match(own[1]!, /^begin; .*insert into care_clinician_use/);

      const second = await queriesOf(() => post(api, { cookie: apiCookie }, 403));
      assert.equal(second.result.statusCode, 201, second.result.body);
      const again = recordingQueries(second.queries);
      assert.ok(again.length <= 3, `${again.length} round trips:\n${explain(again)}`);
      const used = await t.database.pool.query(
        'select count from care_clinician_use where clinician_id = $1',
        [api.id],
      );
      assert.equal(used.rows[0]?.count, 2, 'both recordings counted against the hourly limit');
    });

    it('costs the session form’s confirmation 4 round trips, the profile loaded once', async () => {
      await formClient.get('/fr/my/sessions/new');
      const { result, queries } = await queriesOf(() =>
        formClient.post('/fr/my/sessions/new', {
          step: 'confirm',
          function: 'support',
          mode: 'individual',
          locationId: form.locations[0]!,
          networkId: 'brumenta',
          niss: makeNiss('1990-03-15', 404),
          birthDate: '15/03/1990',
          bim: 'no',
          date: '03/02/2025',
        }),
      );
      assert.equal(result.statusCode, 303, result.body);
      const own = recordingQueries(queries);
      assert.ok(own.length <= 4, `${own.length} round trips:\n${explain(own)}`);
      assert.equal(own.filter((query) => CLINICIAN_LOAD.test(query)).length, 1, explain(own));
    });
  });
}
