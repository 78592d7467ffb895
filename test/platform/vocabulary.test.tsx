import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { render } from 'preact-render-to-string';
import { checkDeclarationSection } from '../../src/applications/domain/declaration.ts';
import {
  checkServiceSection,
  readServiceApplication,
} from '../../src/applications/domain/service-application.ts';
import { clinicianPages } from '../../src/applications/pages/clinician-pages.tsx';
import { SPECIALITIES as FINDER_SPECIALITIES, FUNCTIONS, MODES } from '../../src/directory/domain/types.ts';
import { directoryLabels } from '../../src/directory/labels.ts';
import { fieldHelpers } from '../../src/platform/forms/inputs.tsx';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import {
  AGE_GROUP_BOUNDS,
  AGE_GROUPS,
  ageGroupOf,
  ORGANISATION_KINDS,
  organisationKindOf,
  SESSION_MODES,
  SPECIALITIES,
  vocabularyLabels,
} from '../../src/platform/vocabulary/index.ts';
import {
  AGE_GROUPS as REQUEST_AGE_GROUPS,
  ORGANISATION_KINDS as REQUEST_ORGANISATION_KINDS,
} from '../../src/requests/domain/vocabulary.ts';

const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

/** The checkboxes a rendered page offers: [value, label] in order. */
function checkboxOptions(html: string, name: string): Array<[string, string]> {
  const attribute = (tag: string, key: string) => new RegExp(`\\s${key}="([^"]*)"`).exec(tag)?.[1] ?? '';
  return [...html.matchAll(/<input[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => attribute(tag, 'name') === name)
    .map((tag) => {
      const id = attribute(tag, 'id');
      const label = new RegExp(`<label[^>]*for="${id}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? '';
      return [attribute(tag, 'value'), decode(label).trim()];
    });
}

describe('one vocabulary for every capability', () => {
  it('offers a clinician applying every speciality the finder knows, with the finder’s words', () => {
    const page = clinicianPages(5, 10).specialities;
    for (const locale of LOCALES) {
      const html = render(<div>{page.render(fieldHelpers(locale, {}, {}))}</div>);
      const offered = checkboxOptions(html, 'specialities');
      assert.deepEqual(
        offered,
        FINDER_SPECIALITIES.map((code) => [code, directoryLabels[locale].specialities[code]]),
        locale,
      );
    }
    assert.equal(FINDER_SPECIALITIES.length, 16);
  });

  it('accepts in an application every speciality a profile may have', () => {
    const issues = checkDeclarationSection(
      'specialities',
      { specialities: [...FINDER_SPECIALITIES] },
      { criteria: { treatmentMinYears: 5 }, served: () => true, documents: new Set() },
    );
    assert.deepEqual(issues, []);
  });

  it('gives the directory and the requests the platform’s lists themselves, not copies', () => {
    assert.equal(FINDER_SPECIALITIES, SPECIALITIES);
    assert.equal(REQUEST_AGE_GROUPS, AGE_GROUPS);
    for (const locale of LOCALES) {
      assert.equal(directoryLabels[locale].ageGroups, vocabularyLabels[locale].ageGroups);
      assert.equal(directoryLabels[locale].specialities, vocabularyLabels[locale].specialities);
    }
  });

  it('knows one list of organisation kinds, reading the service applications’ former codes', () => {
    assert.equal(REQUEST_ORGANISATION_KINDS, ORGANISATION_KINDS);
    const offered = (kind: string) =>
      checkServiceSection(
        'organisation',
        {
          organisation: { name: 'Service', enterpriseNumber: '0440.966.354', kind },
        },
        () => true,
      );
    for (const kind of ORGANISATION_KINDS) assert.deepEqual(offered(kind), [], kind);
    assert.equal(organisationKindOf('youth-aid'), 'amo');
    assert.equal(organisationKindOf('school-service'), 'cpms');
    assert.equal(organisationKindOf('bank'), null);
    assert.equal(
      readServiceApplication({ organisation: { kind: 'school-service', enterpriseNumber: '440.966.354' } })
        .organisation.kind,
      'cpms',
    );
  });

  it('keeps the session modes among the modes, and the age groups end to end', () => {
    for (const mode of SESSION_MODES) assert.ok((MODES as readonly string[]).includes(mode));
    assert.deepEqual(FUNCTIONS, ['community', 'support', 'treatment']);
    for (let age = 0; age <= 120; age += 1) {
      const { min, max } = AGE_GROUP_BOUNDS[ageGroupOf(age)];
      assert.ok(age >= min && (max === null || age <= max), String(age));
    }
    assert.equal(ageGroupOf(23), 'young-people');
    assert.equal(ageGroupOf(24), 'adults');
  });

  it('defines each shared list and its labels in platform/vocabulary only', () => {
    // A second copy is how the lists drifted (13 specialities here, 16 there): the codes of a
    // list written out again, or a label map keyed by them, anywhere else in the source.
    const copies = [
      /\[\s*'children',\s*'young-people',\s*'adults',\s*'older-adults'\s*\]/, // the age groups
      /\[\s*'community',\s*'support',\s*'treatment'\s*\]/, // the functions
      /\[\s*'psychologist',\s*'orthopedagogue'\s*\]/, // the clinician kinds
      /'older-adults':\s*'/, // an age-group label map
      /'exile-migration':\s*'/, // a speciality label map
      /orthopedagogue:\s*'/, // a clinician-kind label map
      /'neighbourhood-house',/, // the organisation kinds
      /'neighbourhood-house':\s*'/, // an organisation-kind label map
    ];
    const root = join(import.meta.dirname, '../../src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const found = files(root)
      .filter((path) => !relative(root, path).startsWith('platform/vocabulary/'))
      .flatMap((path) => {
        const text = readFileSync(path, 'utf8');
        return copies.filter((copy) => copy.test(text)).map((copy) => `${relative(root, path)} ${copy}`);
      });
    assert.deepEqual(found, []);
  });
});
