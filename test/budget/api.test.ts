// The budget API's contract (issue 13 §4): who may set and read a network's budget, what bad
// input answers, and that consumption follows recorded and cancelled sessions at once.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { makeNiss } from '../care/support/niss.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';

const URL_2024 = '/api/v1/networks/brumenta/budgets/2024';

for (const engine of testEngines()) {
  describe(`budget API (${engine})`, () => {
    let t: TestApp;
    let ana: { id: string; locations: string[] };
    const cookies: Record<string, string> = {};
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      ana = (await addClinicians(t.services.directory, [clinician('Adam', ['brumenta'])]))[0]!;
      const people = {
        admin: [{ role: 'network-admin' as const, networkId: 'brumenta' }],
        otherAdmin: [{ role: 'network-admin' as const, networkId: 'bru-stars' }],
        coordinator: [{ role: 'coordinator' as const, networkId: 'brumenta' }],
      };
      for (const [name, grants] of Object.entries(people)) {
        const id = await createPerson(t, { email: `${name}@example.be`, grants });
        const client = await signedInClient(t, id);
        cookies[name] = [...client.cookies].map(([key, value]) => `${key}=${value}`).join('; ');
      }
    });
    after(() => t.close());

    const put = (url: string, payload: object, headers: Record<string, string> = auth) =>
      t.app.inject({ method: 'PUT', url, headers, payload });
    const get = (url: string, headers: Record<string, string> = auth) => t.app.inject({ url, headers });
    const as = (name: string) => ({ cookie: cookies[name]! });
    const consumed = async () => (await get(URL_2024)).json().consumedCents as number;

    it('sets a budget with the token and answers it with its figures', async () => {
      const response = await put(URL_2024, { allocationCents: 500_000_000, defaultFeeCents: 7500 });
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.networkId, 'brumenta');
      assert.equal(body.year, 2024);
      assert.equal(body.allocationCents, 500_000_000);
      for (const field of ['committedCents', 'consumedCents', 'forecastCents', 'remainingCents'])
        assert.equal(typeof body[field], 'number', field);
      assert.deepEqual(body.envelopes, []);
      const read = await get(URL_2024);
      assert.equal(read.statusCode, 200);
      assert.equal(read.json().allocationCents, 500_000_000);
    });

    it('lets the network’s admin set it with their session, not another network’s admin nor a coordinator', async () => {
      const mine = await put(URL_2024, { allocationCents: 400_000_000, defaultFeeCents: 8000 }, as('admin'));
      assert.equal(mine.statusCode, 200, mine.body);
      assert.equal(mine.json().allocationCents, 400_000_000);
      for (const who of ['otherAdmin', 'coordinator']) {
        const refused = await put(URL_2024, { allocationCents: 1, defaultFeeCents: 1 }, as(who));
        assert.equal(refused.statusCode, 403, who);
        assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
      }
      // The coordinator reads it; the other network's admin does not.
      assert.equal((await get(URL_2024, as('coordinator'))).statusCode, 200);
      assert.equal((await get(URL_2024, as('otherAdmin'))).statusCode, 403);
      assert.equal((await get(URL_2024)).json().allocationCents, 400_000_000);
    });

    it('answers 401 without credentials or with a wrong token', async () => {
      const wrong = { authorization: 'Bearer wrong-token-wrong-token-wrong-token' };
      for (const headers of [{}, wrong] as Array<Record<string, string>>) {
        assert.equal((await put(URL_2024, { allocationCents: 1 }, headers)).statusCode, 401);
        const read = await get(URL_2024, headers);
        assert.equal(read.statusCode, 401);
        assert.equal(read.headers['www-authenticate'], 'Bearer');
      }
    });

    it('answers 404 for an unknown network', async () => {
      const response = await put('/api/v1/networks/nowhere/budgets/2024?lang=en', {
        allocationCents: 1,
        defaultFeeCents: 1,
      });
      assert.equal(response.statusCode, 404);
      assert.match(response.json().detail, /Unknown network ‘nowhere’/);
      assert.equal((await get('/api/v1/networks/nowhere/budgets/2024')).statusCode, 404);
    });

    it('answers 400 naming each bad field', async () => {
      const response = await put(`${URL_2024}?lang=en`, {
        allocationCents: -5,
        defaultFeeCents: 'seventy',
        colour: 'red',
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      const fields = response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort();
      assert.deepEqual(fields, ['allocationCents', 'colour', 'defaultFeeCents']);
      const year = await get('/api/v1/networks/brumenta/budgets/1900');
      assert.equal(year.statusCode, 400);
      assert.equal(year.json().errors[0].field, 'year');
    });

    it('refuses envelopes over the amount or for a zone the network does not have, keeping the plan', async () => {
      const over = await put(`${URL_2024}?lang=en`, {
        allocationCents: 100_000,
        envelopes: [
          { label: 'East', kind: 'zone', key: 'east', allocationCents: 60_000 },
          { label: 'South', kind: 'zone', key: 'south', allocationCents: 50_000 },
        ],
      });
      assert.equal(over.statusCode, 400);
      assert.deepEqual(
        over.json().errors.map((e: { field: string }) => e.field),
        ['envelopes'],
      );
      assert.match(over.json().errors[0].message, /exceed the amount allocated/);
      const zone = await put(`${URL_2024}?lang=en`, {
        allocationCents: 100_000,
        envelopes: [{ label: 'Mars', kind: 'zone', key: 'mars', allocationCents: 1 }],
      });
      assert.equal(zone.statusCode, 400);
      assert.equal(zone.json().errors[0].field, 'envelopes.0.key');
      assert.match(zone.json().errors[0].message, /zone ‘mars’ is not one of this network’s; zones: .*east/);
      const blank = await put(`${URL_2024}?lang=en`, {
        allocationCents: 100_000,
        envelopes: [{ label: '   ', allocationCents: 1 }],
      });
      assert.deepEqual(blank.json().errors, [
        { field: 'envelopes.0.label', code: 'label-required', message: 'give the envelope a name.' },
      ]);
      assert.equal((await get(URL_2024)).json().allocationCents, 400_000_000);
    });

    it('follows sessions at once: reimbursed adds its fee, cancelling takes it back, a refused one changes nothing', async () => {
      // The network's fee, as care knows no 2024 fee (DOMAIN.md §5).
      const set = await put(URL_2024, {
        allocationCents: 400_000_000,
        defaultFeeCents: 8000,
        envelopes: [
          { label: 'Centre-Ouest', kind: 'zone', key: 'centre-west', allocationCents: 100_000_000 },
          { label: 'Soutien', kind: 'function', key: 'support', allocationCents: 200_000_000 },
        ],
      });
      assert.equal(set.statusCode, 200, set.body);
      const contingent = await put(`${URL_2024}/contingents/${ana.id}`, {
        holderKind: 'clinician',
        perWeek: 5,
        function: 'support',
        mode: 'individual',
        zoneId: 'centre-west',
      });
      assert.equal(contingent.statusCode, 200, contingent.body);
      const before = await consumed();

      const recorded = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(ana),
      });
      assert.equal(recorded.statusCode, 201, recorded.body);
      assert.equal(recorded.json().reimbursable, true);
      const after = (await get(URL_2024)).json();
      assert.equal(after.consumedCents, before + 8000);
      const envelopes = Object.fromEntries(
        after.envelopes.map((e: { id: string; consumedCents: number }) => [e.id, e.consumedCents]),
      );
      // Ana's first location is in 1000 Brussels: the Centre-West zone.
      assert.deepEqual(envelopes, { 'zone-centre-west': 8000, 'function-support': 8000 });

      const cancel = await t.app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${recorded.json().id}/cancel`,
        headers: auth,
        payload: { reason: 'Recorded twice' },
      });
      assert.equal(cancel.statusCode, 200);
      assert.equal(await consumed(), before);

      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(ana, {
          niss: makeNiss('1975-03-03', 303),
          birthDate: '1975-03-03',
          function: 'treatment',
        }),
      });
      assert.equal(refused.statusCode, 201, refused.body);
      assert.equal(refused.json().reimbursable, false);
      assert.equal(await consumed(), before);
    });

    it('keeps every version: the database refuses to change or remove one', async () => {
      const refused = (error: Error & { cause?: Error }) => /append-only/.test(error.cause?.message ?? '');
      await assert.rejects(
        t.database.db.execute(sql`update budget_plan_versions set by = 'someone'`),
        refused,
      );
      await assert.rejects(t.database.db.execute(sql`delete from budget_plan_versions`), refused);
      const count = await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from budget_plan_versions`,
      );
      assert.ok(Number(count.rows[0]?.n) >= 3);
      // Each version is in the audit log too, with who made it.
      const audited = await t.database.db.execute<{ actor_label: string; detail: { version: number } }>(
        sql`select actor_label, detail from audit_log where action = 'budget.change' and network_id = 'brumenta' order by id`,
      );
      assert.equal(audited.rows.length, Number(count.rows[0]?.n));
      assert.equal(audited.rows[1]?.actor_label, 'admin@example.be');
      assert.equal(audited.rows[1]?.detail.version, 2);
    });

    it('is described in the OpenAPI document', async () => {
      const paths = (await t.app.inject({ url: '/api/docs/openapi.json' })).json().paths;
      assert.ok(paths['/api/v1/networks/{networkId}/budgets/{year}']?.put);
      assert.ok(paths['/api/v1/networks/{networkId}/budgets/{year}']?.get);
    });
  });
}
