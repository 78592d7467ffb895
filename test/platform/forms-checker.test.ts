// The one checker every form and API body goes through, and how its issues are said: each
// sentence a person reads (and a screen reader speaks from the error summary) names its field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDeclarationSection, DECLARATION_SECTIONS } from '../../src/applications/domain/declaration.ts';
import { checkServiceSection, SERVICE_SECTIONS } from '../../src/applications/domain/service-application.ts';
import { applicationIssueTexts } from '../../src/applications/messages/issues.ts';
import { Checker } from '../../src/platform/forms/checker.ts';
import { issueMessage } from '../../src/platform/forms/issues.ts';
import { formMessages } from '../../src/platform/forms/messages.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { issueMessage as requestIssueMessage } from '../../src/requests/messages/index.ts';

const codes = (c: Checker) => c.issues.map((issue) => [issue.field, issue.code]);

describe('the form checker', () => {
  it('refuses a national number in free text, after the length, and lets identifiers through', () => {
    const c = new Checker({
      note: 'Patiënt 85.07.30-033.28',
      long: `${'x'.repeat(30)} 85073003328`,
      id: '85073003328',
    });
    assert.equal(c.text('note', { required: true, max: 100 }), undefined);
    assert.equal(c.text('long', { required: true, max: 20 }), undefined);
    assert.equal(c.text('id', { required: true, max: 20, identifier: true }), '85073003328');
    assert.deepEqual(codes(c), [
      ['note', 'patient-identifier'],
      ['long', 'too-long'],
    ]);
    assert.deepEqual(c.issues[1]?.values, { limit: 20 });
  });

  it('tells a missing answer from a wrong one, once per field', () => {
    const c = new Checker({ blank: '  ', number: 12, kind: 'nope', kinds: ['a', 'z'], one: 'a' });
    c.text('blank', { required: true, max: 10 });
    c.text('blank', { required: true, max: 10 });
    c.text('number', { required: true, max: 10 });
    c.choice('kind', ['a', 'b'] as const);
    c.choice('missing', ['a'] as const);
    assert.equal(c.choice('optional', ['a'] as const, false), undefined);
    c.choices('kinds', ['a', 'b'] as const);
    assert.deepEqual(c.choices('one', ['a', 'b'] as const), ['a'], 'one ticked box is a list of one');
    assert.deepEqual(c.choices('none', ['a'] as const, false), []);
    assert.deepEqual(codes(c), [
      ['blank', 'required'],
      ['number', 'not-text'],
      ['kind', 'unknown-value'],
      ['missing', 'required'],
      ['kinds', 'unknown-value'],
    ]);
  });

  it('reads whole numbers, telling a non-number from one out of range unless a code is promised', () => {
    const c = new Checker({ a: ' 7 ', b: 'sept', c: '99', d: 12, e: 'x', f: '' });
    assert.equal(c.integer('a', { min: 0, max: 60 }), 7);
    c.integer('b', { min: 0, max: 60 });
    c.integer('c', { min: 0, max: 60 });
    assert.equal(c.integer('d', { min: 1, max: 500, wrong: 'capacity-range' }), 12);
    c.integer('e', { min: 1, max: 500, wrong: 'capacity-range' });
    c.integer('f', { min: 1, max: 5 });
    assert.deepEqual(codes(c), [
      ['b', 'invalid-number'],
      ['c', 'number-range'],
      ['e', 'capacity-range'],
      ['f', 'required'],
    ]);
  });

  it('checks phones, postcodes, e-mail addresses and Belgian dates (INAMI and enterprise numbers: test/applications/domain.test.ts)', () => {
    const c = new Checker({
      phone: '02 123 45 67',
      postcode: '1020',
      email: 'an@example.be',
      day: '17/12/2026',
      wrong: { phone: 'call me', postcode: '10200', email: 'an@', day: '31/04/2026' },
    });
    assert.equal(c.phone('phone'), '02 123 45 67');
    assert.equal(c.postcode('postcode'), '1020');
    assert.equal(c.email('email'), 'an@example.be');
    assert.equal(c.date('day'), '2026-12-17');
    assert.equal(c.date('absent', false), undefined);
    c.phone('wrong.phone');
    c.postcode('wrong.postcode');
    c.email('wrong.email');
    c.date('wrong.day');
    assert.deepEqual(codes(c), [
      ['wrong.phone', 'invalid-phone'],
      ['wrong.postcode', 'invalid-postcode'],
      ['wrong.email', 'invalid-email'],
      ['wrong.day', 'invalid-date'],
    ]);
  });
});

