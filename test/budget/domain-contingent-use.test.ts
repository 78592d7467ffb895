// Each contingent's use of the year so far: a service's contingent draws on the sessions its
// clinicians recorded for it, a clinician's on their own sessions only; a service's hours are its
// sessions' cost at the hourly rate, in quarter hours.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type BudgetPlan,
  budgetFigures,
  contingentUses,
  daysSoFar,
  emptyPlan,
  type UsageLine,
} from '../../src/budget/domain/index.ts';

const plan: BudgetPlan = {
  ...emptyPlan('brumenta', 2026),
  allocationCents: 10_000_000,
  defaultFeeCents: 7500,
  hourlyRateCents: 6000,
  envelopes: [{ id: 'zone-north', label: 'North', kind: 'zone', key: 'north', allocationCents: 5_000_000 }],
  contingents: [
    {
      holderId: 'ana',
      holderKind: 'clinician',
      perWeek: 4,
      function: 'support',
      mode: 'individual',
      zoneId: null,
    },
    {
      holderId: 'canal',
      holderKind: 'service',
      perWeek: 10,
      function: 'support',
      mode: 'individual',
      zoneId: 'north',
    },
  ],
};

const line = (over: Partial<UsageLine>): UsageLine => ({
  clinicianId: 'ana',
  function: 'support',
  mode: 'individual',
  outcome: 'reimbursed',
  sessions: 1,
  feeCents: 7500,
  unknownFeeSessions: 0,
  zoneId: '',
  serviceId: '',
  ...over,
});

describe('contingent use', () => {
  it('counts the days of the year so far', () => {
    for (const [today, days] of [
      ['2025-12-31', 0],
      ['2026-01-01', 1],
      ['2026-01-07', 7],
      ['2026-12-31', 365],
      ['2027-03-01', 365],
    ] as const) {
      assert.equal(daysSoFar(2026, today), days, today);
    }
  });

  const cases: Array<{
    name: string;
    lines: UsageLine[];
    ana: [number, number];
    canal: [number, number | null];
  }> = [
    { name: 'nothing recorded', lines: [], ana: [0, 0], canal: [0, 0] },
    { name: 'her own session', lines: [line({})], ana: [1, 7500], canal: [0, 0] },
    {
      name: 'her sessions for the service',
      lines: [line({ serviceId: 'canal', sessions: 2, feeCents: 15_000 })],
      ana: [0, 0],
      // €150 at €60 an hour: 2.5 hours.
      canal: [2, 2.5],
    },
    {
      name: 'another clinician of the service, a fee care did not know',
      lines: [line({ clinicianId: 'bob', serviceId: 'canal', feeCents: 0, unknownFeeSessions: 1 })],
      ana: [0, 0],
      // The network's €75: 1.25 hours.
      canal: [1, 1.25],
    },
    {
      name: 'cancelled and refused sessions',
      lines: [
        line({ outcome: 'cancelled', feeCents: 0 }),
        line({ outcome: 'refused', serviceId: 'canal', feeCents: 0 }),
      ],
      ana: [0, 0],
      canal: [0, 0],
    },
  ];
  for (const { name, lines, ana, canal } of cases) {
    it(`draws ${name} on the right contingent`, () => {
      const [anaUse, canalUse] = contingentUses(plan, lines, '2026-01-14');
      assert.deepEqual([anaUse!.used, anaUse!.consumedCents], ana);
      assert.deepEqual([canalUse!.sessions, canalUse!.used], canal);
      // Two weeks of the year: 8 sessions and 20 hours given, at €75 and €60.
      assert.equal(anaUse!.due, 8);
      assert.equal(anaUse!.dueCents, 60_000);
      assert.equal(canalUse!.due, 20);
      assert.equal(canalUse!.dueCents, 120_000);
    });
  }

  it('gives a service no hours without an hourly rate, only their cost', () => {
    const [, canal] = contingentUses(
      { ...plan, hourlyRateCents: null },
      [line({ serviceId: 'canal' })],
      '2026-01-14',
    );
    assert.equal(canal!.used, null);
    assert.equal(canal!.dueCents, null);
    assert.equal(canal!.consumedCents, 7500);
  });

  it('places a service’s session of unknown zone in the zone its contingent draws on', () => {
    const figures = budgetFigures(
      plan,
      { year: [line({ serviceId: 'canal' })], window: [], windowDays: 0 },
      '2026-01-14',
    );
    assert.equal(figures.envelopes[0]!.consumedCents, 7500);
    // Her own session of unknown zone has no contingent zone: it is in no zone envelope.
    const own = budgetFigures(plan, { year: [line({})], window: [], windowDays: 0 }, '2026-01-14');
    assert.equal(own.envelopes[0]!.consumedCents, 0);
  });

  it('never draws a line on two contingents, and the contingents never draw more than the budget consumed', () => {
    const arbitraryLine = fc.record({
      clinicianId: fc.constantFrom('ana', 'bob'),
      serviceId: fc.constantFrom('', 'canal', 'other'),
      outcome: fc.constantFrom('reimbursed' as const, 'cancelled' as const, 'refused' as const),
      sessions: fc.integer({ min: 1, max: 5 }),
      feeCents: fc.integer({ min: 0, max: 50_000 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryLine, { maxLength: 12 }), (drawn) => {
        const lines = drawn.map((l) => line(l.outcome === 'reimbursed' ? l : { ...l, feeCents: 0 }));
        const uses = contingentUses(plan, lines, '2026-06-30');
        const total = budgetFigures(
          plan,
          { year: lines, window: [], windowDays: 0 },
          '2026-06-30',
        ).consumedCents;
        const drawnCents = uses.reduce((sum, use) => sum + use.consumedCents, 0);
        assert.ok(drawnCents <= total);
        const outside = lines
          .filter(
            (l) =>
              l.outcome === 'reimbursed' &&
              !(l.serviceId === 'canal' || (!l.serviceId && l.clinicianId === 'ana')),
          )
          .reduce((sum, l) => sum + l.feeCents, 0);
        assert.equal(drawnCents + outside, total);
      }),
    );
  });
});
