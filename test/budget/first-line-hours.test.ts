// Clinicians' time for first-line support (issue 13 §2): the clinician assigned to a GP's case
// records hours on it, and the network's first-line support envelope consumes them at its
// first-line hourly rate; anyone else is refused, and a wrong entry comes back as typed.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { auth, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { coordinator } from '../requests/support/people.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';

const NOW = new Date('2026-06-15T10:00:00Z');
const RATE_CENTS = 6_000;

for (const engine of testEngines()) {
  describe(`first-line support hours (${engine})`, () => {
    let t: TestApp;
    let assigned: TestClient;
    let other: TestClient;
    let reference: string;
    let networkId: string;

    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN }, undefined, { clock: () => NOW });
      const [ana, ben] = await addClinicians(t.services.directory, [
        clinician('Ana', ['brumenta', 'bru-stars']),
        clinician('Ben', ['brumenta', 'bru-stars']),
      ]);
      const submitted = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: GP_REQUEST,
      });
      assert.equal(submitted.statusCode, 201, submitted.body);
      const caseId = submitted.json().id as string;
      const acknowledged = await t.services.requests.cases.act(
        coordinator('north-west'),
        caseId,
        'acknowledge',
        {},
        undefined,
        NOW,
      );
      assert.ok(acknowledged.ok, JSON.stringify(acknowledged));
      const assignedCase = await t.services.requests.cases.act(
        coordinator('north-west'),
        caseId,
        'assign-clinician',
        { clinicianId: ana!.id },
        undefined,
        NOW,
      );
      assert.ok(assignedCase.ok, JSON.stringify(assignedCase));
      reference = assignedCase.record.reference;
      networkId = assignedCase.record.networkIds[0]!;
      const clients: TestClient[] = [];
      for (const [name, id] of [
        ['ana', ana!.id],
        ['ben', ben!.id],
      ] as const) {
        const account = await createPerson(t, {
          email: `${name}@example.be`,
          grants: [{ role: 'clinician' }],
        });
        await t.services.directory.linkAccount(id, account);
        clients.push(await signedInClient(t, account));
      }
      [assigned, other] = clients as [TestClient, TestClient];
      const plan = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/networks/${networkId}/budgets/2026`,
        headers: auth,
        payload: {
          allocationCents: 10_000_000,
          defaultFeeCents: 7_500,
          firstLineHourlyRateCents: RATE_CENTS,
          envelopes: [
            { label: 'Soutien première ligne', kind: 'first-line-support', allocationCents: 1_000_000 },
          ],
        },
      });
      assert.equal(plan.statusCode, 200, plan.body);
      assert.equal(plan.json().firstLineHourlyRateCents, RATE_CENTS);
    });
    after(() => t.close());

    const firstLine = async () => {
      const read = await t.app.inject({ url: `/api/v1/networks/${networkId}/budgets/2026`, headers: auth });
      const body = read.json();
      const envelope = body.envelopes.find((e: { kind: string }) => e.kind === 'first-line-support');
      return { envelope: envelope.consumedCents as number, total: body.consumedCents as number };
    };
    const entry = (overrides: Record<string, string> = {}) => ({
      reference,
      date: '12/06/2026',
      hours: '1,5',
      kind: 'joint-consultation',
      network: networkId,
      ...overrides,
    });

    it('lets the assigned clinician record 1.5 h, consumed at the first-line rate', async () => {
      const before = await firstLine();
      assert.equal(before.envelope, 0);
      const response = await assigned.submit('/fr/my/first-line-hours', entry());
      assert.equal(response.statusCode, 303, response.body);
      const confirmation = await assigned.get(response.headers.location as string);
      assert.match(confirmation.body, new RegExp(`1,5 h enregistrées sur la demande ${reference}`));
      const after = await firstLine();
      assert.equal(after.envelope, 1.5 * RATE_CENTS);
      assert.equal(after.total - before.total, 1.5 * RATE_CENTS);
    });

    it('refuses a clinician the case is not assigned to, and counts nothing', async () => {
      const before = await firstLine();
      const response = await other.submit('/en/my/first-line-hours', entry({ hours: '2' }));
      assert.equal(response.statusCode, 403);
      assert.match(response.body, /Request reference: no request with this reference is assigned to you\./);
      assert.deepEqual(await firstLine(), before);
    });

    it('answers bad hours and a bad date in the page’s language, keeping what was typed', async () => {
      const response = await assigned.submit(
        '/nl/my/first-line-hours',
        entry({ hours: '1,3', date: '31/02/2026' }),
      );
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Uren: vul een aantal kwartieren in/);
      assert.match(response.body, /Datum: vul een bestaande datum in/);
      assert.match(response.body, /id="hours"[^>]*value="1,3"/);
      assert.match(response.body, /id="date"[^>]*value="31\/02\/2026"/);
      assert.match(response.body, new RegExp(`value="${reference}"`));
    });

    it('lets the network’s admin set the rate on the budget page, which shows the hours consumed', async () => {
      const account = await createPerson(t, {
        email: 'admin@example.be',
        grants: [{ role: 'network-admin', networkId }],
      });
      const admin = await signedInClient(t, account);
      const page = `/fr/budget?network=${networkId}&year=2026`;
      const form = { network: networkId, year: '2026', allocation: '100 000', defaultFee: '75' };
      const bad = await admin.submit(page, { ...form, firstLineRate: 'soixante' }, '/fr/budget/settings');
      assert.equal(bad.statusCode, 400);
      assert.match(
        bad.body,
        /Tarif horaire du soutien à la première ligne \(€\)\u202f: «\u202fsoixante\u202f»/,
      );
      assert.match(bad.body, /id="firstLineRate"[^>]*value="soixante"/);
      const good = await admin.submit(page, { ...form, firstLineRate: '80' }, '/fr/budget/settings');
      assert.equal(good.statusCode, 200, good.body);
      // The 1.5 h recorded above are now worth 1.5 × 80 €, on the page as in the API.
      assert.equal((await firstLine()).envelope, 12_000);
      const row = /<tr>(?:(?!<\/tr>)[\s\S])*Soutien première ligne[\s\S]*?<\/tr>/.exec(
        (await admin.get(page)).body,
      );
      assert.ok(row, 'the first-line support envelope has a row');
      assert.match(row[0], /120(,00)?\u202f€/);
    });

    it('sends a signed-out visitor to sign in and refuses a person without a clinician profile', async () => {
      const signedOut = await t.app.inject({ url: '/fr/my/first-line-hours' });
      assert.equal(signedOut.statusCode, 303);
      assert.match(String(signedOut.headers.location), /^\/fr\/.*first-line-hours/);
      const gp = await createPerson(t, { email: 'gp@example.be', grants: [{ role: 'gp' }] });
      const page = await (await signedInClient(t, gp)).get('/fr/my/first-line-hours');
      assert.equal(page.statusCode, 403);
    });
  });
}
