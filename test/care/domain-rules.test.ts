import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  CARE_FUNCTIONS,
  CONVENTIONS,
  careRulesConfig,
  decideSession,
  type PastSession,
  type ProposedSession,
  SCHEME_START,
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

describe('periods and functions', () => {
  it('rejects sessions before 2022-01-01 (the 2019 pilot is out of scope)', () => {
    const pilot = decideSession(propose({ date: '2021-12-31', function: 'first-line' }), []);
    assert.equal(pilot.reason, 'before-scheme');
    assert.equal(pilot.convention, null);
    const first = decideSession(propose({ date: '2022-01-01', function: 'first-line' }), []);
    assert.equal(first.reimbursable, true);
    assert.equal(first.convention, '2021');
  });

  it('switches from first-line to support between 2024-03-31 and 2024-04-01', () => {
    assert.equal(
      decideSession(propose({ date: '2024-03-31', function: 'first-line' }), []).convention,
      '2021',
    );
    assert.equal(decideSession(propose({ date: '2024-03-31' }), []).reason, 'function-not-in-period');
    assert.equal(decideSession(propose({ date: '2024-04-01' }), []).convention, '2024');
    assert.equal(
      decideSession(propose({ date: '2024-04-01', function: 'first-line' }), []).reason,
      'function-not-in-period',
    );
    assert.equal(decideSession(propose({ date: '2023-06-01' }), []).reason, 'function-not-in-period');
  });

  it('does not count 2021 sessions toward the caps of 2024 functions', () => {
    const history = Array.from(
      { length: 8 },
      (_, i): PastSession => ({
        date: addDays('2024-03-31', -i),
        function: 'first-line',
        mode: 'individual',
      }),
    );
    assert.equal(decideSession(propose({ date: '2024-04-01' }), history).sessionNumber, 1);
  });

  it('reimburses community care only in groups', () => {
    assert.equal(decideSession(propose({ function: 'community' }), []).reason, 'mode-not-offered');
    assert.equal(decideSession(propose({ function: 'community', mode: 'group' }), []).reimbursable, true);
  });

  it('has one registered convention per day from the scheme start, with no gap and no overlap', () => {
    assert.equal(SCHEME_START, '2022-01-01');
    for (const [i, convention] of CONVENTIONS.entries()) {
      const next = CONVENTIONS[i + 1];
      if (!next) {
        assert.equal(convention.validUntil, null, 'the last convention is open-ended');
        continue;
      }
      assert.ok(convention.validUntil, `${convention.id} ends before ${next.id}`);
      assert.equal(addDays(convention.validUntil, 1), next.validFrom);
    }
    assert.deepEqual([...CARE_FUNCTIONS].sort(), [
      'community',
      'first-line',
      'specialised',
      'support',
      'treatment',
    ]);
  });
});

describe('who may be seen', () => {
  it('keeps each network type to its ages (youth up to 23, adults from 15)', () => {
    const cases: [string, 'youth' | 'adult', boolean][] = [
      ['1999-01-01', 'youth', false], // 25
      ['2001-01-01', 'youth', true], // 23
      ['2012-01-01', 'adult', false], // 12
      ['2009-05-10', 'adult', true], // 15 that day
      ['2009-05-11', 'adult', false], // 15 tomorrow
    ];
    for (const [birthDate, networkType, ok] of cases) {
      const decision = decideSession(propose({ birthDate, networkType }), []);
      assert.equal(decision.reimbursable, ok, `${birthDate} in a ${networkType} network`);
      if (!ok) assert.equal(decision.reason, 'outside-network-age');
    }
  });

  it('asks for a functional assessment before specialised care (2021) and treatment (2024)', () => {
    const without = { functionalAssessment: false };
    assert.equal(
      decideSession(propose({ ...without, date: '2023-06-01', function: 'specialised' }), []).reason,
      'needs-functional-assessment',
    );
    assert.equal(
      decideSession(propose({ ...without, function: 'treatment' }), []).reason,
      'needs-functional-assessment',
    );
    assert.equal(
      decideSession(propose({ ...without, function: 'treatment', mode: 'group' }), []).reason,
      'needs-functional-assessment',
    );
    assert.equal(decideSession(propose({ ...without }), []).reimbursable, true);
    assert.equal(
      decideSession(propose({ ...without, date: '2023-06-01', function: 'first-line' }), []).reimbursable,
      true,
    );
  });

  it('checks the reasons in order: age before assessment, same day before cap', () => {
    const young = propose({
      birthDate: '1990-01-01',
      networkType: 'youth',
      function: 'treatment',
      functionalAssessment: false,
    });
    assert.equal(decideSession(young, []).reason, 'outside-network-age');
    const full = Array.from(
      { length: 8 },
      (_, i): PastSession => ({ date: addDays('2024-05-10', -i), function: 'support', mode: 'individual' }),
    );
    assert.equal(decideSession(propose({}), full).reason, 'same-day');
  });
});

