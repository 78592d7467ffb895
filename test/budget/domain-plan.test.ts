// Plans and their versions: what a change may do, and that the dated history replays to the plan.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyChange,
  type BudgetPlan,
  type Envelope,
  emptyPlan,
  envelopesFit,
  feeFor,
  type PlanChange,
  type PlanVersion,
  planAsOf,
  replay,
} from '../../src/budget/domain/index.ts';

const zone = (id: string, cents: number): Envelope => ({
  id: `zone-${id}`,
  label: id,
  kind: 'zone',
  key: id,
  allocationCents: cents,
});
const firstLine = (cents: number): Envelope => ({
  id: 'first-line',
  label: 'First-line support',
  kind: 'first-line-support',
  key: null,
  allocationCents: cents,
});
const set = (
  allocationCents: number,
  extra: Partial<Extract<PlanChange, { kind: 'set' }>> = {},
): PlanChange => ({
  kind: 'set',
  allocationCents,
  defaultFeeCents: 7500,
  ...extra,
});
const version = (number: number, at: string, change: PlanChange): PlanVersion => ({
  number,
  at,
  by: 'admin@example.be',
  change,
});

describe('envelopes fit the allocation', () => {
  const cases: Array<[string, number, Envelope[], boolean]> = [
    ['no envelope', 1000, [], true],
    ['zones exactly the amount', 1000, [zone('a', 600), zone('b', 400)], true],
    ['zones one cent over', 1000, [zone('a', 600), zone('b', 401)], false],
    ['zones and first-line support exactly', 1000, [zone('a', 500), zone('b', 400), firstLine(100)], true],
    ['first-line support pushes the zones over', 1000, [zone('a', 600), zone('b', 400), firstLine(1)], false],
    [
      'zones and functions are two views of the same money, each within it',
      1000,
      [
        zone('a', 1000),
        { id: 'f', label: 'Support', kind: 'function', key: 'support', allocationCents: 1000 },
      ],
      true,
    ],
  ];
  for (const [name, amount, envelopes, fits] of cases) {
    it(name, () => assert.equal(envelopesFit(amount, envelopes), fits));
  }
});

describe('changes to a plan', () => {
  const base = (
    applyChange(
      emptyPlan('brumenta', 2026),
      set(100_000, { envelopes: [zone('a', 60_000), zone('b', 40_000)] }),
      false,
    ) as { ok: true; plan: BudgetPlan }
  ).plan;

  it('refuses envelopes over the amount, naming the envelopes', () => {
    const applied = applyChange(
      base,
      set(100_000, { envelopes: [zone('a', 60_001), zone('b', 40_000)] }),
      true,
    );
    assert.deepEqual(applied, { ok: false, errors: [{ field: 'envelopes', code: 'over-allocation' }] });
  });

  it('keeps the envelopes when a new amount leaves them out, and refuses an amount below them', () => {
    const kept = applyChange(base, set(120_000), true);
    assert.ok(kept.ok);
    assert.deepEqual(kept.plan.envelopes, base.envelopes);
    assert.deepEqual(applyChange(base, set(99_999), true), {
      ok: false,
      errors: [{ field: 'allocationCents', code: 'below-envelopes' }],
    });
  });

  it('refuses two envelopes with one id', () => {
    const applied = applyChange(base, set(100_000, { envelopes: [zone('a', 1), zone('a', 2)] }), true);
    assert.deepEqual(applied, {
      ok: false,
      errors: [{ field: 'envelopes.1.id', code: 'duplicate-envelope' }],
    });
  });

  it('adjusts an envelope only with a reason', () => {
    const without = applyChange(
      base,
      { kind: 'adjust-envelope', envelopeId: 'zone-a', allocationCents: 50_000, reason: '  ' },
      true,
    );
    assert.deepEqual(without, { ok: false, errors: [{ field: 'reason', code: 'reason-required' }] });
    const adjusted = applyChange(
      base,
      {
        kind: 'adjust-envelope',
        envelopeId: 'zone-a',
        allocationCents: 50_000,
        reason: 'Hospital outreach moved',
      },
      true,
    );
    assert.ok(adjusted.ok);
    assert.equal(adjusted.plan.envelopes[0]!.allocationCents, 50_000);
  });

  it('asks a reason for a contingent changed after signing, not for the first one', () => {
    const contingent = {
      holderId: 'c1',
      holderKind: 'clinician' as const,
      perWeek: 4,
      function: 'support' as const,
      mode: 'individual' as const,
      zoneId: 'a',
    };
    const first = applyChange(base, { kind: 'set-contingent', contingent, reason: null }, true);
    assert.ok(first.ok);
    const again = applyChange(
      first.plan,
      { kind: 'set-contingent', contingent: { ...contingent, perWeek: 6 }, reason: null },
      true,
    );
    assert.deepEqual(again, { ok: false, errors: [{ field: 'reason', code: 'reason-required' }] });
  });

  it('uses the network’s fee for a function and mode, else its default fee, never an invented one', () => {
    const plan: BudgetPlan = { ...base, fees: [{ function: 'support', mode: 'group', feeCents: 32_600 }] };
    assert.equal(feeFor(plan, 'support', 'group'), 32_600);
    assert.equal(feeFor(plan, 'treatment', 'individual'), 7500);
    assert.equal(feeFor({ ...plan, defaultFeeCents: null }, 'treatment', 'individual'), null);
  });
});

describe('versions', () => {
  const history = [
    version(1, '2026-01-05T09:00:00Z', set(100_000)),
    version(2, '2026-02-10T23:30:00Z', set(100_000, { envelopes: [zone('a', 70_000), zone('b', 30_000)] })),
    version(3, '2026-03-01T08:00:00Z', {
      kind: 'adjust-envelope',
      envelopeId: 'zone-b',
      allocationCents: 25_000,
      reason: 'Fewer clinicians',
    }),
  ];

  it('replays to the plan, and the plan on a date is the one of the versions made by then', () => {
    assert.equal(replay('brumenta', 2026, history)!.envelopes[1]!.allocationCents, 25_000);
    assert.equal(planAsOf('brumenta', 2026, history, '2026-01-04'), null);
    assert.deepEqual(planAsOf('brumenta', 2026, history, '2026-01-31')!.envelopes, []);
    // 23:30 UTC on 10 February (CET, UTC+1) is already 11 February in Brussels.
    assert.deepEqual(planAsOf('brumenta', 2026, history, '2026-02-10')!.envelopes, []);
    assert.equal(planAsOf('brumenta', 2026, history, '2026-02-11')!.envelopes[1]!.allocationCents, 30_000);
  });

  it('replays the same plan whatever order the versions are read in (property)', () => {
    const amounts = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 1000 }), (list, seed) => {
        const versions = list.map((amount, i) =>
          version(
            i + 1,
            `2026-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
            set(amount, { envelopes: [zone('a', Math.floor(amount / 2))] }),
          ),
        );
        const shuffled = [...versions].sort(
          (a, b) => ((a.number * 7919 + seed) % 13) - ((b.number * 7919 + seed) % 13),
        );
        const once = replay('brumenta', 2026, versions);
        assert.deepEqual(replay('brumenta', 2026, shuffled), once);
        assert.deepEqual(replay('brumenta', 2026, versions), once);
        assert.equal(once!.allocationCents, list.at(-1));
      }),
    );
  });
});
