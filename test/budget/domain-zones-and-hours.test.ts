// Per-zone consumption (each session counts in the zone it took place in) and a conventioned
// service's contingent in hours a week (valued at the network's hourly rate, never as sessions).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type BudgetPlan,
  budgetFigures,
  type CareFee,
  type Contingent,
  committedCents,
  contingentRate,
  emptyPlan,
  type UsageLine,
  weeklyValue,
} from '../../src/budget/domain/index.ts';
import { contingentImpact } from '../../src/budget/impact.ts';
import type { BudgetView } from '../../src/budget/service.ts';

const service = (perWeek: number, over: Partial<Contingent> = {}): Contingent => ({
  holderId: 'svc',
  holderKind: 'service',
  perWeek,
  function: 'support',
  mode: 'individual',
  zoneId: 'east',
  ...over,
});

const plan: BudgetPlan = {
  ...emptyPlan('brumenta', 2026),
  allocationCents: 2_000_000,
  defaultFeeCents: 7500,
  hourlyRateCents: 6000,
  fees: [{ function: 'support', mode: 'individual', feeCents: 9000 }],
  envelopes: [
    { id: 'zone-east', label: 'Est', kind: 'zone', key: 'east', allocationCents: 1_000_000 },
    { id: 'zone-south', label: 'Sud', kind: 'zone', key: 'south', allocationCents: 1_000_000 },
  ],
  contingents: [
    {
      holderId: 'ana',
      holderKind: 'clinician',
      perWeek: 4,
      function: 'support',
      mode: 'individual',
      zoneId: 'east',
    },
  ],
};

/** A care rule that knows a fee for every function and mode (as the 2026 convention might). */
const careKnowsAll: CareFee = () => 12_345;

describe('a service’s contingent in hours a week', () => {
  const cases: Array<[string, BudgetPlan, Contingent, string, number]> = [
    ['10 h × 2 weeks × €60', plan, service(10), '2026-12-18', 2 * 10 * 6000],
    ['the whole year: 52 weeks', plan, service(10), '2026-01-01', 52 * 10 * 6000],
    ['half hours are kept, not rounded to sessions', plan, service(7.5), '2026-12-18', 2 * 45_000],
    ['a rate of €72.50 an hour', { ...plan, hourlyRateCents: 7250 }, service(3), '2026-12-18', 2 * 21_750],
    [
      'no hourly rate set: nothing is committed',
      { ...plan, hourlyRateCents: null },
      service(10),
      '2026-06-01',
      0,
    ],
    ['the year is over: nothing left to commit', plan, service(10), '2027-01-02', 0],
  ];
  for (const [name, p, contingent, today, cents] of cases) {
    it(name, () => assert.equal(committedCents({ ...p, contingents: [contingent] }, today), cents, name));
  }

  it('is valued at the hourly rate, never at a session fee (the network’s, per function, or care’s)', () => {
    assert.equal(contingentRate(plan, service(10), careKnowsAll), 6000);
    assert.equal(weeklyValue(plan, service(10), careKnowsAll), 60_000);
    assert.equal(contingentRate(plan, service(10, { function: 'treatment', mode: 'group' })), 6000);
    // A clinician's sessions of the same function take the fees instead.
    assert.equal(contingentRate(plan, { ...service(10), holderKind: 'clinician' }), 9000);
    assert.equal(contingentRate(plan, { ...service(10), holderKind: 'clinician' }, careKnowsAll), 12_345);
  });

  it('shows its live impact and what it leaves in its zone’s envelope', () => {
    const today = '2026-12-18';
    const view: BudgetView = {
      plan,
      isSet: true,
      versions: [],
      figures: budgetFigures(plan, { year: [], window: [], windowDays: 0 }, today),
      contingentUses: [],
      today,
    };
    const impact = contingentImpact(view, { ...service(10), holderId: null });
    assert.ok(impact.isSet);
    assert.equal(impact.rateCents, 6000);
    assert.equal(impact.weeks, 2);
    assert.equal(impact.impactCents, 2 * 10 * 6000);
    assert.equal(impact.envelopeLabel, 'Est');
    // Ana's 4 sessions × €90 × 2 weeks are already committed in the East envelope.
    assert.equal(impact.leftCents, 1_000_000 - 2 * 4 * 9000);
    assert.equal(impact.leftAfterCents, 1_000_000 - 2 * 4 * 9000 - 120_000);
    assert.equal(contingentImpact({ ...view, isSet: false }, { ...service(1), holderId: null }).isSet, false);
  });
});

describe('consumption per zone', () => {
  const line = (over: Partial<UsageLine>): UsageLine => ({
    clinicianId: 'ana',
    function: 'support',
    mode: 'individual',
    outcome: 'reimbursed',
    sessions: 1,
    feeCents: 9000,
    unknownFeeSessions: 0,
    ...over,
  });
  const zoneFigures = (lines: UsageLine[], window: UsageLine[] = [], today = '2026-12-28') =>
    Object.fromEntries(
      budgetFigures(plan, { year: lines, window, windowDays: window.length ? 28 : 0 }, today).envelopes.map(
        (e) => [e.envelope.key, { consumed: e.consumedCents, forecast: e.forecastCents }],
      ),
    );

  it('counts each session in the zone it took place in, whatever zone the contingent draws on', () => {
    const figures = zoneFigures([
      line({ zoneId: 'east', sessions: 2, feeCents: 18_000 }),
      line({ zoneId: 'south', sessions: 3, feeCents: 27_000 }),
    ]);
    assert.equal(figures.east!.consumed, 18_000);
    assert.equal(figures.south!.consumed, 27_000);
  });

  it('counts a session of unknown zone (recorded before zones were kept) in its contingent’s zone', () => {
    const figures = zoneFigures([line({ zoneId: '', feeCents: 9000 }), line({ feeCents: 9000 })]);
    assert.deepEqual(figures.east, { consumed: 18_000, forecast: figures.east!.forecast });
    assert.equal(figures.south!.consumed, 0);
  });

  it('never counts cancelled or refused sessions in a zone', () => {
    const figures = zoneFigures([
      line({ zoneId: 'south', outcome: 'cancelled', sessions: 5, feeCents: 0 }),
      line({ zoneId: 'south', outcome: 'refused', sessions: 2, feeCents: 0 }),
    ]);
    assert.equal(figures.south!.consumed, 0);
  });

  it('forecasts each zone from its own run rate', () => {
    // 28 days of history in the window; 3 days left after 28 December.
    const window = [line({ zoneId: 'south', sessions: 28, feeCents: 28 * 1000 })];
    const figures = zoneFigures([line({ zoneId: 'south', sessions: 28, feeCents: 28 * 1000 })], window);
    assert.deepEqual(figures.south, { consumed: 28_000, forecast: 28_000 + 3 * 1000 });
    // East has no sessions: its forecast is what Ana's contingent still commits (none: 0 weeks left).
    assert.deepEqual(figures.east, { consumed: 0, forecast: 0 });
  });
});