describe('one reimbursable session a day (2024)', () => {
  const morning: PastSession = { date: '2024-05-10', function: 'support', mode: 'group' };

  it('refuses a second session on the same day, whatever its function or mode', () => {
    assert.equal(decideSession(propose({}), [morning]).reason, 'same-day');
    assert.equal(
      decideSession(propose({ function: 'community', mode: 'group' }), [morning]).reason,
      'same-day',
    );
  });

  it('ignores a same-day session that was not reimbursed', () => {
    assert.equal(decideSession(propose({}), [{ ...morning, reimbursable: false }]).reimbursable, true);
  });

  it('does not apply in 2021', () => {
    const twice = decideSession(propose({ date: '2023-06-01', function: 'first-line' }), [
      { date: '2023-06-01', function: 'first-line', mode: 'group' },
    ]);
    assert.equal(twice.reimbursable, true);
  });

  it('can be switched off', () => {
    assert.equal(
      decideSession(propose({}), [morning], careRulesConfig({ oneSessionPerDay: false })).reimbursable,
      true,
    );
  });
});

describe('support and treatment may follow each other, not run in parallel (2024)', () => {
  const support: PastSession[] = ['2024-04-02', '2024-04-09', '2024-04-16'].map((date) => ({
    date,
    function: 'support',
    mode: 'individual',
  }));

  it('allows switching from support to treatment, with a separate cap', () => {
    const treatment = decideSession(propose({ date: '2024-04-23', function: 'treatment' }), support);
    assert.equal(treatment.reimbursable, true);
    assert.equal(treatment.sessionNumber, 1);
    assert.equal(treatment.cap, 20);
  });

  it('refuses individual support after a reimbursed individual treatment session in the window', () => {
    const history: PastSession[] = [
      ...support,
      { date: '2024-04-23', function: 'treatment', mode: 'individual' },
    ];
    assert.equal(
      decideSession(propose({ date: '2024-04-30' }), history).reason,
      'parallel-support-treatment',
    );
    assert.equal(
      decideSession(propose({ date: '2024-04-30', function: 'treatment' }), history).sessionNumber,
      2,
    );
    assert.equal(decideSession(propose({ date: '2024-04-30', mode: 'group' }), history).reimbursable, true);
  });

  it('allows support again once the treatment session has left the window', () => {
    const history: PastSession[] = [{ date: '2024-04-23', function: 'treatment', mode: 'individual' }];
    assert.equal(decideSession(propose({ date: '2025-04-23' }), history).reimbursable, true);
  });

  it('can be switched off', () => {
    const history: PastSession[] = [
      ...support,
      { date: '2024-04-23', function: 'treatment', mode: 'individual' },
    ];
    const decision = decideSession(
      propose({ date: '2024-04-30' }),
      history,
      careRulesConfig({ noParallelSupportTreatment: false }),
    );
    assert.equal(decision.reimbursable, true);
    assert.equal(decision.sessionNumber, 4);
  });
});

describe('the history', () => {
  const history: PastSession[] = [
    { date: '2024-04-02', function: 'support', mode: 'individual' },
    { date: '2024-04-09', function: 'support', mode: 'individual', reimbursable: false },
    { date: '2024-04-16', function: 'support', mode: 'individual' },
    { date: '2024-06-01', function: 'support', mode: 'individual' },
  ];

  it('counts only reimbursed sessions up to the session date, in any order', () => {
    assert.equal(decideSession(propose({}), history).sessionNumber, 3);
    assert.equal(decideSession(propose({}), [...history].reverse()).sessionNumber, 3);
  });
});

describe('clinician fees', () => {
  it('pays €75 per individual session in 2021 and leaves unknown fees null', () => {
    const in2021 = { date: '2023-06-01', function: 'first-line' as const };
    assert.equal(decideSession(propose(in2021), []).feeCents, 7500);
    assert.equal(decideSession(propose({ ...in2021, function: 'specialised' }), []).feeCents, 7500);
    assert.equal(decideSession(propose({ ...in2021, mode: 'group' }), []).feeCents, null);
    for (const fn of ['support', 'treatment'] as const) {
      assert.equal(decideSession(propose({ function: fn }), []).feeCents, null);
      assert.equal(decideSession(propose({ function: fn, mode: 'group' }), []).feeCents, null);
    }
    assert.equal(decideSession(propose({ function: 'community', mode: 'group' }), []).feeCents, null);
  });

  it('takes a configured fee for one convention, function and mode only', () => {
    const config = careRulesConfig({
      feeOverrides: [{ convention: '2024', function: 'support', mode: 'individual', feeCents: 8000 }],
    });
    assert.equal(decideSession(propose({}), [], config).feeCents, 8000);
    assert.equal(decideSession(propose({ function: 'treatment' }), [], config).feeCents, null);
    assert.equal(decideSession(propose({ mode: 'group' }), [], config).feeCents, null);
  });

  it('has no fee for a session that is not reimbursed', () => {
    assert.equal(
      decideSession(propose({ date: '2023-06-01', function: 'specialised', functionalAssessment: false }), [])
        .feeCents,
      null,
    );
  });
});
