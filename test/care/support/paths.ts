// Generators of care paths for property tests: patients of every age in fitting (and sometimes
// unfitting) networks, with dense visits that reach the caps, from late 2021 to 2026.

import fc from 'fast-check';
import {
  addDays,
  addMonths,
  type CareFunction,
  type CareRulesConfig,
  decideSession,
  type NetworkType,
  type PastSession,
  type ProposedSession,
  type SessionDecision,
  type SessionMode,
} from '../../../src/care/domain/index.ts';

export const FUNCTIONS_2021: CareFunction[] = ['first-line', 'specialised'];
export const FUNCTIONS_2024: CareFunction[] = ['community', 'support', 'treatment'];
export const FUNCTIONS = [...FUNCTIONS_2021, ...FUNCTIONS_2024];
export const MODES: SessionMode[] = ['individual', 'group'];

// DOMAIN.md §5: every finite cap, by function and mode, youth and adult.
export const CAPS: Record<string, Record<NetworkType, number>> = {
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

export interface Path {
  start: string;
  patient: Omit<ProposedSession, 'date' | 'function' | 'mode' | 'functionalAssessment'>;
  visits: { offset: number; function: CareFunction; mode: SessionMode; functionalAssessment: boolean }[];
}

/**
 * Care paths dense enough to reach the caps: up to `maxVisits` proposed sessions of a few
 * functions within a span of one month to 2.5 years, starting anywhere from late 2021 to 2026.
 */
export const pathArb = (maxVisits = 80): fc.Arbitrary<Path> =>
  fc
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
            fc.array(visitArb(span, functions), { minLength: 1, maxLength: maxVisits, size: 'max' }),
          ),
      }),
    );

/** The proposed sessions of a path, in date order (stable: visits of one day keep their order). */
export function proposals({ start, patient, visits }: Path): ProposedSession[] {
  return visits
    .map((visit) => ({ ...patient, ...visit, date: addDays(start, visit.offset) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Decides the sessions in date order, feeding each decision back as history. */
export function decideInOrder(sessions: ProposedSession[], config?: CareRulesConfig): SessionDecision[] {
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

/** Fails with a message when some 12-month window holds more reimbursed sessions than a cap. */
export function assertCapsHold(
  sessions: readonly { session: ProposedSession; decision: SessionDecision }[],
  networkType: NetworkType,
): void {
  const reimbursed = sessions.filter((s) => s.decision.reimbursable).map((s) => s.session);
  for (const end of reimbursed) {
    const cap = CAPS[`${end.function} ${end.mode}`]?.[networkType];
    if (cap === undefined) continue; // no cap
    // Any 12-month window holds at most what the window ending on its last session holds.
    const start = addMonths(end.date, -12);
    const inWindow = reimbursed.filter(
      (s) => s.function === end.function && s.mode === end.mode && s.date > start && s.date <= end.date,
    );
    if (inWindow.length > cap) {
      throw new Error(`${inWindow.length} ${end.function} ${end.mode} sessions reimbursed up to ${end.date}`);
    }
  }
}

/** An adult's individual session in an adult network, assessment done: the plainest case. */
export function adultSession(date: string, fn: CareFunction = 'support'): ProposedSession {
  return {
    date,
    birthDate: '1980-01-01',
    bim: false,
    function: fn,
    mode: 'individual',
    networkType: 'adult',
    functionalAssessment: true,
  };
}
