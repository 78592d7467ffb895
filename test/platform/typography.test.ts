// The typography of every message catalogue. French: a narrow no-break space (U+202F) before
// ? ! : ; and », after «, and between an amount and €. Dutch and English: no space before
// : ; ? ! (the French habit " : " slips into translations). Catalogues are found on disk, so a
// new messages file is checked without being listed here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatEuros } from '../../src/platform/i18n/index.ts';
import { catalogueStrings } from '../support/catalogues.ts';

const NARROW = '\u202f';

/** Spaces a writer may have typed: a plain one, a no-break one, a narrow one. */
const ANY_SPACE = '[ \\u00a0\\u202f]';

/** French rules broken by a text, each as a short description with the place in the text. */
export function frenchProblems(written: string): string[] {
  const problems: string[] = [];
  // Code quoted in a message is not French: an HTTP header, a separator between quotes (";").
  const text = written.replace(/Authorization: Bearer/g, '').replace(/"[;:,|]"/g, '""');
  const show = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 12), index + 6));
  // ? ! : ; and » take a narrow space before: a plain or a wide no-break one is wrong, and so is none
  // (except between two marks, "?!", and where the mark is not punctuation: 12:30, https://).
  for (const match of text.matchAll(/([^\s?!])?(\s?)([?!:;»])(?=$|[\s»)\].,'’"?!])/gu)) {
    const [, before, space, mark] = match;
    if (before === undefined && space === '') continue;
    if (space !== NARROW)
      problems.push(
        `${space ? 'wrong space' : 'no space'} before ${mark} in ${show(match.index + (before?.length ?? 0))}`,
      );
  }
  for (const match of text.matchAll(/«(.)/gu)) {
    if (match[1] !== NARROW) problems.push(`no narrow space after « in ${show(match.index)}`);
  }
  // An amount (digits, or a {placeholder} a number fills) and the euro sign.
  for (const match of text.matchAll(new RegExp(`([0-9}])(${ANY_SPACE}?)€`, 'gu'))) {
    if (match[2] !== NARROW)
      problems.push(`amount and € not joined by a narrow space in ${show(match.index)}`);
  }
  return problems;
}

/** The French habit of a space before : ; ? ! in a Dutch or English text. */
export function spaceBeforePunctuation(text: string): string[] {
  return [...text.matchAll(new RegExp(`\\S(${ANY_SPACE}+)([:;?!])(?=$|\\s)`, 'gu'))].map(
    (match) =>
      `space before ${match[2]} in ${JSON.stringify(text.slice(Math.max(0, match.index - 12), match.index + 6))}`,
  );
}

describe('typography of the messages', () => {
  it('finds the catalogues (a rule that checks nothing would pass)', async () => {
    const strings = await catalogueStrings();
    assert.ok(strings.fr.length > 1000, `only ${strings.fr.length} French messages found`);
    assert.equal(strings.nl.length, strings.fr.length);
    assert.match(frenchProblems('Qui est mon coordinateur ?').join(), /wrong space before \?/);
    assert.match(frenchProblems('Qui est mon coordinateur?').join(), /no space before \?/);
    assert.equal(frenchProblems('Prix : 11 € à 12:30, https://x.be « oui »').length, 4);
    assert.deepEqual(
      frenchProblems(`Prix${NARROW}: 11${NARROW}€ à 12:30, https://x.be «${NARROW}oui${NARROW}»`),
      [],
    );
    assert.equal(spaceBeforePunctuation('Price : 11').length, 1);
    assert.deepEqual(spaceBeforePunctuation('Price: 11, 12:30'), []);
  });

  it('writes French with narrow no-break spaces', async () => {
    const problems = (await catalogueStrings()).fr.flatMap(({ where, text }) =>
      frenchProblems(text).map((problem) => `${where}: ${problem}`),
    );
    assert.deepEqual(problems, []);
  });

  it('puts no space before a colon, a semicolon, a question or an exclamation mark in Dutch, English and German', async () => {
    const strings = await catalogueStrings();
    const problems = [...strings.nl, ...strings.en, ...strings.de].flatMap(({ where, text }) =>
      spaceBeforePunctuation(text).map((problem) => `${where}: ${problem}`),
    );
    assert.deepEqual(problems, []);
  });

  it('uses no narrow no-break space in Dutch, English and German: it is a French habit copied with the text', async () => {
    const strings = await catalogueStrings();
    const copied = [...strings.nl, ...strings.en, ...strings.de]
      .filter(({ text }) => text.includes(NARROW))
      .map(({ where, text }) => `${where}: ${JSON.stringify(text.slice(0, 60))}`);
    assert.deepEqual(copied, []);
  });

  it('quotes German with „…“, not with French guillemets', async () => {
    const guillemets = (await catalogueStrings()).de
      .filter(({ text }) => /[«»]/.test(text))
      .map(({ where, text }) => `${where}: ${JSON.stringify(text.slice(0, 60))}`);
    assert.deepEqual(guillemets, []);
  });

  it('formats French amounts with a narrow space before € and between thousands', () => {
    assert.equal(formatEuros('fr', 1100), `11${NARROW}€`);
    assert.equal(formatEuros('fr', 123_456), `1${NARROW}234,56${NARROW}€`);
    assert.equal(formatEuros('nl', 1100), '€\u00a011');
    assert.equal(formatEuros('en', 1100), '€11');
    assert.equal(formatEuros('de', 1100), '11\u00a0€');
  });
});
