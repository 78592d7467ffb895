// Committed, consumed, forecast and alerts, from a plan and the care counters' lines.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyChange,
  type BudgetPlan,
  budgetFigures,
  committedCents,
  consumedCents,
  emptyPlan,
  forecastCents,
  newAlerts,
  runRateWindow,
  type UsageLine,
  weeksLeft,
} from '../../src/budget/domain/index.ts';

const plan: BudgetPlan = {
  ...emptyPlan('brumenta', 2026),
  allocationCents: 1_000_000,
  defaultFeeCents: 7500,
  hourlyRateCents: 6000,
  fees: [{ function: 'support', mode: 'group', feeCents: 32_600 }],
  envelopes: [
    { id: 'zone-north', label: 'North', kind: 'zone', key: 'north', allocationCents: 600_000 },
    { id: 'zone-south', label: 'South', kind: 'zone', key: 'south', allocationCents: 400_000 },
    { id: 'treatment', label: 'Treatment', kind: 'function', key: 'treatment', allocationCents: 300_000 },
  ],
  contingents: [
    {
      holderId: 'ana',
      holderKind: 'clinician',
      perWeek: 4,
      function: 'support',
      mode: 'individual',
      zoneId: 'north',
    },
    {
      holderId: 'svc',
      holderKind: 'service',
      perWeek: 10,
      function: 'treatment',
      mode: 'individual',
      zoneId: 'south',
    },
  ],
};

const line = (over: Partial<UsageLine>): UsageLine => ({
  clinicianId: 'ana',
  function: 'support',
  mode: 'individual',
  outcome: 'reimbursed',
  sessions: 1,
  feeCents: 0,
  unknownFeeSessions: 1,
  ...over,
});

describe('consumed', () => {
  const cases: Array<[string, UsageLine[], number]> = [
    ['a reimbursed session whose fee care does not know: the network’s fee', [line({})], 7500],
    ['its fee for the function and mode before the default', [line({ mode: 'group' })], 32_600],
    [
      'a fee care knows is the one paid',
      [line({ feeCents: 7500 * 3, sessions: 3, unknownFeeSessions: 0 })],
      22_500,
    ],
    ['cancelled sessions never count', [line({ outcome: 'cancelled', feeCents: 9999, sessions: 5 })], 0],
    ['refused sessions never count', [line({ outcome: 'refused', feeCents: 9999, sessions: 2 })], 0],
  ];
  for (const [name, lines, cents] of cases) it(name, () => assert.equal(consumedCents(plan, lines), cents));

  it('adding cancelled or refused sessions never changes it (property)', () => {
    const lineArb = fc.record({
      clinicianId: fc.constantFrom('ana', 'bo'),
      function: fc.constantFrom('support', 'treatment', 'community'),
      mode: fc.constantFrom('individual', 'group'),
      outcome: fc.constantFrom('reimbursed' as const, 'cancelled' as const, 'refused' as const),
      sessions: fc.nat(50),
      feeCents: fc.nat(1_000_000),
      unknownFeeSessions: fc.nat(50),
    });
    fc.assert(
      fc.property(fc.array(lineArb), fc.array(lineArb), (lines, more) => {
        const extra = more.map((l) => ({
          ...l,
          outcome: l.outcome === 'reimbursed' ? ('cancelled' as const) : l.outcome,
        }));
        assert.equal(consumedCents(plan, [...lines, ...extra]), consumedCents(plan, lines));
        const reimbursedOnly = lines.filter((l) => l.outcome === 'reimbursed');
        assert.equal(consumedCents(plan, lines), consumedCents(plan, reimbursedOnly));
      }),
    );
  });
});

describe('committed', () => {
  it('counts whole weeks left in the year', () => {
    assert.equal(weeksLeft(2026, '2025-11-01'), 52);
    assert.equal(weeksLeft(2026, '2026-01-01'), 52);
    assert.equal(weeksLeft(2026, '2026-12-18'), 2);
    assert.equal(weeksLeft(2026, '2026-12-26'), 0);
    assert.equal(weeksLeft(2026, '2027-01-01'), 0);
  });

  it('is contingent × weeks left × fee, hours at the hourly rate', () => {
    // 2 weeks: 4 sessions × €75 and 10 hours × €60 a week.
    assert.equal(committedCents(plan, '2026-12-18'), 2 * (4 * 7500 + 10 * 6000));
    assert.equal(committedCents({ ...plan, hourlyRateCents: null }, '2026-12-18'), 2 * 4 * 7500);
  });
});

