import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  type CareFunction,
  careRulesConfig,
  decideSession,
  type PastSession,
  type ProposedSession,
  type SessionMode,
  windowStart,
  YOUTH_GROUP_CAPS_2024_ONE_SOURCE,
} from '../../src/care/domain/index.ts';

function propose(overrides: Partial<ProposedSession>): ProposedSession {
  return {
    date: '2024-05-10',
    birthDate: '1980-03-01',
    bim: false,
    function: 'support',
    mode: 'individual',
    networkType: 'adult',
    functionalAssessment: true,
    ...overrides,
  };
}

/** `count` reimbursed sessions on the days just before `date`, newest first. */
function sessionsBefore(date: string, count: number, fn: CareFunction, mode: SessionMode): PastSession[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(date, -(i + 1)), function: fn, mode }));
}

// DOMAIN.md §5, caps per rolling 12 months (null = no cap).
const CAPS_TABLE: {
  date: string;
  fn: CareFunction;
  mode: SessionMode;
  youth: number | null;
  adult: number | null;
}[] = [
  { date: '2023-06-30', fn: 'first-line', mode: 'individual', youth: 10, adult: 8 },
  { date: '2023-06-30', fn: 'first-line', mode: 'group', youth: 8, adult: 5 },
  { date: '2023-06-30', fn: 'specialised', mode: 'individual', youth: 20, adult: 20 },
  { date: '2023-06-30', fn: 'specialised', mode: 'group', youth: 15, adult: 12 },
  { date: '2025-03-31', fn: 'community', mode: 'group', youth: null, adult: null },
  { date: '2025-03-31', fn: 'support', mode: 'individual', youth: 10, adult: 8 },
  { date: '2025-03-31', fn: 'support', mode: 'group', youth: null, adult: null },
  { date: '2025-03-31', fn: 'treatment', mode: 'individual', youth: 20, adult: 20 },
  { date: '2025-03-31', fn: 'treatment', mode: 'group', youth: null, adult: null },
];

describe('caps per rolling 12 months (DOMAIN.md §5)', () => {
  for (const row of CAPS_TABLE) {
    for (const group of ['youth', 'adult'] as const) {
      const cap = row[group];
      const patient = propose({
        date: row.date,
        function: row.fn,
        mode: row.mode,
        networkType: group,
        // 16 in a youth network, 45 in an adult one: each clearly inside its network's ages.
        birthDate: group === 'youth' ? addDays(row.date, -16 * 366) : addDays(row.date, -45 * 366),
      });
      const label = `${row.fn} ${row.mode} ${group} (${row.date})`;

      if (cap === null) {
        it(`${label}: no cap, the 31st session is still reimbursed`, () => {
          const decision = decideSession(patient, sessionsBefore(row.date, 30, row.fn, row.mode));
          assert.equal(decision.reimbursable, true);
          assert.equal(decision.cap, null);
          assert.equal(decision.sessionNumber, 31);
        });
        continue;
      }
      it(`${label}: session ${cap} of ${cap} is reimbursed, session ${cap + 1} is not`, () => {
        const last = decideSession(patient, sessionsBefore(row.date, cap - 1, row.fn, row.mode));
        assert.equal(last.reimbursable, true);
        assert.equal(last.sessionNumber, cap);
        assert.equal(last.cap, cap);
        assert.equal(last.capGroup, group);

        const over = decideSession(patient, sessionsBefore(row.date, cap, row.fn, row.mode));
        assert.equal(over.reimbursable, false);
        assert.equal(over.reason, 'cap-reached');
        assert.equal(over.cap, cap);
        assert.equal(over.sessionNumber, null);
      });
    }
  }

  it('counts sessions with every clinician, function by function and mode by mode', () => {
    // Seven individual support sessions, plus group and treatment sessions that use other caps.
    const history = [
      ...sessionsBefore('2025-03-31', 7, 'support', 'individual'),
      ...sessionsBefore('2025-03-31', 10, 'support', 'group'),
    ];
    const eighth = decideSession(propose({ date: '2025-03-31' }), history);
    assert.equal(eighth.sessionNumber, 8);
    assert.equal(eighth.reimbursable, true);
  });
});