describe('issues that name their field', () => {
  it('says which field is missing on every page of both questionnaires, in FR, NL and EN', () => {
    const context = { criteria: { treatmentMinYears: 5 }, served: () => true, documents: new Set<string>() };
    const issues = [
      ...DECLARATION_SECTIONS.flatMap((section) => checkDeclarationSection(section, {}, context)),
      ...SERVICE_SECTIONS.flatMap((section) => checkServiceSection(section, {}, () => true)),
    ];
    assert.ok(issues.length > 30);
    for (const locale of LOCALES) {
      const generic = Object.values(formMessages[locale].issues);
      const sentences = issues.map((issue) => issueMessage(locale, applicationIssueTexts[locale], issue));
      for (const [index, sentence] of sentences.entries()) {
        assert.ok(
          !generic.includes(sentence),
          `${locale} ${issues[index]?.field}: “${sentence}” names no field`,
        );
      }
      // Two fields never share a sentence: the summary's links are told apart by ear (both
      // questionnaires ask the age groups and the networks).
      assert.equal(new Set(sentences).size, new Set(issues.map((issue) => issue.field)).size, locale);
    }
  });

  it('names the INAMI number, a checkbox group and a document, in each language', () => {
    const say = (
      locale: 'fr' | 'nl' | 'en',
      field: string,
      code: 'required' | 'invalid-inami' | 'document-missing',
    ) => issueMessage(locale, applicationIssueTexts[locale], { field, code });
    assert.equal(say('fr', 'inami', 'required'), 'Indiquez le numéro INAMI.');
    assert.equal(say('nl', 'inami', 'required'), 'Vul het RIZIV-nummer in.');
    assert.equal(say('en', 'inami', 'required'), 'Enter the INAMI number.');
    assert.match(
      say('fr', 'inami', 'invalid-inami'),
      /^Numéro INAMI\u202f: ce numéro INAMI n’est pas valide/,
    );
    assert.match(say('en', 'inami', 'invalid-inami'), /^INAMI number: this INAMI number is not valid/);
    assert.equal(say('nl', 'languages', 'required'), 'Kies minstens één taal waarin u consulteert.');
    assert.equal(say('fr', 'document-diploma', 'document-missing'), 'Ajoutez une copie de votre diplôme.');
    assert.equal(say('en', 'document-visa', 'document-missing'), 'Add a copy of your visa.');
    const tooLong = issueMessage('fr', applicationIssueTexts.fr, {
      field: 'givenName',
      code: 'too-long',
      values: { limit: 100 },
    });
    assert.equal(tooLong, 'Prénom\u202f: indiquez au plus 100 caractères.');
  });

  it('keeps the requests API’s sentences (their fields are named where an answer is missing)', () => {
    assert.equal(
      requestIssueMessage('fr', { field: 'practice.postcode', code: 'required' }),
      'Indiquez le code postal du cabinet.',
    );
    assert.equal(
      requestIssueMessage('en', {
        field: 'venue.capacity',
        code: 'capacity-range',
        values: { min: 1, max: 500 },
      }),
      'Enter a whole number from 1 to 500.',
    );
    assert.equal(
      requestIssueMessage('nl', { field: 'offer', code: 'unknown-value', values: { allowed: 'room' } }),
      'Onbekende waarde. Mogelijke waarden: room.',
    );
  });
});
