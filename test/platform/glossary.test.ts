// One Dutch term per concept (src/platform/i18n/glossary.ts): every Dutch message of every
// catalogue is read, and a word the glossary says to avoid fails with where it is. Every
// message of every language must also be a valid ICU pattern: a broken one is a 500 the day
// someone meets the error it words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { DUTCH_GLOSSARY, glossaryProblems } from '../../src/platform/i18n/glossary.ts';
import { catalogueStrings } from '../support/catalogues.ts';

describe('the Dutch glossary', () => {
  it('catches an avoided word at the start of a word, whatever its case, and nothing else', () => {
    assert.equal(glossaryProblems('Mijn kandidaturen (conventieaanvragen)').length, 1);
    assert.equal(glossaryProblems('Verzoek geweigerd').length, 1);
    assert.equal(glossaryProblems('Een clinicus zoeken').length, 1);
    assert.deepEqual(glossaryProblems('De geconventioneerde klinisch psycholoog en de coördinator'), []);
    assert.deepEqual(glossaryProblems('Jaren klinische ervaring'), []);
    assert.deepEqual(glossaryProblems('Samenwerken met {clinician}'), [], 'a placeholder is not a word');
  });

  it('gives each concept one term that is not also a word to avoid', () => {
    for (const [concept, entry] of Object.entries(DUTCH_GLOSSARY)) {
      assert.deepEqual(glossaryProblems(entry.term), [], concept);
      assert.ok(entry.reason.length > 20, `${concept} says why`);
    }
  });

  it('finds none of the avoided words in the Dutch messages', async () => {
    const { nl } = await catalogueStrings();
    assert.ok(nl.length > 1000, `only ${nl.length} Dutch messages found`);
    const problems = nl.flatMap(({ where, text }) => glossaryProblems(text).map((p) => `${where}: ${p}`));
    assert.deepEqual(problems, []);
  });

  it('has every message of every language parse as an ICU pattern', async () => {
    const strings = await catalogueStrings();
    const broken = (['fr', 'nl', 'en'] as const).flatMap((locale) =>
      strings[locale].flatMap(({ where, text }) => {
        // As platform/i18n's format(): a text without a placeholder is used as it is.
        if (!text.includes('{')) return [];
        try {
          new IntlMessageFormat(text, locale);
          return [];
        } catch (error) {
          return [`${where}: ${(error as Error).message}`];
        }
      }),
    );
    assert.deepEqual(broken, []);
  });
});
