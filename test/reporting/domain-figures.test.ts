// The definitions behind the dashboard's further figures: where each commune's tile lies, how
// rates fall into the map's bands, applications' median days per stage, clinicians' use of
// their contingent, and what the published (suppressed) tables hide.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { BUNDLED_POPULATION } from '../../src/reference/population.ts';
import { BAND_COUNT, BRUSSELS_TILES, rateBands } from '../../src/reporting/domain/commune-tiles.ts';
import { contingentUse, useBand } from '../../src/reporting/domain/contingent-use.ts';
import { calendarDaysBetween, stageMedians } from '../../src/reporting/domain/stage-durations.ts';
import { figureTables } from '../../src/reporting/figure-tables.ts';
import type { DashboardFigures } from '../../src/reporting/figures.ts';
import { bandLabel } from '../../src/reporting/tile-map.tsx';

const at = (iso: string) => new Date(iso);

describe('the Brussels tile map', () => {
  it('has one tile for each of the 19 communes of the population data, no two on the same square', () => {
    const communes = readFileSync(BUNDLED_POPULATION, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    assert.deepEqual(Object.keys(BRUSSELS_TILES).sort(), [...new Set(communes)].sort());
    const squares = Object.values(BRUSSELS_TILES).map(([column, row]) => `${column},${row}`);
    assert.equal(new Set(squares).size, 19);
    for (const [column, row] of Object.values(BRUSSELS_TILES)) assert.ok(column < 5 && row < 5);
  });

  it('puts Uccle south of Schaerbeek and Anderlecht west of Etterbeek', () => {
    assert.ok(BRUSSELS_TILES['21016']![1] > BRUSSELS_TILES['21015']![1]);
    assert.ok(BRUSSELS_TILES['21001']![0] < BRUSSELS_TILES['21005']![0]);
  });
});

describe('bands of patients per 10,000 inhabitants', () => {
  it('splits 0 to a round maximum in four equal bands, the maximum in the last', () => {
    const bands = rateBands([3.2, 17.5, 38.1, null]);
    assert.equal(bands.bounds.length, BAND_COUNT);
    assert.deepEqual(bands.bounds, [
      [0, 10],
      [10, 20],
      [20, 30],
      [30, 40],
    ]);
    assert.equal(bands.bandOf(0), 0);
    assert.equal(bands.bandOf(9.9), 0);
    assert.equal(bands.bandOf(10), 1);
    assert.equal(bands.bandOf(38.1), 3);
    assert.equal(bands.bandOf(40), 3);
    assert.equal(bands.bandOf(null), null);
  });

  it('still has bands when no commune has a patient', () => {
    const bands = rateBands([0, 0, null]);
    assert.equal(bands.bounds.length, BAND_COUNT);
    assert.equal(bands.bandOf(0), 0);
    assert.ok(bands.bounds[BAND_COUNT - 1]![1] >= 1);
  });

  it('names bands narrower than one with their decimals, never "0 to 0"', () => {
    const small = rateBands([0.5, 0, null]);
    const labels = small.bounds.map((_, band) => bandLabel('fr', small, band));
    assert.equal(new Set(labels).size, BAND_COUNT);
    assert.ok(
      labels.every((label) => /0,25|0,50|0,75|1,00/.test(label)),
      labels.join(' | '),
    );
    const whole = rateBands([38.1]);
    assert.doesNotMatch(bandLabel('en', whole, 1), /\./);
  });
});

describe('applications’ median days per stage', () => {
  const history = (entries: Array<[string, string]>) =>
    entries.map(([status, iso]) => ({ status, at: at(iso) }));

  it('counts calendar days in Brussels, whatever the hour', () => {
    // 23:30 UTC on 31 March is already 1 April in Brussels.
    assert.equal(calendarDaysBetween(at('2026-03-31T23:30:00Z'), at('2026-04-03T08:00:00Z')), 2);
    assert.equal(calendarDaysBetween(at('2026-04-01T08:00:00Z'), at('2026-04-01T17:00:00Z')), 0);
  });

  it('takes the middle of the days each stage lasted, for stages left in the period only', () => {
    const histories = [
      history([
        ['submitted', '2026-03-02T09:00:00Z'],
        ['completeness-check', '2026-03-04T09:00:00Z'],
        ['contact', '2026-03-14T09:00:00Z'],
      ]),
      history([
        ['submitted', '2026-03-10T09:00:00Z'],
        ['completeness-check', '2026-03-16T09:00:00Z'],
      ]),
      history([
        ['submitted', '2026-03-20T09:00:00Z'],
        ['completeness-check', '2026-03-21T09:00:00Z'],
      ]),
      // Left its first stage in February: not in March's figures.
      history([
        ['submitted', '2026-02-01T09:00:00Z'],
        ['completeness-check', '2026-02-28T09:00:00Z'],
      ]),
    ];
    const medians = stageMedians(histories, at('2026-03-01T00:00:00Z'), at('2026-04-01T00:00:00Z'));
    const submitted = medians.find((m) => m.stage === 'submitted')!;
    assert.deepEqual(submitted, { stage: 'submitted', applications: 3, medianDays: 2 });
    assert.deepEqual(
      medians.find((m) => m.stage === 'completeness-check'),
      {
        stage: 'completeness-check',
        applications: 1,
        medianDays: 10,
      },
    );
    // Still in contact: not counted yet.
    assert.deepEqual(
      medians.find((m) => m.stage === 'contact'),
      { stage: 'contact', applications: 0, medianDays: null },
    );
  });

  it('measures a stage from when it was entered, even when an action led to it again', () => {
    const medians = stageMedians(
      [
        history([
          ['submitted', '2026-03-01T09:00:00Z'],
          ['submitted', '2026-03-05T09:00:00Z'],
          ['completeness-check', '2026-03-08T09:00:00Z'],
        ]),
        history([
          ['submitted', '2026-03-01T09:00:00Z'],
          ['completeness-check', '2026-03-02T09:00:00Z'],
        ]),
      ],
      at('2026-03-01T00:00:00Z'),
      at('2026-04-01T00:00:00Z'),
    );
    // 7 and 1 days: the median of two is their mean.
    assert.equal(medians[0]!.medianDays, 4);
  });
});

describe('sessions per clinician against their contingent', () => {
  it('expects sessions a week × the period’s weeks and bands each holder by the share used', () => {
    assert.equal(useBand(4, 10), 'under-half');
    assert.equal(useBand(5, 10), 'half-to-most');
    assert.equal(useBand(9, 10), 'on-track');
    assert.equal(useBand(11, 10), 'on-track');
    assert.equal(useBand(12, 10), 'over');
    // April: 30 days. Ann has 2 a week (8.6 expected), Bob 1 a week (4.3), Cleo none and 3 sessions.
    const use = contingentUse(
      new Map([
        ['ann', 8],
        ['bob', 1],
        ['cleo', 3],
        ['dan', 0],
      ]),
      new Map([
        ['ann', 2],
        ['bob', 1],
      ]),
      30,
    );
    assert.equal(use.activeClinicians, 3);
    assert.equal(use.medianSessions, 3);
    assert.equal(use.withContingent, 2);
    assert.equal(use.sessionsOfHolders, 9);
    assert.equal(use.expected, 12.9);
    assert.deepEqual(use.bands, { 'under-half': 1, 'half-to-most': 0, 'on-track': 1, over: 0 });
  });
});

describe('the further figures once they leave the staff screens', () => {
  const figures: DashboardFigures = {
    period: { first: '2026-01', last: '2026-12' },
    clinicianPeriod: { first: '2026-01', last: '2026-12' },
    communes: {
      communes: [
        {
          nis: '21015',
          names: { fr: 'Schaerbeek', nl: 'Schaarbeek' },
          patients: 12,
          inhabitants: 133_042,
          rate: 0.9,
        },
        { nis: '21009', names: { fr: 'Ixelles', nl: 'Elsene' }, patients: 3, inhabitants: 87_632, rate: 0.3 },
      ],
      elsewhere: 0,
      populationYear: 2026,
    },
    groups: [
      { month: '2026-01', groups: 2, participants: 12 },
      { month: '2026-02', groups: 1, participants: 3 },
    ],
    stages: null,
    clinicians: null,
    listing: {
      listed: 20,
      accepting: 17,
      bands: { 'within-a-week': 8, 'within-a-month': 9, 'one-to-three-months': 2, 'over-three-months': 1 },
      outOfDate: 6,
    },
  };
  const names = { month: (month: string) => month, period: '2026' };

  it('shows staff every count exactly', () => {
    const tables = figureTables('en', figures, names);
    assert.deepEqual(tables.communes.rows[1], ['Ixelles (Elsene)', 3, 87_632, 0.3]);
    assert.deepEqual(tables.groups!.rows[2], ['The whole period', 3, 15]);
  });

  it('hides counts under 5, the rates they give, and what the totals would give back', () => {
    const tables = figureTables('en', figures, names, true);
    assert.deepEqual(tables.communes.rows[0], ['Schaerbeek (Schaarbeek)', 12, 133_042, 0.9]);
    assert.deepEqual(tables.communes.rows[1], ['Ixelles (Elsene)', '< 5', 87_632, '< 5']);
    // February's 3 participants are hidden, and so is January's or the total (either gives it back).
    const participants = tables.groups!.rows.map((row) => row[2]);
    assert.equal(participants[1], '< 5');
    assert.ok(participants[0] === '< 5' || participants[2] === '< 5');
    // 17 of 20 accept: the 3 who do not would show, so the count is hidden.
    const listing = Object.fromEntries(tables.listing!.rows.map(([label, value]) => [label, value]));
    assert.equal(listing['Accepting new patients'], '< 5');
    assert.equal(listing['Declared waiting time: more than three months'], '< 5');
    assert.equal(listing['Profiles possibly out of date'], 6);
  });
});
