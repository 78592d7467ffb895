// Every message exists in every language Passerelle speaks, and German is written, not copied.
// The type-checker already refuses a catalogue without a `de` block; this test reads the
// catalogues as the pages do, so a key present in French and missing in German (a catalogue typed
// loosely, a JSON file) fails too, and so does an English sentence pasted into the German block.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LOCALES, negotiateLocale, offeredLocales } from '../../src/platform/i18n/index.ts';
import { catalogueLeaves, catalogues } from '../support/catalogues.ts';

/** The national languages a network can serve: each one must be a language of the pages. */
const NATIONAL = ['fr', 'nl', 'de'];

function packNetworks(path: string): Array<{ id: string; languages?: string[] }> {
  const pack = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
    networks: Array<{ id: string; languages?: string[] }>;
  };
  return pack.networks;
}

/** A sentence (three words or more), not a name, a code or an address. */
const SENTENCE = /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;

describe('languages of the messages', () => {
  it('gives every catalogue every language, with the keys of the French one', async () => {
    const found = await catalogues();
    assert.ok(found.length > 50, `only ${found.length} catalogues found`);
    const problems = found.flatMap((catalogue) => {
      const french = new Set(catalogueLeaves(catalogue, 'fr').map((leaf) => leaf.where.replace('.fr', '')));
      return LOCALES.filter((locale) => locale !== 'fr').flatMap((locale) => {
        const keys = new Set(
          catalogueLeaves(catalogue, locale).map((leaf) => leaf.where.replace(`.${locale}`, '')),
        );
        return [...french].filter((key) => !keys.has(key)).map((key) => `${key} has no ${locale}`);
      });
    });
    assert.deepEqual(problems, []);
  });

  it('writes German in German: no sentence is the English or the French one copied', async () => {
    const copied = (await catalogues()).flatMap((catalogue) => {
      const fr = catalogueLeaves(catalogue, 'fr');
      const en = catalogueLeaves(catalogue, 'en');
      return catalogueLeaves(catalogue, 'de').flatMap((leaf, index) =>
        SENTENCE.test(leaf.text) && (leaf.text === en[index]?.text || leaf.text === fr[index]?.text)
          ? [`${leaf.where}: ${JSON.stringify(leaf.text.slice(0, 60))}`]
          : [],
      );
    });
    assert.deepEqual(copied, []);
  });

  it('speaks every national language that a network of the reference data serves', () => {
    const networks = [
      ...packNetworks('../../src/reference/data/brussels-reference.json'),
      ...packNetworks('../fixtures/liege/reference.json'),
    ];
    const unspoken = networks.flatMap((network) =>
      (network.languages ?? [])
        .filter(
          (language) => NATIONAL.includes(language) && !(LOCALES as readonly string[]).includes(language),
        )
        .map((language) => `${network.id}: ${language}`),
    );
    assert.ok(
      networks.some((network) => network.languages?.includes('de')),
      'the fixture has a German-speaking network',
    );
    assert.deepEqual(unspoken, []);
  });
});

describe('languages an instance offers', () => {
  const brussels = [
    { languages: ['fr', 'nl'], listedInPasserelle: true },
    { languages: ['fr', 'nl'], listedInPasserelle: true },
  ];
  const ostbelgien = { languages: ['de', 'fr'], listedInPasserelle: true };

  it('offers the languages of its networks, and English', () => {
    assert.deepEqual(offeredLocales(brussels), ['fr', 'nl', 'en']);
    assert.deepEqual(offeredLocales([...brussels, ostbelgien]), ['fr', 'nl', 'en', 'de']);
  });

  it('does not take the languages of a network whose clinicians are elsewhere', () => {
    assert.deepEqual(offeredLocales([...brussels, { ...ostbelgien, listedInPasserelle: false }]), [
      'fr',
      'nl',
      'en',
    ]);
  });

  it('offers every language before any network is loaded', () => {
    assert.deepEqual(offeredLocales([]), LOCALES);
  });

  it('sends a browser to its language among those offered', () => {
    assert.equal(negotiateLocale('de-BE,de;q=0.9,fr;q=0.5'), 'de');
    assert.equal(negotiateLocale('de-BE,de;q=0.9,fr;q=0.5', ['fr', 'nl', 'en']), 'fr');
    assert.equal(negotiateLocale('de-BE,de;q=0.9', ['fr', 'nl', 'en']), 'fr');
    assert.equal(negotiateLocale(undefined, ['de']), 'de');
  });
});