describe('the 12-month window', () => {
  const sevenInWindow = sessionsBefore('2025-05-10', 7, 'support', 'individual');

  it('no longer counts a session dated exactly 12 months earlier, but counts one a day later', () => {
    const exactly = decideSession(propose({ date: '2025-05-10' }), [
      { date: '2024-05-10', function: 'support', mode: 'individual' },
      ...sevenInWindow,
    ]);
    assert.equal(exactly.reimbursable, true);
    assert.equal(exactly.sessionNumber, 8);

    const dayLater = decideSession(propose({ date: '2025-05-10' }), [
      { date: '2024-05-11', function: 'support', mode: 'individual' },
      ...sevenInWindow,
    ]);
    assert.equal(dayLater.reason, 'cap-reached');
  });

  it('clamps the window start to the end of February', () => {
    assert.equal(windowStart('2025-02-28'), '2024-02-28');
    assert.equal(windowStart('2024-02-29'), '2023-02-28');
    const patient = propose({ date: '2024-02-29', function: 'first-line' });
    const seven = sessionsBefore('2024-02-29', 7, 'first-line', 'individual');
    const onStart = decideSession(patient, [
      { date: '2023-02-28', function: 'first-line', mode: 'individual' },
      ...seven,
    ]);
    assert.equal(onStart.sessionNumber, 8);
    const afterStart = decideSession(patient, [
      { date: '2023-03-01', function: 'first-line', mode: 'individual' },
      ...seven,
    ]);
    assert.equal(afterStart.reason, 'cap-reached');
  });

  it('counts the start day too when the configuration says so', () => {
    const config = careRulesConfig({ capWindow: { months: 12, includeStartDay: true } });
    const decision = decideSession(
      propose({ date: '2025-05-10' }),
      [{ date: '2024-05-10', function: 'support', mode: 'individual' }, ...sevenInWindow],
      config,
    );
    assert.equal(decision.reason, 'cap-reached');
  });

  it('follows a configured window length', () => {
    const config = careRulesConfig({ capWindow: { months: 6, includeStartDay: false } });
    const history = [
      { date: '2024-10-01', function: 'support', mode: 'individual' } as const,
      ...sevenInWindow,
    ];
    assert.equal(decideSession(propose({ date: '2025-05-10' }), history).reason, 'cap-reached');
    const sixMonths = decideSession(propose({ date: '2025-05-10' }), history, config);
    assert.equal(sixMonths.sessionNumber, 8);
    assert.equal(sixMonths.windowMonths, 6);
  });
});

describe('youth or adult caps', () => {
  it('ends youth caps on the 24th birthday (youth network: the network no longer applies)', () => {
    const youth = { birthDate: '2000-06-15', networkType: 'youth' as const };
    const day23 = decideSession(propose({ ...youth, date: '2024-06-14' }), []);
    assert.equal(day23.ageOnDate, 23);
    assert.equal(day23.cap, 10);
    const day24 = decideSession(propose({ ...youth, date: '2024-06-15' }), []);
    assert.equal(day24.ageOnDate, 24);
    assert.equal(day24.reason, 'outside-network-age');
  });

  it('ends youth caps on the 24th birthday in an adult network when caps go by age', () => {
    const config = careRulesConfig({ capGroupBy: 'age' });
    const adult = { birthDate: '2000-06-15', networkType: 'adult' as const };
    assert.equal(decideSession(propose({ ...adult, date: '2024-06-14' }), [], config).cap, 10);
    assert.equal(decideSession(propose({ ...adult, date: '2024-06-15' }), [], config).cap, 8);
  });

  it('gives a 17-year-old in an adult network adult caps by default, youth caps when switched', () => {
    const teen = propose({ birthDate: '2007-01-01', networkType: 'adult' });
    const byNetwork = decideSession(teen, sessionsBefore(teen.date, 8, 'support', 'individual'));
    assert.equal(byNetwork.capGroup, 'adult');
    assert.equal(byNetwork.reason, 'cap-reached');

    const byAge = decideSession(
      teen,
      sessionsBefore(teen.date, 8, 'support', 'individual'),
      careRulesConfig({ capGroupBy: 'age' }),
    );
    assert.equal(byAge.capGroup, 'youth');
    assert.equal(byAge.cap, 10);
    assert.equal(byAge.sessionNumber, 9);
  });

  it('applies the 2024 youth group caps one source gives (8 support, 15 treatment) only when configured', () => {
    const config = careRulesConfig({ capOverrides: YOUTH_GROUP_CAPS_2024_ONE_SOURCE });
    const youth = { birthDate: '2010-01-01', networkType: 'youth' as const, mode: 'group' as const };
    const support = propose({ ...youth, function: 'support' });
    assert.equal(
      decideSession(support, sessionsBefore(support.date, 8, 'support', 'group')).reimbursable,
      true,
    );
    const supportCapped = decideSession(support, sessionsBefore(support.date, 8, 'support', 'group'), config);
    assert.equal(supportCapped.reason, 'cap-reached');
    assert.equal(supportCapped.cap, 8);

    const treatment = propose({ ...youth, function: 'treatment' });
    assert.equal(
      decideSession(treatment, sessionsBefore(treatment.date, 14, 'treatment', 'group'), config).cap,
      15,
    );
    assert.equal(
      decideSession(treatment, sessionsBefore(treatment.date, 15, 'treatment', 'group'), config).reason,
      'cap-reached',
    );
    // Adults keep "no cap".
    const adult = propose({ mode: 'group', function: 'support' });
    assert.equal(decideSession(adult, sessionsBefore(adult.date, 20, 'support', 'group'), config).cap, null);
  });
});
