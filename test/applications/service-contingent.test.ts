// A conventioned service's application asks which of the convention's functions it offers, and
// its contingent is in hours a week: the live impact and, once signed, the committed figure are
// hours × whole weeks left × the network's hourly rate, never sessions at a session fee.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brusselsDay, weeksLeft } from '../../src/budget/domain/index.ts';
import { formatEuros } from '../../src/platform/i18n/index.ts';
import { auth, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { dayFromToday } from '../support/dates.ts';
import type { TestClient } from '../support/http-client.ts';
import { act, caseIdFrom, coordinatorOf, fillAll, postForm, SERVICE } from './support/helpers.ts';

const year = Number(brusselsDay(new Date()).slice(0, 4));
const weeks = weeksLeft(year, brusselsDay(new Date()));
const BUDGET_URL = `/api/v1/networks/brumenta/budgets/${year}`;
const HOURLY = 6_000;
/** Claire Martin's INAMI number (check digits 97 − 512345 mod 97 = 09), as the service types it. */
const CLAIRE_INAMI = '5.12345.09.890';
const ANSWERS = SERVICE.map(([section, fields]): (typeof SERVICE)[number] =>
  section === 'clinicians'
    ? [
        section,
        { clinicians: `Claire Martin, psychologue, ${CLAIRE_INAMI}\nÀ recruter: un·e orthopédagogue` },
      ]
    : [section, fields],
);

for (const engine of testEngines()) {
  describe(`a conventioned service’s functions and hours contingent (${engine})`, () => {
    let t: TestApp;
    let org: TestClient;
    let coordinator: TestClient;
    let caseId = '';
    let claire = '';

    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
      org = await signedInClient(
        t,
        await createPerson(t, {
          email: 'canal@example.be',
          displayName: 'Sarah Dubois',
          locale: 'fr',
          grants: [{ role: 'organisation' }],
        }),
      );
      coordinator = await signedInClient(
        t,
        await createPerson(t, { email: 'nw@example.be', grants: coordinatorOf('north-west') }),
      );
      const added = await addClinicians(t.services.directory, [
        clinician('Martin', ['brumenta'], { givenName: 'Claire', inami: '51234509890' }),
        clinician('Autre', ['brumenta'], { givenName: 'Pas', inami: null }),
      ]);
      claire = added[0]!.id;
      // A session fee far from the hourly rate: a service's hours must never be valued at it.
      const set = await t.app.inject({
        method: 'PUT',
        url: BUDGET_URL,
        headers: auth,
        payload: { allocationCents: 50_000_000, defaultFeeCents: 7_500, hourlyRateCents: HOURLY },
      });
      assert.equal(set.statusCode, 200, set.body);
    });
    after(() => t.close());

    it('asks which functions the service offers, and says so when none is chosen', async () => {
      const page = await org.get('/fr/professionals/service/offeredFunctions');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<legend[^>]*>[^<]*Fonctions que le service propose/);
      for (const fn of ['community', 'support', 'treatment'])
        assert.match(page.body, new RegExp(`name="functions" value="${fn}"`));
      const none = await postForm(t, org, '/fr/professionals/service/offeredFunctions', {});
      assert.equal(none.statusCode, 400);
      assert.match(none.body, /Choisissez au moins une fonction/);
      const preview = await org.get('/fr/professionals/service/questions');
      assert.match(preview.body, /Fonctions proposées/);
    });

    it('shows the contingent in hours at the hourly rate on the case page', async () => {
      await fillAll(t, org, '/fr/professionals/service', ANSWERS);
      const check = await org.get('/fr/professionals/service/check');
      assert.match(check.body, /Soutien psychologique/);
      caseId = caseIdFrom((await org.post('/fr/professionals/service/check')).headers.location as string);
      const page = await coordinator.get(`/fr/applications/${caseId}`);
      assert.equal(page.statusCode, 200);
      const total = formatEuros('fr', 12 * weeks * HOURLY);
      assert.ok(
        page.body.includes(
          `12 heures par semaine × ${weeks} semaines restantes en ${year} × ${formatEuros('fr', HOURLY)} = ${total}`,
        ),
        'hours × weeks × hourly rate shown',
      );
      assert.match(
        page.body,
        /Fonctions que le service propose<\/dt><dd[^>]*>Interventions collectives[^<]*, Soutien psychologique</,
      );
    });

    it('commits hours × weeks left × the hourly rate at signing, under the function offered', async () => {
      for (const [action, fields] of [
        ['start-check', { text: '' }],
        ['log-contact', { date: dayFromToday(0, 'iso'), text: 'Visite' }],
        ['record-advice', { level: 'local', text: 'Avis favorable' }],
        ['send-to-decision', { text: '' }],
      ] as const) {
        assert.equal((await act(t, coordinator, 'fr', caseId, action, fields)).statusCode, 303, action);
      }
      for (const [networkId, bodyId] of [
        ['bru-stars', 'bru-stars-cre'],
        ['brumenta', 'brumenta-crr'],
      ] as const) {
        const outcome = await t.services.decisionDesk.recordDecision({
          applicationId: caseId,
          bodyId,
          networkIds: [networkId],
          outcome: 'approve',
          reasons: 'Offre adaptée au quartier',
          meetingId: 'meeting-1',
          recordedBy: { accountId: '00000000-0000-4000-8000-000000000001', label: 'Secretary' },
          at: new Date(),
        });
        assert.equal(outcome.ok, true);
      }
      const signed = await act(t, coordinator, 'fr', caseId, 'sign-convention', {
        date: dayFromToday(0, 'iso'),
        signatories: 'Sarah Dubois; Brumenta; Bru-Stars',
      });
      assert.equal(signed.statusCode, 303, signed.body);
      const budget = (await t.app.inject({ url: BUDGET_URL, headers: auth })).json();
      assert.equal(budget.committedCents, 12 * weeks * HOURLY);
      assert.deepEqual(
        budget.contingents.map((c: Record<string, unknown>) => [
          c.holderId,
          c.holderKind,
          c.perWeek,
          c.function,
        ]),
        [[caseId, 'service', 12, 'support']],
      );
    });

    it('lists the signed service in the finder with the clinicians it employs under it', async () => {
      const page = await t.app.inject({ url: `/fr/services/${caseId}` });
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        /<h1>Maison médicale du Canal<span class="heading-caption">Service conventionné/,
      );
      const listed = page.body.slice(page.body.indexOf('data-testid="service-clinicians"'));
      assert.match(listed, new RegExp(`<a href="/fr/clinicians/${claire}">Claire Martin</a>`));
      // Only the clinicians it named: another clinician of the network is not under it.
      assert.doesNotMatch(listed, /Pas Autre/);
      assert.match(page.body, /Soutien psychologique/);
      // Her own page links back to the service, in every language.
      const her = await t.app.inject({ url: `/nl/clinicians/${claire}` });
      assert.match(her.body, /Werkt bij/);
      assert.match(her.body, new RegExp(`<a href="/nl/services/${caseId}">Maison médicale du Canal</a>`));
      assert.match((await t.app.inject({ url: `/en/services/${caseId}` })).body, /Conventioned service/);
      for (const url of ['/fr/services/nope', '/fr/services/00000000-0000-4000-8000-000000000000']) {
        assert.equal((await t.app.inject({ url })).statusCode, 404, url);
      }
    });

    it('takes the service out of the finder when its convention is suspended', async () => {
      const suspended = await act(t, coordinator, 'fr', caseId, 'suspend', {
        reason: 'Locaux fermés',
        confirmed: 'yes',
      });
      assert.equal(suspended.statusCode, 303);
      assert.equal((await t.app.inject({ url: `/fr/services/${caseId}` })).statusCode, 404);
      assert.doesNotMatch(
        (await t.app.inject({ url: `/fr/clinicians/${claire}` })).body,
        /Travaille au sein de/,
      );
      const budget = (await t.app.inject({ url: BUDGET_URL, headers: auth })).json();
      assert.equal(budget.committedCents, 0);
    });
  });
}
