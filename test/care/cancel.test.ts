import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { auth, sessionBody, TOKEN } from './support/api.ts';
import { addClinicians, clinician } from './support/clinicians.ts';
import { makeNiss } from './support/niss.ts';

for (const engine of testEngines()) {
  describe(`cancelling sessions (${engine})`, () => {
    let t: TestApp;
    let a: { id: string; locations: string[] };
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      a = (await addClinicians(t.services.directory, [clinician('Adam', ['brumenta'])]))[0]!;
    });
    after(() => t.close());

    const record = async (overrides: Record<string, unknown>) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(a, overrides),
      });
      assert.equal(response.statusCode, 201);
      return response.json();
    };
    const cancel = (id: string, reason: string, query = '') =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${id}/cancel${query}`,
        headers: auth,
        payload: { reason },
      });

    it('keeps a cancelled session with its reason, re-decides the later ones and reports each change', async () => {
      const patient = { niss: makeNiss('1970-04-04', 11), birthDate: '1970-04-04' };
      const first = await record({ ...patient, date: '2024-05-06' });
      const second = await record({ ...patient, date: '2024-05-13' });
      const sameDay = await record({
        ...patient,
        date: '2024-05-13',
        function: 'treatment',
        functionalAssessment: true,
      });
      assert.equal(sameDay.reason, 'same-day');

      const response = await cancel(first.id, 'Patient ne s’est pas présenté', '?lang=en');
      assert.equal(response.statusCode, 200);
      const answer = response.json();
      assert.equal(answer.session.cancelled, true);
      assert.deepEqual(
        answer.session.events.map((e: { kind: string; note: string | null }) => [e.kind, e.note]),
        [
          ['recorded', null],
          ['cancelled', 'Patient ne s’est pas présenté'],
        ],
      );
      // The second session becomes the free first one; the same-day treatment stays refused.
      assert.deepEqual(
        answer.changes.map(
          (c: { sessionId: string; before: { copayCents: number }; after: { copayCents: number } }) => [
            c.sessionId,
            c.before.copayCents,
            c.after.copayCents,
          ],
        ),
        [[second.id, 1100, 0]],
      );
      assert.match(answer.changes[0].after.explanation, /this is your first session, so it is free/);

      const log = await t.app.inject({ url: `/api/v1/sessions/${second.id}`, headers: auth });
      assert.deepEqual(
        log
          .json()
          .events.map((e: { kind: string; causeSessionId: string | null }) => [e.kind, e.causeSessionId]),
        [
          ['recorded', null],
          ['redecided', first.id],
        ],
      );
    });

    it('lets a session refused for the same day through when the one before it is cancelled', async () => {
      const patient = { niss: makeNiss('1971-05-05', 12), birthDate: '1971-05-05' };
      const morning = await record({ ...patient, date: '2024-06-03' });
      const afternoon = await record({ ...patient, date: '2024-06-03', mode: 'group' });
      assert.equal(afternoon.reason, 'same-day');
      const answer = (await cancel(morning.id, 'Enregistrée deux fois')).json();
      assert.deepEqual(
        answer.changes.map((c: { sessionId: string; after: { reimbursable: boolean } }) => [
          c.sessionId,
          c.after.reimbursable,
        ]),
        [[afternoon.id, true]],
      );
    });

    it('answers 409 for a second cancellation, 404 for an unknown session, 400 without a reason', async () => {
      const session = await record({ niss: makeNiss('1972-06-06', 13), birthDate: '1972-06-06' });
      assert.equal((await cancel(session.id, 'Erreur de saisie')).statusCode, 200);
      const again = await cancel(session.id, 'Encore', '?lang=nl');
      assert.equal(again.statusCode, 409);
      assert.match(again.json().detail, /al geannuleerd/);
      assert.equal((await cancel('00000000-0000-4000-8000-000000000000', 'x')).statusCode, 404);
      const noReason = await cancel(session.id, '');
      assert.equal(noReason.statusCode, 400);
      assert.equal(noReason.json().errors[0].field, 'reason');
      assert.equal(
        (await t.app.inject({ url: '/api/v1/sessions/not-a-uuid', headers: auth })).statusCode,
        400,
      );
    });

    it('is append-only in the database itself: no event changes, no session disappears', async () => {
      const session = await record({ niss: makeNiss('1973-07-07', 14), birthDate: '1973-07-07' });
      const attempts = [
        sql`update care_session_events set note = 'rewritten'`,
        sql`delete from care_session_events`,
        sql`delete from care_sessions where id = ${session.id}`,
        sql`update care_sessions set date = '2024-01-01' where id = ${session.id}`,
        sql`update care_sessions set cancelled = false where cancelled`,
        sql`truncate care_session_events`,
      ];
      for (const attempt of attempts) {
        await assert.rejects(t.database.db.execute(attempt), (error: Error & { cause?: Error }) => {
          assert.match(error.cause?.message ?? error.message, /append-only|cannot be changed/);
          return true;
        });
      }
      // The current decision may move: that is what re-deciding does, always with an event.
      await t.database.db.execute(
        sql`update care_sessions set copay_cents = copay_cents where id = ${session.id}`,
      );
    });
  });
}
