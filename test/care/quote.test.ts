import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formatEuros } from '../../src/platform/i18n/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { QUOTE_EXAMPLE } from './support/api.ts';

const CONTRACT = QUOTE_EXAMPLE;

// The quote is pure: one engine is enough.
describe('POST /api/v1/care/quote', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('embedded');
  });
  after(() => t.close());

  const quote = (payload: unknown, query = '', headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/v1/care/quote${query}`, payload: payload as object, headers });

  it('answers the contract example', async () => {
    const response = await quote(CONTRACT, '?lang=fr');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), {
      reimbursable: true,
      reason: null,
      copayCents: 1100,
      sessionNumber: 2,
      cap: 8,
      firstSessionFree: false,
      convention: '2024',
      feeCents: null,
      explanation: `Séance 2 sur 8 remboursées sur 12 mois\u202f: vous payez ${formatEuros('fr', 1100)}.`,
    });
  });

  it('explains in the language of Accept-Language, or of ?lang', async () => {
    const dutch = await quote(CONTRACT, '', { 'accept-language': 'nl-BE,nl;q=0.9' });
    assert.match(dutch.json().explanation, /^Sessie 2 van 8 terugbetaalde sessies over 12 maanden/);
    const english = await quote(CONTRACT, '?lang=en', { 'accept-language': 'nl' });
    assert.match(english.json().explanation, /^Session 2 of 8 reimbursed sessions in 12 months/);
  });

  it('says "Séance 3 sur 8" with two earlier sessions', async () => {
    const history = [...CONTRACT.history, { date: '2024-04-20', function: 'support', mode: 'individual' }];
    const response = await quote({ ...CONTRACT, history });
    assert.equal(
      response.json().explanation,
      `Séance 3 sur 8 remboursées sur 12 mois\u202f: vous payez ${formatEuros('fr', 1100)}.`,
    );
  });

  it('answers 200, not reimbursed, for a function that does not exist on that date', async () => {
    const response = await quote({ ...CONTRACT, date: '2023-06-01', history: [] }, '?lang=en');
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().reimbursable, false);
    assert.equal(response.json().reason, 'function-not-in-period');
    assert.equal(response.json().copayCents, null);
    assert.match(response.json().explanation, /does not exist in the convention in force on this date/);
  });

  it('takes history without a history field, and sessions that were not reimbursed', async () => {
    const { history: _, ...withoutHistory } = CONTRACT;
    assert.equal((await quote(withoutHistory)).json().firstSessionFree, true);
    const refusedBefore = [
      { date: '2024-04-02', function: 'support', mode: 'individual', reimbursable: false },
    ];
    assert.equal((await quote({ ...CONTRACT, history: refusedBefore })).json().sessionNumber, 1);
  });

  it('answers 400 problem+json naming every malformed field, in the asked language', async () => {
    const response = await quote(
      {
        ...CONTRACT,
        date: '10/05/2024',
        bim: 'maybe',
        function: 'massage',
        extra: 1,
        networkType: undefined,
      },
      '?lang=en',
    );
    assert.equal(response.statusCode, 400);
    assert.match(response.headers['content-type'] as string, /^application\/problem\+json/);
    const fields = response
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    assert.deepEqual(fields, ['bim', 'date', 'extra', 'function', 'networkType']);
    assert.match(response.json().detail, /YYYY-MM-DD/);
  });

  it('refuses dates that do not exist and a birth after the session, naming the field', async () => {
    const impossible = await quote({
      ...CONTRACT,
      date: '2023-02-29',
      history: [{ date: '2024-13-01', function: 'support', mode: 'individual' }],
    });
    assert.equal(impossible.statusCode, 400);
    assert.deepEqual(
      impossible.json().errors.map((e: { field: string }) => e.field),
      ['date', 'history.0.date'],
    );
    const unborn = await quote({ ...CONTRACT, birthDate: '2024-06-01' }, '?lang=nl');
    assert.equal(unborn.statusCode, 400);
    assert.equal(unborn.json().errors[0].field, 'birthDate');
    assert.match(unborn.json().detail, /geboortedatum ligt na/);
  });

  it('is documented in the OpenAPI document, with the sessions and statements APIs', async () => {
    const document = (await t.app.inject('/api/docs/openapi.json')).json();
    for (const path of [
      '/api/v1/care/quote',
      '/api/v1/sessions',
      '/api/v1/sessions/{id}/cancel',
      '/api/v1/statements',
    ]) {
      assert.ok(document.paths[path], path);
    }
    assert.deepEqual(
      document.paths['/api/v1/care/quote'].post.requestBody.content[
        'application/json'
      ].schema.required.sort(),
      ['bim', 'birthDate', 'date', 'function', 'functionalAssessment', 'mode', 'networkType'],
    );
  });

  it('answers 400, not 500, to a body that is not JSON or not an object', async () => {
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/care/quote',
      headers: { 'content-type': 'application/json' },
      payload: '{"date":',
    });
    assert.equal(broken.statusCode, 400);
    assert.equal((await quote([1, 2])).statusCode, 400);
    const tooLong = Array.from({ length: 401 }, () => CONTRACT.history[0]);
    assert.equal((await quote({ ...CONTRACT, history: tooLong })).statusCode, 400);
  });
});