describe('forecast', () => {
  const cases: Array<[string, Parameters<typeof forecastCents>[0], number]> = [
    [
      'no week of history: the contingents',
      { consumedCents: 0, committedCents: 5000, windowConsumedCents: 0, windowDays: 3, daysLeft: 300 },
      5000,
    ],
    [
      'the run rate for the days left',
      { consumedCents: 1000, committedCents: 0, windowConsumedCents: 700, windowDays: 7, daysLeft: 10 },
      2000,
    ],
    [
      'no more than the contingents allow',
      { consumedCents: 1000, committedCents: 500, windowConsumedCents: 700, windowDays: 7, daysLeft: 10 },
      1500,
    ],
    [
      'the year is over: what was consumed',
      { consumedCents: 1000, committedCents: 0, windowConsumedCents: 700, windowDays: 28, daysLeft: 0 },
      1000,
    ],
  ];
  for (const [name, input, cents] of cases) it(name, () => assert.equal(forecastCents(input), cents));

  it('reads the run rate over whole months covering the last weeks, within the year', () => {
    assert.deepEqual(runRateWindow(2026, '2026-05-20', 4), {
      from: '2026-04-01',
      until: '2026-06-01',
      days: 50,
    });
    assert.deepEqual(runRateWindow(2026, '2026-01-10', 4), {
      from: '2026-01-01',
      until: '2026-02-01',
      days: 10,
    });
    assert.deepEqual(runRateWindow(2026, '2027-03-01', 4), {
      from: '2026-12-01',
      until: '2027-01-01',
      days: 31,
    });
    assert.equal(runRateWindow(2026, '2025-12-31', 4), null);
  });
});

describe('figures per envelope, and alerts', () => {
  const usage = {
    year: [
      line({ sessions: 40, unknownFeeSessions: 40 }),
      line({
        clinicianId: 'svc',
        function: 'treatment',
        feeCents: 150_000,
        sessions: 20,
        unknownFeeSessions: 0,
      }),
      line({ outcome: 'cancelled', sessions: 9 }),
    ],
    window: [line({ sessions: 4, unknownFeeSessions: 4 })],
    windowDays: 28,
  };
  const figures = budgetFigures(plan, usage, '2026-12-28');

  it('splits consumption by the zone of each contingent and by function', () => {
    assert.equal(figures.consumedCents, 40 * 7500 + 150_000);
    assert.deepEqual(
      figures.envelopes.map((e) => [e.envelope.id, e.consumedCents]),
      [
        ['zone-north', 300_000],
        ['zone-south', 150_000],
        ['treatment', 150_000],
      ],
    );
    assert.equal(figures.remainingCents, 1_000_000 - 450_000 - figures.committedCents);
  });

  it('raises each threshold once, and a forecast over the amount', () => {
    const raised = newAlerts(figures, [25, 50, 75], new Set());
    assert.deepEqual(raised, [
      { envelopeId: 'total', kind: 'consumption', threshold: 25 },
      { envelopeId: 'zone-north', kind: 'consumption', threshold: 25 },
      { envelopeId: 'zone-north', kind: 'consumption', threshold: 50 },
      { envelopeId: 'zone-south', kind: 'consumption', threshold: 25 },
      { envelopeId: 'treatment', kind: 'consumption', threshold: 25 },
      { envelopeId: 'treatment', kind: 'consumption', threshold: 50 },
    ]);
    assert.deepEqual(
      newAlerts(
        figures,
        [25, 50, 75],
        new Set(raised.map((a) => `${a.envelopeId} ${a.kind} ${a.threshold}`)),
      ),
      [],
    );
    const over = budgetFigures(
      { ...plan, envelopes: [{ ...plan.envelopes[1]!, allocationCents: 100_000 }] },
      usage,
      '2026-12-28',
    );
    assert.deepEqual(newAlerts(over, [], new Set()), [
      { envelopeId: 'zone-south', kind: 'forecast', threshold: 100 },
    ]);
  });
});

describe('first-line support hours', () => {
  const withFirstLine: BudgetPlan = {
    ...plan,
    envelopes: [
      ...plan.envelopes,
      {
        id: 'first-line-support',
        label: 'First line',
        kind: 'first-line-support',
        key: null,
        allocationCents: 50_000,
      },
    ],
  };
  const usage = { year: [], window: [], windowDays: 0, firstLineQuarterHours: { year: 6, window: 0 } };
  const firstLineOf = (p: BudgetPlan) =>
    budgetFigures(p, usage, '2026-06-15').envelopes.find((e) => e.envelope.kind === 'first-line-support')!;

  it('are consumed from the first-line envelope and the whole plan at the first-line rate, not the service rate', () => {
    const figures = budgetFigures({ ...withFirstLine, firstLineHourlyRateCents: 8000 }, usage, '2026-06-15');
    const firstLine = figures.envelopes.find((e) => e.envelope.kind === 'first-line-support')!;
    assert.equal(firstLine.consumedCents, 12_000); // 1.5 h × 80 €
    assert.equal(figures.consumedCents, 12_000);
    assert.equal(figures.envelopes.find((e) => e.envelope.id === 'zone-north')!.consumedCents, 0);
  });

  it('count nothing while the network has not set its first-line rate', () => {
    assert.equal(firstLineOf(withFirstLine).consumedCents, 0);
  });

  it('keep a rate set earlier when a later version leaves it out', () => {
    const set = applyChange(
      emptyPlan('brumenta', 2026),
      { kind: 'set', allocationCents: 1000, defaultFeeCents: null, firstLineHourlyRateCents: 8000 },
      false,
    );
    assert.ok(set.ok);
    const again = applyChange(set.plan, { kind: 'set', allocationCents: 2000, defaultFeeCents: null }, true);
    assert.ok(again.ok);
    assert.equal(again.plan.firstLineHourlyRateCents, 8000);
  });
});
