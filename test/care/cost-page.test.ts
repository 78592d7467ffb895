import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkCostForm } from '../../src/care/cost-form.ts';
import { formatEuros } from '../../src/platform/i18n/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const TODAY = '2025-06-15';
const form = (overrides: Record<string, string> = {}) => ({
  age: '34',
  bim: 'no',
  function: 'support',
  mode: 'individual',
  sessions: '2',
  ...overrides,
});

describe('reading the cost form', () => {
  it('takes an age or a date of birth written the usual ways', () => {
    const birthOf = (age: string) => {
      const checked = checkCostForm(form({ age }), TODAY, 'fr');
      assert.ok(checked.ok, age);
      return checked.question.proposed.birthDate;
    };
    assert.equal(birthOf('27/03/1990'), '1990-03-27');
    assert.equal(birthOf('7.3.1990'), '1990-03-07');
    assert.equal(birthOf('1990-03-27'), '1990-03-27');
    assert.equal(birthOf('34'), '1990-12-15');
  });

  it('puts people up to 23 in a youth network and older people in an adult one', () => {
    const network = (age: string) => {
      const checked = checkCostForm(form({ age }), TODAY, 'fr');
      return checked.ok ? checked.question.proposed.networkType : null;
    };
    assert.equal(network('23'), 'youth');
    assert.equal(network('16/06/2001'), 'youth'); // 23 until tomorrow
    assert.equal(network('15/06/2001'), 'adult'); // 24 today
  });

  it('says what is wrong with each answer', () => {
    const checked = checkCostForm(
      { age: '31/02/1990', bim: '', function: 'first-line', mode: 'solo', sessions: 'deux' },
      TODAY,
      'en',
    );
    assert.ok(!checked.ok);
    assert.deepEqual(checked.errors, {
      age: 'Enter an age in years, from 0 to 120, or a date of birth like 27/03/1990.',
      bim: 'Say whether you receive increased reimbursement.',
      function: 'Choose the help you need.', // first-line no longer exists in 2025
      mode: 'Say whether the session is individual or in a group.',
      sessions: 'Enter a number of sessions, from 0 to 99.',
    });
    const future = checkCostForm(form({ age: '01/01/2030', sessions: '' }), TODAY, 'fr');
    assert.ok(!future.ok);
    assert.equal(future.errors.age, 'La date de naissance doit être dans le passé.');
    assert.equal(future.errors.sessions, 'Indiquez combien de séances vous avez déjà eues, ou 0.');
    const old = checkCostForm(form({ age: '121' }), TODAY, 'fr');
    assert.ok(!old.ok);
  });
});

describe('the page "What will I pay?"', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('embedded');
  });
  after(() => t.close());

  /** Opens the page like a browser (CSRF cookie and token), then posts the answers. */
  async function ask(locale: string, answers: Record<string, string>) {
    const page = await t.app.inject(`/${locale}/cost`);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    return t.app.inject({
      method: 'POST',
      url: `/${locale}/cost`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, ...answers }).toString(),
    });
  }
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ');

  it('is in the main navigation and on the home page, in each language', async () => {
    for (const [locale, name] of [
      ['fr', 'Combien vais-je payer\u202f?'],
      ['nl', 'Wat betaal ik?'],
      ['en', 'What will I pay?'],
    ] as const) {
      const home = await t.app.inject(`/${locale}`);
      assert.match(home.body, new RegExp(`<a href="/${locale}/cost">${name.replace('?', '\\?')}</a>`));
      const page = await t.app.inject(`/${locale}/cost`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(`<a href="/${locale}/cost" aria-current="page">`));
      assert.match(page.body, /<form method="post"/);
    }
  });

  it('answers with the copay and the explanation the API gives', async () => {
    const response = await ask('fr', form());
    assert.equal(response.statusCode, 200);
    const body = text(response.body);
    assert.match(body, new RegExp(`Vous paierez ${formatEuros('fr', 1100)} pour cette séance`));
    assert.match(
      body,
      new RegExp(`Séance 3 sur 8 remboursées sur 12 mois\u202f: vous payez ${formatEuros('fr', 1100)}\\.`),
    );
    // The answers stay in the form, to change one and ask again.
    assert.match(response.body, /id="age" name="age" type="text" value="34"/);
  });

  it('tells the free first session, the lower BIM copay, and the limit', async () => {
    assert.match(text((await ask('en', form({ sessions: '0' }))).body), /This session is free for you/);
    const unsure = text((await ask('en', form({ bim: 'unknown' }))).body);
    assert.match(
      unsure,
      new RegExp(`If you receive increased reimbursement, you will pay ${formatEuros('en', 400)}\\.`),
    );
    const young = text((await ask('nl', form({ age: '19' }))).body);
    assert.match(young, /Deze sessie is gratis voor u/);
    assert.match(young, /Sessie 3 van 10 terugbetaalde sessies/);
    const full = text((await ask('fr', form({ sessions: '8' }))).body);
    assert.match(full, /Cette séance ne serait pas remboursée/);
    assert.match(full, /les 8 séances remboursées sur 12 mois/);
    const treatment = text((await ask('en', form({ function: 'treatment' }))).body);
    assert.match(treatment, /starts with a functional assessment/);
    const community = text((await ask('en', form({ function: 'community' }))).body);
    assert.match(community, /not reimbursed as an individual session/);
  });

  it('shows every problem next to its field, keeping what was typed', async () => {
    const response = await ask('fr', { age: 'trente', sessions: '' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<title>Erreur\s: Combien vais-je payer\s\? – Passerelle<\/title>/);
    for (const field of ['age', 'bim', 'function', 'mode', 'sessions']) {
      assert.match(response.body, new RegExp(`href="#${field}"`), field);
      assert.match(response.body, new RegExp(`id="${field}-error"`), field);
    }
    assert.match(response.body, /value="trente"/);
  });

  it('refuses a post without the form’s token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/fr/cost',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form()).toString(),
    });
    assert.equal(response.statusCode, 403);
  });
});
