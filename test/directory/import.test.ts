import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateClinicianRows } from '../../src/directory/domain/import.ts';
import { readCsv } from '../../src/platform/csv.ts';
import { brusselsProfileContext, GOOD_ROWS, HEADER } from './fixtures.ts';

const context = brusselsProfileContext('2025-06-01');

function check(lines: string[]) {
  return validateClinicianRows(readCsv([HEADER, ...lines].join('\n')), context);
}

describe('clinicians spreadsheet', () => {
  it('reads a valid file: lists, yes/no in three languages, an outreach venue', () => {
    const outcome = check(GOOD_ROWS);
    assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors));
    const [first, second] = outcome.value.profiles;
    assert.equal(first!.row, 2);
    assert.equal(first!.profile.inami, '12345625780');
    assert.deepEqual(first!.profile.languages, ['fr', 'nl']);
    assert.equal(first!.profile.acceptingNewPatients, true);
    assert.equal(first!.profile.locations[0]!.wheelchair, true);
    assert.equal(second!.profile.acceptingNewPatients, false);
    assert.deepEqual(
      second!.profile.locations.map((l) => [l.kind, l.postcode]),
      [
        ['practice', '1080'],
        ['outreach', '1081'],
      ],
    );
  });

  it('takes the German nein the German message asks for', () => {
    const outcome = check([GOOD_ROWS[0]!.replace(',oui,', ',nein,')]);
    assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors));
    assert.equal(outcome.value.profiles[0]!.profile.acceptingNewPatients, false);
  });

  it('reads the semicolon files Belgian spreadsheets save', () => {
    const text = [HEADER, ...GOOD_ROWS].map((line) => line.replaceAll(',', ';')).join('\r\n');
    const outcome = validateClinicianRows(readCsv(`\uFEFF${text}`), context);
    assert.ok(outcome.ok);
    assert.equal(outcome.value.profiles.length, 2);
  });

  it('reports every problem with its spreadsheet row and column', () => {
    const bad = [
      GOOD_ROWS[0]!,
      // Row 3: wrong check digits, unknown language, children in an adult-only network, a yes/no that is neither.
      '1-23456-26-780,,psychologist,Orlane,Quelinck,fr|xx,children,support,individual,,brumenta,peut-être,within-a-week,02 012 34 57,,,,Rue du Verger 14,1030,,,,,',
      // Row 4: the same INAMI number as row 2, an unknown postcode, no way to get in touch.
      '12345625780,,psychologist,Selwen,Morninck,fr,adults,support,individual,,brumenta,yes,within-a-week,,,,,Rue du Parc 1,9999,,,,,',
    ];
    const outcome = check(bad);
    assert.ok(!outcome.ok);
    assert.deepEqual(
      outcome.errors.map((e) => [e.row, e.column, e.code]),
      [
        [3, 'accepting_new_patients', 'boolean-format'],
        [3, 'inami', 'inami-format'],
        [3, 'languages', 'unknown-language'],
        [3, 'age_groups', 'age-group-not-covered'],
        [4, 'inami', 'duplicate-inami'],
        [4, 'phone', 'contact-required'],
        [4, 'location1_postcode', 'unknown-postcode'],
      ],
    );
  });

  it('refuses a file without the required columns, or with unknown ones, before reading rows', () => {
    const missing = validateClinicianRows(readCsv('inami,kind\n1,psychologist'), context);
    assert.ok(!missing.ok);
    assert.equal(missing.errors[0]!.code, 'missing-columns');
    assert.match(String(missing.errors[0]!.values?.columns), /given_name/);
    const unknown = validateClinicianRows(
      readCsv(`${HEADER},favourite_colour\n${GOOD_ROWS[0]},blue`),
      context,
    );
    assert.ok(!unknown.ok);
    assert.deepEqual(unknown.errors[0], {
      row: 1,
      code: 'unknown-columns',
      values: { columns: 'favourite_colour' },
    });
  });

  it('refuses a file with a header and no rows', () => {
    const outcome = check([]);
    assert.ok(!outcome.ok);
    assert.equal(outcome.errors[0]!.code, 'no-rows');
  });
});
