import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { addDays } from '../../src/care/domain/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { auth, sessionBody, TOKEN } from './support/api.ts';
import { addClinicians, clinician } from './support/clinicians.ts';
import { makeNiss } from './support/niss.ts';

for (const engine of testEngines()) {
  describe(`recording at the same moment (${engine})`, () => {
    let t: TestApp;
    let clinicians: { id: string; locations: string[] }[];
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      clinicians = await addClinicians(t.services.directory, [
        clinician('Adam', ['brumenta']),
        clinician('Bruyn', ['brumenta']),
        clinician('Claes', ['brumenta']),
      ]);
    });
    after(() => t.close());

    it('reimburses exactly the cap when 50 recordings for one patient arrive at once', async () => {
      const patient = { niss: makeNiss('1984-03-09', 77), birthDate: '1984-03-09' };
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/sessions',
            headers: auth,
            // Three clinicians, fifty different days within one 12-month window.
            payload: sessionBody(clinicians[i % 3]!, {
              ...patient,
              date: addDays('2024-06-03', (i * 37) % 150),
            }),
          }),
        ),
      );
      assert.deepEqual(
        responses.map((r) => r.statusCode),
        Array(50).fill(201),
      );
      // What each clinician was told: a reimbursement once given is never taken away.
      assert.equal(responses.filter((r) => r.json().reimbursable).length, 8);
      const stored = await t.database.db.execute<{ reimbursed: number; numbers: number[] }>(
        sql`select count(*) filter (where reimbursable)::int as reimbursed,
                   array_agg(session_number order by session_number) filter (where reimbursable) as numbers
            from care_sessions`,
      );
      assert.equal(stored.rows[0]?.reimbursed, 8);
      assert.deepEqual(stored.rows[0]?.numbers, [1, 2, 3, 4, 5, 6, 7, 8]);
      const refused = await t.database.db.execute<{ reason: string; n: number }>(
        sql`select reason, count(*)::int as n from care_sessions where not reimbursable group by reason`,
      );
      assert.deepEqual(refused.rows, [{ reason: 'cap-reached', n: 42 }]);
    });

    it("stores each of 40 patients' sessions arriving at once with its event and audit entry", async () => {
      // They share transactions, their inserts one statement (src/care/recorded-insert.ts).
      const responses = await Promise.all(
        Array.from({ length: 40 }, (_, i) => {
          const birthDate = addDays('1970-01-01', i * 101);
          return t.app.inject({
            method: 'POST',
            url: '/api/v1/sessions',
            headers: auth,
            payload: sessionBody(clinicians[i % 3]!, {
              niss: makeNiss(birthDate, 300 + i),
              birthDate,
              date: addDays('2025-02-03', i),
            }),
          });
        }),
      );
      assert.deepEqual(
        responses.map((r) => r.statusCode),
        Array(40).fill(201),
      );
      const ids = responses.map((r) => r.json().id as string);
      const stored = await t.database.db.execute<{ sessions: number; events: number; audited: number }>(
        sql`select
              (select count(*)::int from care_sessions where date >= '2025-02-03') as sessions,
              (select count(*)::int from care_session_events e join care_sessions s on s.id = e.session_id
                 where s.date >= '2025-02-03' and e.kind = 'recorded'
                   and e.decision->>'reimbursable' = s.reimbursable::text) as events,
              (select count(distinct resource_id)::int from audit_log
                 where action = 'care-session.record' and resource_id in ${ids}) as audited`,
      );
      assert.deepEqual(stored.rows[0], { sessions: 40, events: 40, audited: 40 });
    });
  });
}
