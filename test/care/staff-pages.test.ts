// Statement and session pages for network staff: the billing figures, filters, downloads that a
// spreadsheet opens, a session's log, and who may see them.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { monthPeriod } from '../../src/care/statement.ts';
import { statementCsv } from '../../src/care/statement-csv.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import type { TestClient } from '../support/http-client.ts';
import { auth, sessionBody, TOKEN } from './support/api.ts';
import { addClinicians, clinician } from './support/clinicians.ts';
import { makeNiss } from './support/niss.ts';

describe('statement and session pages', () => {
  let t: TestApp;
  const people: Record<string, TestClient> = {};
  let sessionId = '';
  let adam: { id: string; locations: string[] };
  before(async () => {
    t = await startTestApp('embedded', { API_ADMIN_TOKEN: TOKEN });
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
    const added = await addClinicians(t.services.directory, [
      clinician('Adam', ['brumenta']),
      clinician('Bodart', ['brumenta']),
    ]);
    adam = added[0]!;
    const record = async (who: { id: string; locations: string[] }, overrides: Record<string, unknown>) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        headers: auth,
        payload: sessionBody(who, overrides),
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json().id as string;
    };
    sessionId = await record(adam, { date: '2024-05-10' });
    await record(added[1]!, { date: '2024-05-12', niss: makeNiss('1985-06-01', 7), birthDate: '1985-06-01' });
    await t.services.care.foldStatementChanges();
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/cancel`,
      headers: auth,
      payload: { reason: 'Erreur de date' },
    });
    assert.ok(cancelled.statusCode < 300, cancelled.body);
    await t.services.care.foldStatementChanges();
  });
  after(() => t.close());

  const STATEMENT = '/fr/statements?month=2024-05&network=brumenta';

  it('shows the billing command’s figures and filters by clinician', async () => {
    const page = await people.coordinator!.get(STATEMENT);
    assert.equal(page.statusCode, 200, page.body);
    assert.match(page.body, /<h1>Relevé\u202f: mai 2024<\/h1>/);
    // Typed the Belgian way, the month gives the same statement.
    const typed = await people.coordinator!.get('/nl/statements?month=05%2F2024&network=brumenta');
    assert.match(typed.body, /<h1>Overzicht van mei 2024<\/h1>/);
    assert.match(typed.body, /value="05\/2024"/);
    assert.match(page.body, /Bodart/);
    const statement = await t.services.care.staff.statement(
      { kind: 'admin' },
      { ...monthPeriod('2024-05'), networkId: 'brumenta' },
    );
    const totals = page.body.slice(page.body.indexOf('<tfoot>'));
    assert.match(totals, new RegExp(`<td class="number">${statement!.totals.sessions}</td>`));
    const onlyAdam = await people.coordinator!.get(`${STATEMENT}&clinician=${adam.id}`);
    const table = (body: string) => body.slice(body.indexOf('data-testid="statement"'));
    assert.match(table(page.body), /Bodart/);
    assert.ok(!table(onlyAdam.body).includes('Bodart'));
    // Both practise at postcode 1000: in its zone they are listed, in another zone nobody is.
    const zones = [...t.services.reference.snapshot().zones.values()].filter((z) =>
      z.networkIds.includes('brumenta'),
    );
    const theirs = zones.find((z) => z.postcodes.includes('1000'))!;
    const other = zones.find((z) => !z.postcodes.includes('1000'))!;
    assert.match(table((await people.coordinator!.get(`${STATEMENT}&zone=${theirs.id}`)).body), /Bodart/);
    const elsewhere = await people.coordinator!.get(`${STATEMENT}&zone=${other.id}`);
    assert.match(elsewhere.body, /Aucune séance pour ces filtres/);
    assert.ok(!elsewhere.body.includes('data-testid="statement"'));
  });

  it('downloads the same CSV as the billing command, and an XLSX a spreadsheet reads', async () => {
    const csv = await people.admin!.get(STATEMENT.replace('/statements?', '/statements/export.csv?'));
    assert.equal(csv.statusCode, 200);
    const statement = await t.services.care.staff.statement(
      { kind: 'admin' },
      { ...monthPeriod('2024-05'), networkId: 'brumenta' },
    );
    assert.equal(csv.body, statementCsv(statement!, { month: '2024-05', locale: 'fr', separator: ';' }));
    assert.ok(csv.body.startsWith('\uFEFF') && csv.body.includes(';'));
    const xlsx = await t.app.inject({
      url: STATEMENT.replace('/statements?', '/statements/export.xlsx?'),
      headers: { cookie: [...people.admin!.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(1).value, 'Mois');
    const last = sheet.getRow(sheet.rowCount);
    assert.equal(last.getCell(5).value, 'Total général');
    assert.equal(last.getCell(9).value, statement!.totals.sessions);
  });

  it('keeps a mistyped month and names the field', async () => {
    const page = await people.coordinator!.get('/fr/statements?month=mai&network=brumenta');
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /Mois \(MM\/AAAA\)\u202f: «\u202fmai\u202f» n’est pas un mois/);
    assert.match(page.body, /value="mai"/);
  });

  it('lists the network’s sessions with filters, and opens one with its log', async () => {
    const all = await people.coordinator!.get('/fr/sessions');
    assert.equal(all.statusCode, 200);
    assert.equal([...all.body.matchAll(/href="\/fr\/sessions\/[0-9a-f-]{36}"/g)].length, 2);
    const cancelled = await people.coordinator!.get('/fr/sessions?outcome=cancelled&month=2024-05');
    assert.equal([...cancelled.body.matchAll(/href="\/fr\/sessions\/[0-9a-f-]{36}"/g)].length, 1);
    assert.ok(cancelled.body.includes(`/fr/sessions/${sessionId}`));
    const june = await people.coordinator!.get('/fr/sessions?month=06%2F2024');
    assert.match(june.body, /Aucune séance pour ces filtres/);
    const one = await people.coordinator!.get(`/fr/sessions/${sessionId}`);
    assert.equal(one.statusCode, 200);
    assert.match(one.body, /Journal de la séance/);
    assert.match(one.body, /Enregistrée/);
    assert.match(one.body, /Annulée/);
    assert.match(one.body, /Erreur de date/);
  });

  it('lets only the network’s staff in', async () => {
    // Another network's coordinator has a session list of their own network: none of these.
    const theirs = await people.otherCoordinator!.get('/fr/sessions');
    assert.equal(theirs.statusCode, 200);
    assert.ok(!theirs.body.includes(`/fr/sessions/${sessionId}`));
    assert.ok(!theirs.body.includes('Bodart'), 'no other network’s clinicians in the filter');
    assert.match((await people.coordinator!.get('/fr/sessions')).body, /<option value="[^"]+">Bodart/);
    assert.equal((await people.admin!.get('/fr/sessions')).statusCode, 200);
    assert.equal((await people.clinician!.get('/fr/sessions')).statusCode, 403);
    assert.equal((await t.app.inject({ url: '/fr/sessions' })).statusCode, 303);
    for (const url of [STATEMENT, STATEMENT.replace('/statements?', '/statements/export.csv?')]) {
      assert.equal((await people.admin!.get(url)).statusCode, 200, url);
      assert.equal((await people.otherCoordinator!.get(url)).statusCode, 403, url);
      assert.equal((await people.clinician!.get(url)).statusCode, 403, url);
      const anonymous = await t.app.inject({ url });
      assert.equal(anonymous.statusCode, 303, url);
    }
    assert.equal((await people.otherCoordinator!.get(`/fr/sessions/${sessionId}`)).statusCode, 404);
    assert.equal((await people.clinician!.get(`/fr/sessions/${sessionId}`)).statusCode, 404);
    assert.equal((await t.app.inject({ url: `/fr/sessions/${sessionId}` })).statusCode, 303);
  });
});
