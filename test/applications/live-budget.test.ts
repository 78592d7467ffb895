// An application's budget impact is read from the network's budget when a page is shown: the
// case page and the committee's agenda give the same figure, follow a fee set after the
// application was sent, and say so (with the budget page for its admins) when nothing is set.
// Signing commits the contingent to the budget; suspending releases it (the API's figures).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brusselsDay, weeksLeft } from '../../src/budget/domain/index.ts';
import { formatEuros } from '../../src/platform/i18n/index.ts';
import { auth, TOKEN } from '../care/support/api.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { dayFromToday } from '../support/dates.ts';
import type { TestClient } from '../support/http-client.ts';
import { act, caseIdFrom, coordinatorOf, DECLARATION, fillAll, PDF, PNG, upload } from './support/helpers.ts';

const year = Number(brusselsDay(new Date()).slice(0, 4));
const weeks = weeksLeft(year, brusselsDay(new Date()));
const BUDGET_URL = `/api/v1/networks/brumenta/budgets/${year}`;

for (const engine of testEngines()) {
  describe(`live budget impact (${engine})`, () => {
    let t: TestApp;
    let coordinator: TestClient;
    let admin: TestClient;
    let member: TestClient;
    let caseId = '';
    let meetingUrl = '';

    const figures = async () => {
      const answer = await t.app.inject({ url: BUDGET_URL, headers: auth });
      assert.equal(answer.statusCode, 200);
      return answer.json() as { committedCents: number; remainingCents: number };
    };
    const setBudget = async (defaultFeeCents: number) => {
      const answer = await t.app.inject({
        method: 'PUT',
        url: BUDGET_URL,
        headers: auth,
        payload: { allocationCents: 25_000_000, defaultFeeCents },
      });
      assert.equal(answer.statusCode, 200, answer.body);
    };

    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      const clinician = await signedInClient(
        t,
        await createPerson(t, { email: 'lotte@example.be', displayName: 'Lotte Peeters', locale: 'nl' }),
      );
      coordinator = await signedInClient(
        t,
        await createPerson(t, { email: 'east@example.be', grants: coordinatorOf('east') }),
      );
      admin = await signedInClient(
        t,
        await createPerson(t, {
          email: 'admin@brumenta.example',
          grants: [{ role: 'network-admin', networkId: 'brumenta' }],
        }),
      );
      member = await signedInClient(
        t,
        await createPerson(t, {
          email: 'anne@crr.example',
          grants: [{ role: 'committee-member', bodyId: 'brumenta-crr' }],
        }),
      );
      await fillAll(t, clinician, '/nl/professionals/join', DECLARATION);
      const page = '/nl/professionals/join/documents';
      const action = `${page}/upload`;
      for (const [documentKind, filename, content, type] of [
        ['diploma', 'diploma.pdf', PDF, 'application/pdf'],
        ['visa', 'visum.png', PNG, 'image/png'],
      ] as const) {
        const sent = await upload(t, clinician, {
          page,
          action,
          fields: { documentKind },
          filename,
          content,
          type,
        });
        assert.equal(sent.statusCode, 303);
      }
      const sent = await clinician.post('/nl/professionals/join/check');
      caseId = caseIdFrom(sent.headers.location as string);
    });
    after(() => t.close());

    it('says no budget is set, pointing the network admins (only) to the budget page', async () => {
      const asCoordinator = await coordinator.get(`/fr/applications/${caseId}`);
      assert.match(
        asCoordinator.body,
        new RegExp(`Aucun budget n’est fixé pour Brumenta \\(adultes\\) en ${year}`),
      );
      assert.doesNotMatch(asCoordinator.body, /href="\/fr\/budget\?/);
      const asAdmin = await admin.get(`/en/applications/${caseId}`);
      assert.match(asAdmin.body, new RegExp(`No budget is set for Brumenta \\(adults\\) in ${year}`));
      assert.match(asAdmin.body, new RegExp(`href="/en/budget\\?network=brumenta&amp;year=${year}"`));
    });

    it('shows the same live figure on the case page and the agenda, following a later fee change', async () => {
      await setBudget(7_500);
      assert.equal((await act(t, coordinator, 'fr', caseId, 'start-check', { text: '' })).statusCode, 303);
      await act(t, coordinator, 'fr', caseId, 'log-contact', {
        date: dayFromToday(0, 'iso'),
        text: 'Rencontre',
      });
      assert.equal(
        (await act(t, coordinator, 'fr', caseId, 'send-to-decision', { text: '' })).statusCode,
        303,
      );
      assert.equal((await member.get('/fr/committees/brumenta-crr/meetings/new')).statusCode, 200);
      const created = await member.post('/fr/committees/brumenta-crr/meetings/new', {
        heldOn: dayFromToday(7, 'belgian'),
        startsAt: '14h00',
        mode: 'in-person',
        place: 'Rue de la Loi 1',
      });
      assert.equal(created.statusCode, 303);
      meetingUrl = created.headers.location as string;
      const shown = async (feeCents: number) => {
        const total = formatEuros('fr', 6 * weeks * feeCents);
        const after = formatEuros('fr', 25_000_000 - 6 * weeks * feeCents);
        const casePage = (await coordinator.get(`/fr/applications/${caseId}`)).body;
        const agenda = (await member.get(meetingUrl)).body;
        for (const body of [casePage, agenda]) {
          assert.ok(body.includes(`× ${formatEuros('fr', feeCents)} = ${total}`), `${total} shown`);
          assert.ok(body.includes(`${after} après cette demande`), `${after} left after`);
        }
      };
      await shown(7_500);
      // The fee is changed after the application was sent: both pages follow at once.
      await setBudget(8_000);
      await shown(8_000);
    });

    it('commits the contingent at signing and releases it on suspension', async () => {
      const before = await figures();
      assert.equal(before.committedCents, 0);
      const { recordDecision } = t.services.decisionDesk;
      const outcome = await recordDecision.call(t.services.decisionDesk, {
        applicationId: caseId,
        bodyId: 'brumenta-crr',
        networkIds: ['brumenta'],
        outcome: 'approve',
        reasons: 'Profil adapté',
        meetingId: 'meeting-1',
        recordedBy: { accountId: '00000000-0000-4000-8000-000000000001', label: 'Secretary' },
        at: new Date(),
      });
      assert.deepEqual(outcome, { ok: true, applicationStatus: 'approved' });
      const signed = await act(t, coordinator, 'fr', caseId, 'sign-convention', {
        date: dayFromToday(0, 'iso'),
        signatories: 'Lotte Peeters; Brumenta',
      });
      assert.equal(signed.statusCode, 303);
      const committed = 6 * weeks * 8_000;
      const afterSigning = await figures();
      assert.equal(afterSigning.committedCents, committed);
      assert.equal(afterSigning.remainingCents, before.remainingCents - committed);
      // The case page no longer counts it twice: the contingent is in what is left.
      const page = await coordinator.get(`/fr/applications/${caseId}`);
      assert.match(page.body, /contingent de cette convention compris/);
      const suspended = await act(t, coordinator, 'fr', caseId, 'suspend', {
        reason: 'Visa expiré',
        confirmed: 'yes',
      });
      assert.equal(suspended.statusCode, 303);
      const afterSuspension = await figures();
      assert.equal(afterSuspension.committedCents, 0);
      assert.equal(afterSuspension.remainingCents, before.remainingCents);
    });
  });
}
