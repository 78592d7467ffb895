import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { addDays } from '../../src/care/domain/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { auth, sessionBody, TOKEN } from './support/api.ts';
import { addClinicians, clinician } from './support/clinicians.ts';
import { makeNiss } from './support/niss.ts';

for (const engine of testEngines()) {
  describe(`recording sessions (${engine})`, () => {
    let t: TestApp;
    let a: { id: string; locations: string[] };
    let b: { id: string; locations: string[] };
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      const added = await addClinicians(t.services.directory, [
        clinician('Adam', ['brumenta', 'bru-stars']),
        clinician('Bruyn', ['brumenta']),
      ]);
      a = added[0]!;
      b = added[1]!;
    });
    after(() => t.close());

    const body = (overrides: Record<string, unknown> = {}) => sessionBody(a, overrides);
    const record = (payload: object, query = '') =>
      t.app.inject({ method: 'POST', url: `/api/v1/sessions${query}`, headers: auth, payload });

    it('records a session and answers its decision and id, in the caller’s language', async () => {
      const response = await record(body(), '?lang=en');
      assert.equal(response.statusCode, 201);
      const answer = response.json();
      assert.match(answer.id, /^[0-9a-f-]{36}$/);
      assert.equal(response.headers.location, `/api/v1/sessions/${answer.id}`);
      assert.equal(answer.reimbursable, true);
      assert.equal(answer.sessionNumber, 1);
      assert.equal(answer.cap, 8);
      assert.equal(answer.firstSessionFree, true);
      assert.equal(answer.copayCents, 0);
      assert.match(
        answer.explanation,
        /^Session 1 of 8 reimbursed sessions in 12 months: this is your first session/,
      );
      assert.deepEqual(answer.changes, []);

      const read = await t.app.inject({ url: `/api/v1/sessions/${answer.id}`, headers: auth });
      assert.equal(read.statusCode, 200);
      assert.equal(read.json().decision.sessionNumber, 1);
      assert.deepEqual(
        read.json().events.map((e: { kind: string }) => e.kind),
        ['recorded'],
      );
    });

    it('records at a location read from the public clinician API, as a machine client would', async () => {
      const listed = (await t.app.inject({ url: `/api/v1/clinicians/${b.id}` })).json() as {
        locations: Array<{ id: string; postcode: string }>;
      };
      assert.deepEqual(
        listed.locations.map((l) => l.id),
        b.locations,
      );
      const response = await record(
        sessionBody(b, {
          locationId: listed.locations[0]!.id,
          niss: makeNiss('1975-11-03', 303),
          birthDate: '1975-11-03',
        }),
      );
      assert.equal(response.statusCode, 201, response.body);
    });

    it('keeps the patient as a key made with the secret generated into DATA_DIR, never the NISS', async () => {
      const niss = makeNiss('1980-02-14', 101);
      const secret = readFileSync(join(t.dataDir, 'secrets', 'patient-key.key'), 'utf8').trim();
      const key = createHmac('sha256', secret).update(niss).digest('hex');
      const rows = await t.database.db.execute(sql`select * from care_sessions`);
      assert.equal(rows.rows[0]?.patient_key, key);
      const everything = await t.database.db.execute(
        sql`select (select json_agg(s) from care_sessions s)::text || (select json_agg(e) from care_session_events e)::text as dump`,
      );
      assert.doesNotMatch(String(everything.rows[0]?.dump), new RegExp(niss));
      // Written with separators, the same NISS is the same patient.
      const written = `${niss.slice(0, 2)}.${niss.slice(2, 4)}.${niss.slice(4, 6)}-${niss.slice(6, 9)}.${niss.slice(9)}`;
      const again = await record(body({ niss: written, date: '2024-05-17' }));
      assert.equal(again.json().sessionNumber, 2);
    });

    it('counts the cap across clinicians and networks, and still records a refused session', async () => {
      const patient = { niss: makeNiss('1992-07-01', 202), birthDate: '1992-07-01' };
      for (let i = 0; i < 8; i++) {
        const who =
          i % 2 === 0
            ? { clinicianId: a.id, locationId: a.locations[1] }
            : { clinicianId: b.id, locationId: b.locations[0] };
        const response = await record(body({ ...patient, ...who, date: addDays('2024-06-03', 7 * i) }));
        assert.equal(response.json().sessionNumber, i + 1);
      }
      const ninth = await record(body({ ...patient, date: '2024-08-01' }), '?lang=fr');
      assert.equal(ninth.statusCode, 201);
      assert.equal(ninth.json().reimbursable, false);
      assert.equal(ninth.json().reason, 'cap-reached');
      assert.match(ninth.json().explanation, /les 8 séances remboursées sur 12 mois/);
      const stored = await t.app.inject({ url: `/api/v1/sessions/${ninth.json().id}`, headers: auth });
      assert.equal(stored.json().decision.reason, 'cap-reached');
      // Twelve months after the first one, a place is free again.
      const later = await record(body({ ...patient, date: '2025-06-04' }));
      assert.equal(later.json().reimbursable, true);
    });

    it('takes the network type from the network: a 17-year-old in Brumenta gets adult caps', async () => {
      const teen = { niss: makeNiss('2007-01-15', 303), birthDate: '2007-01-15' };
      const adultNetwork = await record(body({ ...teen, date: '2024-05-06' }));
      assert.equal(adultNetwork.json().cap, 8);
      const youthNetwork = await record(body({ ...teen, date: '2024-05-13', networkId: 'bru-stars' }));
      assert.equal(youthNetwork.json().cap, 10);
      assert.equal(youthNetwork.json().sessionNumber, 2);
      assert.equal(youthNetwork.json().copayCents, 0);
    });

    it('reads the century from a post-2000 NISS and checks it against the birth date', async () => {
      const born2003 = makeNiss('2003-09-30', 404);
      const ok = await record(body({ niss: born2003, birthDate: '2003-09-30', networkId: 'bru-stars' }));
      assert.equal(ok.statusCode, 201);
      const mismatch = await record(body({ niss: born2003, birthDate: '1903-09-30' }), '?lang=en');
      assert.equal(mismatch.statusCode, 400);
      assert.deepEqual(mismatch.json().errors, [
        {
          field: 'birthDate',
          code: 'niss-birth-date',
          message: 'The date of birth does not match the one in the NISS.',
        },
      ]);
    });

    it('names every bad field, never echoing the NISS', async () => {
      const niss = makeNiss('1980-02-14', 101);
      const wrongCheck = `${niss.slice(0, 9)}${niss.slice(9) === '00' ? '01' : '00'}`;
      const response = await record(
        body({
          niss: wrongCheck,
          date: '2024-02-30',
          clinicianId: b.id,
          locationId: a.locations[0],
          networkId: 'bru-stars',
        }),
        '?lang=fr',
      );
      assert.equal(response.statusCode, 400);
      assert.match(response.headers['content-type'] as string, /^application\/problem\+json/);
      assert.deepEqual(
        response.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`),
        [
          'date:date',
          'niss:niss-checksum',
          'locationId:not-clinician-location',
          'networkId:not-network-member',
        ],
      );
      assert.doesNotMatch(response.body, new RegExp(wrongCheck.slice(0, 9)));
      const unknown = await record(
        body({ niss: '12345', clinicianId: '00000000-0000-4000-8000-000000000000', networkId: 'nowhere' }),
        '?lang=nl',
      );
      assert.deepEqual(
        unknown.json().errors.map((e: { field: string }) => e.field),
        ['niss', 'clinicianId', 'networkId'],
      );
      assert.match(unknown.json().detail, /Bekende netwerken: bru-stars, brumenta/);
      const malformed = await record({ ...body(), bim: 'perhaps', clinicianId: 'someone' });
      assert.deepEqual(
        malformed
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
        ['bim', 'clinicianId'],
      );
    });

    it('re-decides later sessions when one is recorded late, and reports the change', async () => {
      const patient = { niss: makeNiss('1975-11-11', 505), birthDate: '1975-11-11' };
      const first = (await record(body({ ...patient, date: '2024-09-20' }))).json();
      assert.equal(first.firstSessionFree, true);
      const late = (await record(body({ ...patient, date: '2024-09-13' }), '?lang=en')).json();
      assert.equal(late.firstSessionFree, true);
      assert.equal(late.changes.length, 1);
      const [change] = late.changes;
      assert.equal(change.sessionId, first.id);
      assert.deepEqual(
        [
          change.before.sessionNumber,
          change.before.copayCents,
          change.after.sessionNumber,
          change.after.copayCents,
        ],
        [1, 0, 2, 1100],
      );
      assert.match(change.after.explanation, /^Session 2 of 8/);
      const log = await t.app.inject({ url: `/api/v1/sessions/${first.id}`, headers: auth });
      assert.deepEqual(
        log
          .json()
          .events.map((e: { kind: string; causeSessionId: string | null }) => [e.kind, e.causeSessionId]),
        [
          ['recorded', null],
          ['redecided', late.id],
        ],
      );
    });
  });
}
