// A conventioned service's clinicians record sessions against the service's contingent: the
// database gives each session the service when it is inserted (migration 0030), never changes it
// afterwards, and the budget reads each service's consumption from the statement counters. A
// clinician the service named before they were in the directory is linked when they join it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

const URL_2024 = '/api/v1/networks/brumenta/budgets/2024';
const SERVICE_ID = '5e7a1ce0-0000-4000-8000-000000000001';
/** Valid INAMI numbers (check digits 97 − first six digits mod 97). */
const ANA_INAMI = '51234509890';
const BOB_INAMI = '51234610890';
const LATE_INAMI = '51234711890';
const FEE = 8000;
const HOURLY = 6000;

type Holder = {
  holderId: string;
  sessions: number;
  consumedCents: number;
  dueCents: number | null;
  used: number | null;
  due: number;
};

for (const engine of testEngines()) {
  describe(`a conventioned service’s sessions (${engine})`, () => {
    let t: TestApp;
    let ana: { id: string; locations: string[] };
    let bob: { id: string; locations: string[] };
    let patient = 100;

    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      [ana, bob] = (await addClinicians(t.services.directory, [
        clinician('Ana', ['brumenta'], { givenName: 'Ana', inami: ANA_INAMI }),
        clinician('Bob', ['brumenta'], { givenName: 'Bob', inami: BOB_INAMI }),
      ])) as [typeof ana, typeof bob];
      // The service names Ana and a clinician the directory does not hold yet; Bob works under
      // his own convention only. Signed with Brumenta from 1 May 2024.
      const linked = await t.database.db.transaction((tx) =>
        t.services.directory.services.publish(
          tx,
          {
            id: SERVICE_ID,
            name: 'Maison médicale du Canal',
            postcode: '1000',
            functions: ['support'],
            networkIds: ['brumenta'],
            signedOn: '2024-05-01',
          },
          [ANA_INAMI, LATE_INAMI],
        ),
      );
      assert.deepEqual(linked, [ana.id]);
      const set = await t.app.inject({
        method: 'PUT',
        url: URL_2024,
        headers: auth,
        payload: { allocationCents: 400_000_000, defaultFeeCents: FEE, hourlyRateCents: HOURLY },
      });
      assert.equal(set.statusCode, 200, set.body);
      for (const [holderId, holderKind, perWeek] of [
        [SERVICE_ID, 'service', 10],
        [ana.id, 'clinician', 5],
        [bob.id, 'clinician', 5],
      ] as const) {
        const contingent = await t.app.inject({
          method: 'PUT',
          url: `${URL_2024}/contingents/${holderId}`,
          headers: auth,
          payload: { holderKind, perWeek, function: 'support', mode: 'individual', zoneId: null },
        });
        assert.equal(contingent.statusCode, 200, contingent.body);
      }
    });
    after(() => t.close());

    const record = async (who: { id: string; locations: string[] }, date: string) => {
      patient += 1;
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(who, { niss: makeNiss('1980-02-14', patient), date }),
      });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().reimbursable, true, response.body);
      return response.json().id as string;
    };
    const serviceOf = async (sessionId: string) =>
      (await t.database.pool.query('select service_id from care_sessions where id = $1', [sessionId])).rows[0]
        .service_id as string | null;
    const holders = async () => {
      const response = await t.app.inject({ url: URL_2024, headers: auth });
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      return {
        consumed: body.consumedCents as number,
        of: Object.fromEntries(body.contingents.map((c: Holder) => [c.holderId, c])) as Record<
          string,
          Holder
        >,
      };
    };

    it('gives a linked clinician’s session the service from its signature on, and nobody else’s', async () => {
      assert.equal(await serviceOf(await record(ana, '2024-05-10')), SERVICE_ID);
      // Before the service's convention was signed, the session is Ana's own.
      assert.equal(await serviceOf(await record(ana, '2024-04-22')), null);
      assert.equal(await serviceOf(await record(bob, '2024-05-10')), null);
    });

    it('refuses to move a recorded session to or from a service', async () => {
      const id = await record(ana, '2024-05-13');
      await assert.rejects(
        t.database.pool.query('update care_sessions set service_id = null where id = $1', [id]),
        /cannot be changed/,
      );
      await assert.rejects(
        t.database.pool.query('update care_sessions set service_id = $2 where id = $1', [
          await record(bob, '2024-05-13'),
          SERVICE_ID,
        ]),
        /cannot be changed/,
      );
    });

    it('moves the service’s consumption, not its clinician’s, when she records for it', async () => {
      await t.services.care.foldStatementChanges();
      const before = await holders();
      const id = await record(ana, '2024-06-03');
      for (const moment of ['before the fold', 'after the fold']) {
        const now = await holders();
        const service = now.of[SERVICE_ID]!;
        assert.equal(service.consumedCents, before.of[SERVICE_ID]!.consumedCents + FEE, moment);
        assert.equal(service.sessions, before.of[SERVICE_ID]!.sessions + 1, moment);
        assert.equal(now.of[ana.id]!.consumedCents, before.of[ana.id]!.consumedCents, moment);
        assert.equal(now.of[bob.id]!.consumedCents, before.of[bob.id]!.consumedCents, moment);
        assert.equal(now.consumed, before.consumed + FEE, moment);
        await t.services.care.foldStatementChanges();
      }
      const { of } = await holders();
      // Sessions of 2024 for the service so far: 10 May, 13 May, 3 June; Ana's own: 22 April.
      assert.equal(of[SERVICE_ID]!.sessions, 3);
      assert.equal(of[SERVICE_ID]!.consumedCents, 3 * FEE);
      // Its hours: the sessions' cost at the hourly rate, in quarter hours (24,000 / 6,000 = 4).
      assert.equal(of[SERVICE_ID]!.used, 4);
      // 2024 is over: the contingent gave 10 hours a week for its 366 days.
      assert.equal(of[SERVICE_ID]!.due, Math.round(((10 * 366) / 7) * 100) / 100);
      assert.equal(of[SERVICE_ID]!.dueCents, Math.round((10 * HOURLY * 366) / 7));
      assert.equal(of[ana.id]!.sessions, 1);
      assert.equal(of[ana.id]!.used, 1);
      assert.equal(of[bob.id]!.sessions, 2);
      // A cancelled session is taken back from the service.
      const cancel = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${id}/cancel`,
        headers: auth,
        payload: { reason: 'Recorded twice' },
      });
      assert.equal(cancel.statusCode, 200, cancel.body);
      assert.equal((await holders()).of[SERVICE_ID]!.consumedCents, 2 * FEE);
    });

    it('shows each contingent’s use on the budget page, a service’s in hours', async () => {
      const admin = await signedInClient(
        t,
        await createPerson(t, {
          email: 'admin@example.be',
          grants: [{ role: 'network-admin', networkId: 'brumenta' }],
        }),
      );
      const page = await admin.get('/fr/budget?network=brumenta&year=2024');
      assert.equal(page.statusCode, 200, page.body);
      const table = page.body.slice(page.body.indexOf('data-testid="budget-contingents"'));
      const row = (name: string) =>
        table.slice(table.indexOf(name), table.indexOf('</tr>', table.indexOf(name)));
      // Two sessions at €80 are €160, or 2.75 hours at €60 an hour (rounded to quarter hours).
      const service = row('Maison médicale du Canal');
      assert.match(service, /Service conventionné/);
      assert.match(service, /10 h<\/td>/);
      assert.match(service, /2,75 h<\/td>/);
      assert.match(service, /160\u202f€/);
      assert.match(row('Ana Ana'), /1 séance<\/td>/);
      assert.match(row('Bob Bob'), /2 séances<\/td>/);
      const english = await admin.get('/en/budget?network=brumenta&year=2024');
      assert.match(english.body, /Conventioned service/);
      assert.match(english.body, /1 session<\/td>/);
    });

    it('links a clinician the service named when they join the directory, in the finder too', async () => {
      const page = async () => {
        const response = await t.app.inject({ url: `/fr/services/${SERVICE_ID}` });
        assert.equal(response.statusCode, 200);
        return response.body.slice(response.body.indexOf('data-testid="service-clinicians"'));
      };
      assert.doesNotMatch(await page(), /Lina Tard/);
      const [late] = await addClinicians(t.services.directory, [
        clinician('Tard', ['brumenta'], { givenName: 'Lina', inami: LATE_INAMI }),
        clinician('Autre', ['brumenta'], { givenName: 'Pas', inami: null }),
      ]);
      const listed = await page();
      assert.match(listed, new RegExp(`<a href="/fr/clinicians/${late!.id}">Lina Tard</a>`));
      assert.match(listed, new RegExp(`<a href="/fr/clinicians/${ana.id}">Ana Ana</a>`));
      assert.doesNotMatch(listed, /Pas Autre/);
      // Her page links to the service, and her sessions draw on its contingent.
      assert.match(
        (await t.app.inject({ url: `/fr/clinicians/${late!.id}` })).body,
        new RegExp(`<a href="/fr/services/${SERVICE_ID}">Maison médicale du Canal</a>`),
      );
      assert.equal(await serviceOf(await record(late!, '2024-07-01')), SERVICE_ID);
    });

    it('links a clinician whose INAMI number is corrected to one the service named', async () => {
      await t.services.directory.services.publish(
        t.database.db,
        {
          id: SERVICE_ID,
          name: 'Maison médicale du Canal',
          postcode: '1000',
          functions: ['support'],
          networkIds: ['brumenta'],
          signedOn: '2024-05-01',
        },
        [ANA_INAMI, LATE_INAMI, '51234806890'],
      );
      await t.database.pool.query(`update clinicians set inami = '51234806890' where id = $1`, [bob.id]);
      const rows = await t.database.pool.query(
        'select clinician_id from service_clinicians where service_id = $1 order by clinician_id',
        [SERVICE_ID],
      );
      assert.ok(rows.rows.some((row) => row.clinician_id === bob.id));
    });

    it('records nothing against a suspended service', async () => {
      await t.database.db.transaction((tx) => t.services.directory.services.setListed(tx, SERVICE_ID, false));
      assert.equal(await serviceOf(await record(ana, '2024-08-01')), null);
    });
  });
}
