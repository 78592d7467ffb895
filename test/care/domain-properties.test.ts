import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  type CareFunction,
  type CareRulesConfig,
  careRulesConfig,
  decideSession,
  type Mode,
  type NetworkType,
  type PastSession,
  type ProposedSession,
  type SessionDecision,
} from '../../src/care/domain/index.ts';

const FUNCTIONS_2021: CareFunction[] = ['first-line', 'specialised'];
const FUNCTIONS_2024: CareFunction[] = ['community', 'support', 'treatment'];
const FUNCTIONS = [...FUNCTIONS_2021, ...FUNCTIONS_2024];
const MODES: Mode[] = ['individual', 'group'];

// DOMAIN.md §5: every finite cap, by function and mode, youth and adult.
const CAPS: Record<string, Record<NetworkType, number>> = {
  'first-line individual': { youth: 10, adult: 8 },
  'first-line group': { youth: 8, adult: 5 },
  'specialised individual': { youth: 20, adult: 20 },
  'specialised group': { youth: 15, adult: 12 },
  'support individual': { youth: 10, adult: 8 },
  'treatment individual': { youth: 20, adult: 20 },
};

const dayIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => addDays(from, n));

/** The network a patient of this age would be in; with `misfit`, one that does not serve that age. */
function networkFor(age: number, misfit: boolean, coin: boolean): NetworkType {
  if (age > 23) return misfit ? 'youth' : 'adult';
  if (age < 15) return misfit ? 'adult' : 'youth';
  return coin ? 'youth' : 'adult';
}

const patientArb = (start: string) =>
  fc
    .record({
      age: fc.integer({ min: 8, max: 70 }),
      misfit: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      coin: fc.boolean(),
      bim: fc.boolean(),
      days: fc.nat(364),
    })
    .map(({ age, misfit, coin, bim, days }) => ({
      birthDate: addDays(addMonths(start, -12 * age), -days),
      bim,
      networkType: networkFor(age, misfit, coin),
    }));

const visitArb = (span: number, functions: CareFunction[]) =>
  fc.record({
    offset: fc.integer({ min: 0, max: span }),
    function: fc.constantFrom(...functions),
    mode: fc.constantFrom(...MODES),
    functionalAssessment: fc.nat(4).map((n) => n > 0), // mostly done
  });

/**
 * Care paths dense enough to reach the caps: up to 80 proposed sessions of a few functions within
 * a span of one month to 2.5 years, starting anywhere from late 2021 to 2026.
 */
const pathArb = fc
  .record({
    start: dayIn('2021-10-01', 365 * 5),
    span: fc.integer({ min: 30, max: 900 }),
    crossover: fc.nat(3).map((n) => n === 0),
  })
  .chain(({ start, span, crossover }) =>
    fc.record({
      start: fc.constant(start),
      patient: patientArb(start),
      // Mostly the functions of the convention in force at the start; sometimes any function.
      visits: fc
        .subarray(crossover ? FUNCTIONS : start < '2024-04-01' ? FUNCTIONS_2021 : FUNCTIONS_2024, {
          minLength: 1,
        })
        .chain((functions) =>
          fc.array(visitArb(span, functions), { minLength: 1, maxLength: 80, size: 'max' }),
        ),
    }),
  );

interface Path {
  start: string;
  patient: Omit<ProposedSession, 'date' | 'function' | 'mode' | 'functionalAssessment'>;
  visits: { offset: number; function: CareFunction; mode: Mode; functionalAssessment: boolean }[];
}

function proposals({ start, patient, visits }: Path): ProposedSession[] {
  return visits
    .map((visit) => ({ ...patient, ...visit, date: addDays(start, visit.offset) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Decides the sessions in date order, feeding each decision back as history. */
function decideInOrder(sessions: ProposedSession[], config?: CareRulesConfig): SessionDecision[] {
  const history: PastSession[] = [];
  return sessions.map((session) => {
    const decision = decideSession(session, history, config);
    history.push({
      date: session.date,
      function: session.function,
      mode: session.mode,
      reimbursable: decision.reimbursable,
    });
    return decision;
  });
}

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
      fc.property(pathArb, configArb, (path, config) => {
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
      fc.property(pathArb, (path) => {
        const sessions = proposals(path);
        const decisions = decideInOrder(sessions);
        const reimbursed = sessions.filter((_, i) => decisions[i]?.reimbursable);
        for (const end of reimbursed) {
          const cap = CAPS[`${end.function} ${end.mode}`]?.[path.patient.networkType];
          if (cap === undefined) continue; // no cap
          // Any 12-month window holds at most what the window ending on its last session holds.
          const start = addMonths(end.date, -12);
          const inWindow = reimbursed.filter(
            (s) => s.function === end.function && s.mode === end.mode && s.date > start && s.date <= end.date,
          );
          assert.ok(
            inWindow.length <= cap,
            `${inWindow.length} ${end.function} ${end.mode} up to ${end.date}`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order in which the history is given', () => {
    const withOrder = pathArb.chain((path) =>
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
      fc.property(pathArb, fc.nat(), (path, pick) => {
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

const adultSession = (date: string, fn: CareFunction = 'support'): ProposedSession => ({
  date,
  birthDate: '1980-01-01',
  bim: false,
  function: fn,
  mode: 'individual',
  networkType: 'adult',
  functionalAssessment: true,
});

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
