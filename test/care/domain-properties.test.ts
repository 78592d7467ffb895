import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type CareRulesConfig,
  careRulesConfig,
  decideSession,
  type PastSession,
  type ProposedSession,
} from '../../src/care/domain/index.ts';
import { adultSession, assertCapsHold, decideInOrder, pathArb, proposals } from './support/paths.ts';

const configArb: fc.Arbitrary<CareRulesConfig> = fc
  .record({
    capGroupBy: fc.constantFrom('network-type' as const, 'age' as const),
    groupCopayBimCents: fc.integer({ min: -1000, max: 1000 }),
    freeFirstSession: fc.constantFrom(
      'once-per-window' as const,
      'once-per-window-per-function' as const,
      'off' as const,
    ),
    oneSessionPerDay: fc.boolean(),
    noParallelSupportTreatment: fc.boolean(),
  })
  .map((overrides) => careRulesConfig(overrides));

describe('invariants', () => {
  it('a copay is never negative, and exists exactly when the session is reimbursed', () => {
    fc.assert(
      fc.property(pathArb(), configArb, (path, config) => {
        const sessions = proposals(path);
        for (const decision of decideInOrder(sessions, config)) {
          assert.equal(decision.copayCents !== null, decision.reimbursable);
          if (decision.copayCents !== null) assert.ok(decision.copayCents >= 0);
        }
      }),
    );
  });

  it('never reimburses more sessions of one function and mode than its cap in any 12 months', () => {
    fc.assert(
      fc.property(pathArb(), (path) => {
        const sessions = proposals(path);
        const decisions = decideInOrder(sessions);
        assertCapsHold(
          sessions.map((session, i) => ({ session, decision: decisions[i]! })),
          path.patient.networkType,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order in which the history is given', () => {
    const withOrder = pathArb().chain((path) =>
      fc.tuple(
        fc.constant(path),
        // A permutation of the sessions before the last one.
        fc.shuffledSubarray([...Array(path.visits.length - 1).keys()], { minLength: path.visits.length - 1 }),
      ),
    );
    fc.assert(
      fc.property(withOrder, ([path, order]) => {
        const sessions = proposals(path);
        const decisions = decideInOrder(sessions);
        const history: PastSession[] = sessions.slice(0, -1).map((s, i) => ({
          date: s.date,
          function: s.function,
          mode: s.mode,
          reimbursable: decisions[i]?.reimbursable ?? false,
        }));
        const shuffled = order.map((i) => history[i]!);
        const last = sessions.at(-1)!;
        assert.deepEqual(decideSession(last, shuffled), decideSession(last, history));
      }),
    );
  });

  it('cancelling a session never turns a reimbursed session into a refused one', () => {
    // Each later session is re-decided against its own history without the cancelled one. (The
    // rolling window makes a full re-decision of the rest of the path non-monotone: see the
    // examples below.)
    fc.assert(
      fc.property(pathArb(), fc.nat(), (path, pick) => {
        const sessions = proposals(path);
        const decisions = decideInOrder(sessions);
        const history: PastSession[] = sessions.map((s, i) => ({
          date: s.date,
          function: s.function,
          mode: s.mode,
          reimbursable: decisions[i]?.reimbursable ?? false,
        }));
        const cancelled = pick % sessions.length;
        for (const [j, session] of sessions.entries()) {
          if (j <= cancelled || !decisions[j]?.reimbursable) continue;
          const without = history.slice(0, j).filter((_, i) => i !== cancelled);
          const again = decideSession(session, without);
          assert.equal(
            again.reimbursable,
            true,
            `session ${j} on ${session.date} after cancelling ${cancelled}`,
          );
          assert.ok((again.sessionNumber ?? 0) <= (decisions[j]?.sessionNumber ?? 0));
        }
      }),
    );
  });
});

/** Decides a path in order and says, per session, 'ok' or why it is refused. */
function outcomes(sessions: ProposedSession[]): string[] {
  return decideInOrder(sessions).map((decision) => decision.reason ?? 'ok');
}

describe('re-deciding a whole path after a cancellation (rolling-window effects)', () => {
  it('a cancelled early session frees a place that a refused session takes, pushing a later one over the cap', () => {
    const monthly = [
      '2024-05-01',
      '2024-06-01',
      '2024-07-01',
      '2024-08-01',
      '2024-09-01',
      '2024-10-01',
      '2024-11-01',
    ]
      .concat(['2024-12-01', '2025-01-01', '2025-05-02'])
      .map((date) => adultSession(date));
    // 8 reimbursed, the 9th refused, the 10th reimbursed again because 2024-05-01 left its window.
    assert.deepEqual(outcomes(monthly), [...Array(8).fill('ok'), 'cap-reached', 'ok']);
    // Cancel 2024-05-01: 2025-01-01 is now reimbursed, and 2025-05-02 is the 9th in its window.
    assert.deepEqual(outcomes(monthly.slice(1)), [...Array(8).fill('ok'), 'cap-reached']);
  });

  it('a cancelled support session lets a same-day treatment session through, which then blocks support', () => {
    const path = [
      adultSession('2024-05-01'),
      adultSession('2024-05-01', 'treatment'),
      adultSession('2024-06-01'),
    ];
    assert.deepEqual(outcomes(path), ['ok', 'same-day', 'ok']);
    assert.deepEqual(outcomes(path.slice(1)), ['ok', 'parallel-support-treatment']);
  });
});
