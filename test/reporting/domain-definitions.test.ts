// The definitions every figure rests on: new patients, age bands, months, rates, inhabitants.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ageBand } from '../../src/reporting/domain/age-bands.ts';
import {
  addMonthsTo,
  isMonth,
  type Month,
  monthsBetween,
  quarterOf,
} from '../../src/reporting/domain/months.ts';
import { newPatientsByMonth } from '../../src/reporting/domain/new-patients.ts';
import { percent, perTenThousand, publishableRate } from '../../src/reporting/domain/rates.ts';
import { inhabitantsFromCsv } from '../../src/reporting/inhabitants.ts';

const seen = (entries: Record<string, Month[]>) => new Map(Object.entries(entries));

describe('new patients', () => {
  const months = monthsBetween('2026-01', '2026-06');
  const cases: Array<[string, Record<string, Month[]>, Partial<Record<Month, number>>]> = [
    ['a first session ever makes a new patient', { p: ['2026-02'] }, { '2026-02': 1 }],
    [
      'later months of the same patient are not new',
      { p: ['2026-02', '2026-03', '2026-05'] },
      { '2026-02': 1 },
    ],
    ['seen 12 months before: not new', { p: ['2025-03', '2026-03'] }, {}],
    ['seen 13 months before and not since: new again', { p: ['2025-02', '2026-03'] }, { '2026-03': 1 }],
    [
      'each patient counts once a month',
      { p: ['2026-01'], q: ['2026-01'], r: ['2025-12', '2026-01'] },
      { '2026-01': 2 },
    ],
  ];
  for (const [name, entries, expected] of cases) {
    it(name, () => {
      const counts = newPatientsByMonth(seen(entries), months);
      assert.deepEqual(Object.fromEntries([...counts].filter(([, n]) => n > 0)), expected);
    });
  }
});

describe('months and age bands', () => {
  it('reads YYYY-MM months only', () => {
    for (const good of ['2026-01', '2026-12']) assert.ok(isMonth(good), good);
    for (const bad of ['2026-13', '2026-1', '26-01', '2026-00', '2026-01-01', ''])
      assert.ok(!isMonth(bad), bad);
  });

  it('counts months across years, and names quarters', () => {
    assert.equal(addMonthsTo('2025-11', 3), '2026-02');
    assert.equal(addMonthsTo('2026-01', -12), '2025-01');
    assert.deepEqual(monthsBetween('2025-12', '2026-02'), ['2025-12', '2026-01', '2026-02']);
    assert.deepEqual(monthsBetween('2026-03', '2026-02'), []);
    assert.equal(quarterOf('2026-05'), '2026-Q2');
    assert.equal(quarterOf('2026-12'), '2026-Q4');
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2900 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -50, max: 50 }),
        (y, m, n) => {
          const month = `${y}-${String(m).padStart(2, '0')}` as Month;
          assert.equal(addMonthsTo(addMonthsTo(month, n), -n), month);
        },
      ),
    );
  });

  it('puts a patient in the band of their age on the day of the session', () => {
    assert.equal(ageBand('2014-06-15', '2026-06-14'), '0-11');
    assert.equal(ageBand('2014-06-15', '2026-06-15'), '12-17');
    assert.equal(ageBand('2002-06-15', '2026-06-14'), '18-23');
    assert.equal(ageBand('2002-06-15', '2026-06-15'), '24-44');
    assert.equal(ageBand('1961-01-01', '2026-01-01'), '65+');
  });
});

describe('rates per 10,000 inhabitants', () => {
  it('divides by the population and keeps one decimal', () => {
    assert.equal(perTenThousand(50, 120_887), 4.1);
    assert.equal(perTenThousand(0, 25_502), 0);
    assert.equal(perTenThousand(12, null), null);
    assert.equal(perTenThousand(12, 0), null);
  });

  it('hides the rate of a count under 5: the population would give it back', () => {
    assert.equal(publishableRate(3, 25_502), null);
    assert.equal(publishableRate(5, 25_502), 2);
  });

  it('gives shares in percent, none of nothing', () => {
    assert.equal(percent(1, 3), 33.3);
    assert.equal(percent(0, 0), null);
  });

  it('reads inhabitants from the population table, the latest year not after the one asked', async () => {
    const source = inhabitantsFromCsv(
      readFileSync(new URL('./fixtures/brussels-population.csv', import.meta.url), 'utf8'),
    );
    assert.equal(await source.inhabitants('21001', 2026), 120_887);
    assert.equal(await source.inhabitants('21001', 2019), null);
    assert.equal(await source.inhabitants('99999', 2026), null);
    const later = inhabitantsFromCsv('commune_nis;year;inhabitants\n21001;2020;100\n21001;2024;200\n');
    assert.equal(await later.inhabitants('21001', 2023), 100);
    assert.equal(await later.inhabitants('21001', 2025), 200);
  });
});
