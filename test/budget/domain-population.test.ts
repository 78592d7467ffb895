// Zone envelopes proposed from the communes' figures: shares by the chosen weights, rounded by
// largest remainder so that the envelopes sum to the amount to the cent.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type CommunePopulation,
  type Envelope,
  envelopesFit,
  largestRemainder,
  proposeZoneEnvelopes,
  type ZoneTerritory,
} from '../../src/budget/domain/index.ts';

const commune = (
  nis: string,
  inhabitants: number,
  young: number | null = null,
  bim: number | null = null,
): CommunePopulation => ({
  nis,
  inhabitants,
  youngInhabitants: young,
  increasedReimbursementShare: bim,
});

describe('largest remainder', () => {
  const cases: Array<[number, number[], number[]]> = [
    [100, [1, 1, 1], [34, 33, 33]],
    [10, [1, 2], [3, 7]],
    [7, [0, 1], [0, 7]],
    [1, [1, 1, 1, 1], [1, 0, 0, 0]],
    [500_000_000, [120_887, 34_404, 25_502], [334_324_338, 95_147_489, 70_528_173]],
  ];
  for (const [amount, weights, parts] of cases) {
    it(`${amount} by ${weights.join(':')} → ${parts.join(' + ')}`, () => {
      assert.deepEqual(largestRemainder(amount, weights), parts);
    });
  }

  it('always sums exactly to the amount, each part within a cent of its quota (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 25 })
          .filter((w) => w.some((x) => x > 0)),
        (amount, weights) => {
          const parts = largestRemainder(amount, weights);
          assert.equal(
            parts.reduce((a, b) => a + b, 0),
            amount,
          );
          const total = weights.reduce((a, b) => a + b, 0);
          for (const [i, part] of parts.entries())
            assert.ok(Math.abs(part - (amount * weights[i]!) / total) < 1.000001);
        },
      ),
    );
  });
});

describe('zone envelopes by population', () => {
  // Two zones; commune 3 spans both, split 25 % / 75 % by the network.
  const zones: ZoneTerritory[] = [
    {
      zoneId: 'north',
      communes: [
        { nis: '1', part: 1 },
        { nis: '3', part: 0.25 },
      ],
    },
    {
      zoneId: 'south',
      communes: [
        { nis: '2', part: 1 },
        { nis: '3', part: 0.75 },
      ],
    },
  ];
  const population = [commune('1', 300, 100, 0.5), commune('2', 500, 100, 0.1), commune('3', 400, 200, 0.25)];
  const propose = (weights: Parameters<typeof proposeZoneEnvelopes>[3]) =>
    proposeZoneEnvelopes(1_000_00, zones, population, weights);
  const cents = (outcome: ReturnType<typeof propose>) =>
    outcome.ok ? outcome.proposals.map((p) => p.allocationCents) : outcome;

  it('by inhabitants: 400 and 800 of 1 200', () =>
    assert.deepEqual(cents(propose({ inhabitants: 1 })), [33_333, 66_667]));
  it('by young inhabitants: 150 and 250 of 400', () =>
    assert.deepEqual(cents(propose({ young: 1 })), [37_500, 62_500]));
  it('by inhabitants with increased reimbursement: 175 and 125', () =>
    assert.deepEqual(cents(propose({ 'increased-reimbursement': 1 })), [58_333, 41_667]));
  it('an equal share', () => assert.deepEqual(cents(propose({ equal: 1 })), [50_000, 50_000]));
  it('half inhabitants, half equal', () =>
    assert.deepEqual(cents(propose({ inhabitants: 1, equal: 1 })), [41_667, 58_333]));

  it('names the communes whose figures the chosen criterion needs and the data lacks', () => {
    const outcome = proposeZoneEnvelopes(
      100,
      zones,
      [commune('1', 300), commune('2', 500), commune('3', 400)],
      { young: 1 },
    );
    assert.deepEqual(outcome, {
      ok: false,
      error: { code: 'missing-figures', criterion: 'young', communes: ['1', '2', '3'] },
    });
  });

  it('refuses weights that are all zero', () => {
    assert.deepEqual(propose({ inhabitants: 0 }), { ok: false, error: { code: 'no-weight' } });
  });

  it('refuses a criterion that counts nobody in the whole network rather than split by it', () => {
    const outcome = proposeZoneEnvelopes(
      100,
      zones,
      [commune('1', 3, 0), commune('2', 2, 0), commune('3', 1, 0)],
      {
        young: 1,
        equal: 1,
      },
    );
    assert.deepEqual(outcome, { ok: false, error: { code: 'no-population', criterion: 'young' } });
  });

  it('the envelopes sum to the amount whatever the figures and weights (property)', () => {
    // At least 4 inhabitants, so at least one young one (a quarter): a criterion that counts nobody
    // in the whole network is refused ('no-population', the test above), not split.
    const figures = fc.array(fc.integer({ min: 4, max: 200_000 }), { minLength: 2, maxLength: 19 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        figures,
        fc.integer({ min: 1, max: 6 }),
        fc.nat(10),
        fc.nat(10),
        (amount, inhabitants, zoneCount, w1, w2) => {
          const communes = inhabitants.map((n, i) => commune(String(i), n, Math.floor(n / 4), 0.2));
          const territories = Array.from({ length: zoneCount }, (_, z) => ({
            zoneId: `z${z}`,
            communes: communes.filter((_, i) => i % zoneCount === z).map((c) => ({ nis: c.nis, part: 1 })),
          }));
          const outcome = proposeZoneEnvelopes(amount, territories, communes, {
            inhabitants: w1,
            young: w2,
            equal: 1,
          });
          assert.ok(outcome.ok);
          assert.equal(
            outcome.proposals.reduce((sum, p) => sum + p.allocationCents, 0),
            amount,
          );
        },
      ),
    );
  });

  it('a plan fully split by population holds exactly its allocation, and fits (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (allocation, firstLineShare) => {
          const firstLine = Math.floor(allocation * firstLineShare);
          const outcome = proposeZoneEnvelopes(allocation - firstLine, zones, population, {
            inhabitants: 2,
            equal: 1,
          });
          assert.ok(outcome.ok);
          const envelopes: Envelope[] = [
            {
              id: 'first-line-support',
              label: 'First line',
              kind: 'first-line-support',
              key: null,
              allocationCents: firstLine,
            },
            ...outcome.proposals.map(
              (p): Envelope => ({
                id: p.zoneId,
                label: p.zoneId,
                kind: 'zone',
                key: p.zoneId,
                allocationCents: p.allocationCents,
              }),
            ),
          ];
          assert.equal(
            envelopes.reduce((sum, e) => sum + e.allocationCents, 0),
            allocation,
          );
          assert.ok(envelopesFit(allocation, envelopes));
          assert.ok(!envelopesFit(allocation - 1, envelopes) || allocation === 0);
        },
      ),
    );
  });
});
