// The budget page: the figures the API answers, the burn-down with its table, downloads that a
// spreadsheet opens, the admin's forms (typed text kept, errors naming the field), and who may see it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { formatEuros } from '../../src/platform/i18n/index.ts';
import { importBundledPopulation } from '../../src/reference/population.ts';
import { auth, sessionBody, TOKEN } from '../care/support/api.ts';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import type { TestClient } from '../support/http-client.ts';

const API = '/api/v1/networks/brumenta/budgets/2026';
const PAGE = '/fr/budget?network=brumenta&year=2026';

describe('budget page', () => {
  let t: TestApp;
  const now = new Date('2026-05-20T10:00:00Z');
  const people: Record<string, TestClient> = {};
  before(async () => {
    t = await startTestApp('embedded', { API_ADMIN_TOKEN: TOKEN }, undefined, { clock: () => now });
    assert.ok((await importBundledPopulation(t.database.db)).ok);
    const grants = {
      admin: [{ role: 'network-admin' as const, networkId: 'brumenta' }],
      coordinator: [{ role: 'coordinator' as const, networkId: 'brumenta' }],
      otherCoordinator: [{ role: 'coordinator' as const, networkId: 'bru-stars' }],
      clinician: [{ role: 'clinician' as const }],
    };
    for (const [name, list] of Object.entries(grants)) {
      people[name] = await signedInClient(
        t,
        await createPerson(t, { email: `${name}@example.be`, grants: list }),
      );
    }
    const set = await t.app.inject({
      method: 'PUT',
      url: API,
      headers: auth,
      payload: { allocationCents: 400_000_000, defaultFeeCents: 7500 },
    });
    assert.equal(set.statusCode, 200, set.body);
    const [ana] = await addClinicians(t.services.directory, [clinician('Adam', ['brumenta'])]);
    const recorded = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: auth,
      payload: sessionBody(ana!, { date: '2026-03-10' }),
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    await t.services.care.foldStatementChanges();
  });
  after(() => t.close());

  it('shows the API’s figures, a described chart and the same figures as a table', async () => {
    const api = (await t.app.inject({ url: API, headers: auth })).json();
    assert.ok(api.consumedCents > 0);
    const page = await people.coordinator!.get(PAGE);
    assert.equal(page.statusCode, 200);
    const euros = (cents: number) => formatEuros('fr', cents);
    const figures = page.body.slice(page.body.indexOf('data-testid="budget-figures"'));
    for (const cents of [api.allocationCents, api.consumedCents, api.forecastCents, api.remainingCents])
      assert.ok(figures.includes(euros(cents)), `${cents} shown`);
    assert.match(page.body, /<svg[^>]*role="img"/);
    assert.match(page.body, /<title id="burn-down-title-2026">Évolution du reste en 2026<\/title>/);
    assert.match(page.body, /<th scope="row">mars<\/th>/);
    // A coordinator reads; only the admin gets the forms.
    assert.ok(!page.body.includes('action="/fr/budget/settings"'));
    assert.ok((await people.admin!.get(PAGE)).body.includes('action="/fr/budget/settings"'));
  });

  it('downloads a Belgian-Excel CSV and an XLSX with the same figures', async () => {
    const csv = await people.admin!.get('/fr/budget/export.csv?network=brumenta&year=2026');
    assert.equal(csv.statusCode, 200);
    assert.ok(csv.body.startsWith('\uFEFFEnveloppe;'));
    assert.match(csv.body, /\r\nBudget entier;;4000000,00;/);
    const xlsx = await t.app.inject({
      url: '/en/budget/export.xlsx?network=brumenta&year=2026',
      headers: { cookie: [...people.admin!.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.getRow(2).getCell(1).value, 'Whole budget');
    assert.equal(sheet.getRow(2).getCell(3).value, 4_000_000);
    const api = (await t.app.inject({ url: API, headers: auth })).json();
    assert.equal(sheet.getRow(2).getCell(5).value, api.consumedCents / 100);
  });

  it('keeps what the admin typed and names the field on an error, then saves', async () => {
    const bad = await people.admin!.submit(
      PAGE,
      { network: 'brumenta', year: '2026', allocation: '4 millions', defaultFee: '75,50' },
      '/fr/budget/settings',
    );
    assert.equal(bad.statusCode, 400);
    assert.match(
      bad.body,
      /Montant alloué par l’INAMI \(€\)\u202f: «\u202f4 millions\u202f» n’est pas un montant/,
    );
    assert.match(bad.body, /value="4 millions"/);
    assert.match(bad.body, /value="75,50"/);
    const good = await people.admin!.submit(
      PAGE,
      { network: 'brumenta', year: '2026', allocation: '4 500 000', defaultFee: '75,50' },
      '/fr/budget/settings',
    );
    assert.equal(good.statusCode, 200, good.body);
    const api = (await t.app.inject({ url: API, headers: auth })).json();
    assert.equal(api.allocationCents, 450_000_000);
    assert.equal(api.defaultFeeCents, 7550);
  });

  it('sets the alert thresholds as typed, refusing what is not a percentage and keeping it', async () => {
    const form = { network: 'brumenta', year: '2026', allocation: '4 500 000', defaultFee: '75,50' };
    const shown = await people.admin!.get(PAGE);
    assert.match(shown.body, /id="thresholds"[^>]*value="75, 90"/);
    const bad = await people.admin!.submit(PAGE, { ...form, thresholds: '50, 120' }, '/fr/budget/settings');
    assert.equal(bad.statusCode, 400);
    assert.match(
      bad.body,
      /Seuils d’alerte \(% du montant consommé\)\u202f: «\u202f50, 120\u202f» ne se lit pas/,
    );
    assert.match(bad.body, /id="thresholds"[^>]*value="50, 120"/);
    const good = await people.admin!.submit(PAGE, { ...form, thresholds: '90 50%' }, '/fr/budget/settings');
    assert.equal(good.statusCode, 200, good.body);
    assert.match((await people.admin!.get(PAGE)).body, /id="thresholds"[^>]*value="50, 90"/);
  });

  it('draws no chart of zeros for a year with nothing planned and nothing spent', async () => {
    const page = await people.coordinator!.get('/fr/budget?network=brumenta&year=2031');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Aucun montant n’est encore fixé pour 2031/);
    assert.doesNotMatch(page.body, /burn-down-title-2031/);
  });

  it('keeps a mistyped year in the filter and names it', async () => {
    const page = await people.coordinator!.get('/fr/budget?network=brumenta&year=20x6');
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /Année\u202f: année «\u202f20x6\u202f» non valide/);
    assert.match(page.body, /id="year"[^>]*value="20x6"/);
  });

  it('proposes zone envelopes by population, needs a reason to adjust, and saves them', async () => {
    const weights = { network: 'brumenta', year: '2026', 'weight-inhabitants': '1' };
    const split = {
      'split-21004-centre-west': '50',
      'split-21004-north-west': '30',
      'split-21004-east': '20',
    };
    const proposed = await people.admin!.submit(PAGE, { ...weights, ...split }, '/fr/budget/proposal');
    assert.equal(proposed.statusCode, 200, proposed.body);
    const amounts = [...proposed.body.matchAll(/name="amount-([a-z-]+)"[^>]*value="([\d,]+)"/g)];
    assert.equal(amounts.length, 4);
    const form = Object.fromEntries(amounts.map(([, zone, value]) => [`amount-${zone}`, value!]));
    const changed = { ...form, 'amount-east': '1000000' };
    const noReason = await people.admin!.post('/fr/budget/envelopes', {
      ...weights,
      ...split,
      ...changed,
      reason: '',
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /Raison des ajustements\u202f: indiquez pourquoi/);
    assert.match(noReason.body, /value="1000000"/);
    const saved = await people.admin!.post('/fr/budget/envelopes', {
      ...weights,
      ...split,
      ...changed,
      reason: 'Plus de demandes à l’est',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const api = (await t.app.inject({ url: API, headers: auth })).json();
    const east = api.envelopes.find((e: { id: string }) => e.id === 'zone-east');
    assert.equal(east.allocationCents, 100_000_000);
    assert.equal(api.envelopes.filter((e: { kind: string }) => e.kind === 'zone').length, 4);
  });

  it('lets only the network’s staff in', async () => {
    assert.equal((await people.otherCoordinator!.get(PAGE)).statusCode, 403);
    assert.equal((await people.clinician!.get(PAGE)).statusCode, 403);
    assert.equal((await people.clinician!.get('/fr/budget')).statusCode, 403);
    assert.equal(
      (await people.coordinator!.get('/fr/budget/export.csv?network=brumenta&year=2026')).statusCode,
      200,
    );
    assert.equal(
      (await people.otherCoordinator!.get('/fr/budget/export.csv?network=brumenta&year=2026')).statusCode,
      403,
    );
    const anonymous = await t.app.inject({ url: PAGE });
    assert.equal(anonymous.statusCode, 303);
    assert.match(anonymous.headers.location ?? '', /sign-in/);
    const coordinatorPost = await people.coordinator!.submit(
      PAGE,
      { network: 'brumenta', year: '2026', allocation: '1' },
      '/fr/budget/settings',
    );
    assert.equal(coordinatorPost.statusCode, 403);
  });
});
