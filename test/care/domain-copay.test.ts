import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  careRulesConfig,
  decideSession,
  type PastSession,
  type ProposedSession,
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

/** One earlier individual session, so the proposed one is not the free first session. */
function notFirst(date: string, fn: PastSession['function']): PastSession[] {
  return [{ date, function: fn, mode: 'individual' }];
}

describe('patient copay (DOMAIN.md §5)', () => {
  const rows: { label: string; proposed: ProposedSession; history: PastSession[]; copay: number }[] = [
    {
      label: '2021 individual',
      proposed: propose({ date: '2023-06-01', function: 'first-line' }),
      history: notFirst('2023-05-01', 'first-line'),
      copay: 1100,
    },
    {
      label: '2021 individual, BIM',
      proposed: propose({ date: '2023-06-01', function: 'first-line', bim: true }),
      history: notFirst('2023-05-01', 'first-line'),
      copay: 400,
    },
    {
      label: '2021 group',
      proposed: propose({ date: '2023-06-01', function: 'specialised', mode: 'group' }),
      history: [],
      copay: 250,
    },
    {
      label: '2021 group, BIM',
      proposed: propose({ date: '2023-06-01', function: 'first-line', mode: 'group', bim: true }),
      history: [],
      copay: 250,
    },
    {
      label: '2024 individual',
      proposed: propose({}),
      history: notFirst('2024-04-02', 'support'),
      copay: 1100,
    },
    {
      label: '2024 individual, BIM',
      proposed: propose({ bim: true, function: 'treatment' }),
      history: notFirst('2024-04-02', 'treatment'),
      copay: 400,
    },
    {
      label: '2024 group',
      proposed: propose({ mode: 'group', function: 'treatment' }),
      history: [],
      copay: 250,
    },
    { label: '2024 group, BIM', proposed: propose({ mode: 'group', bim: true }), history: [], copay: 250 },
    {
      label: 'community (F1), adult',
      proposed: propose({ function: 'community', mode: 'group' }),
      history: [],
      copay: 0,
    },
    {
      label: 'community (F1), adult BIM',
      proposed: propose({ function: 'community', mode: 'group', bim: true }),
      history: [],
      copay: 0,
    },
    {
      label: 'aged 23 from 2024-02-01, individual',
      proposed: propose({ birthDate: '2001-01-01', networkType: 'youth' }),
      history: notFirst('2024-04-02', 'support'),
      copay: 0,
    },
    {
      label: 'aged 23 from 2024-02-01, group',
      proposed: propose({ birthDate: '2001-01-01', mode: 'group' }),
      history: [],
      copay: 0,
    },
  ];
  for (const row of rows) {
    it(`${row.label}: ${row.copay} cents`, () => {
      const decision = decideSession(row.proposed, row.history);
      assert.equal(decision.reimbursable, true);
      assert.equal(decision.copayCents, row.copay);
    });
  }

  it('lets the BIM group copay be configured without touching the others', () => {
    const config = careRulesConfig({ groupCopayBimCents: 100 });
    const group = propose({ mode: 'group' });
    assert.equal(decideSession({ ...group, bim: true }, [], config).copayCents, 100);
    assert.equal(decideSession(group, [], config).copayCents, 250);
    assert.equal(
      decideSession(propose({ bim: true }), notFirst('2024-04-02', 'support'), config).copayCents,
      400,
    );
  });

  it('never charges a negative copay, even when misconfigured', () => {
    const config = careRulesConfig({ groupCopayBimCents: -500 });
    assert.equal(decideSession(propose({ mode: 'group', bim: true }), [], config).copayCents, 0);
  });

  it('has no copay when the session is not reimbursed', () => {
    const decision = decideSession(propose({ date: '2021-06-01' }), []);
    assert.equal(decision.copayCents, null);
  });
});

describe('no copay up to 23 from 2024-02-01', () => {
  const twenty = { birthDate: '2003-06-01', networkType: 'youth' as const, function: 'first-line' as const };
  const earlier = notFirst('2024-01-10', 'first-line');

  it('charges a 20-year-old on 2024-01-31 and not on 2024-02-01', () => {
    assert.equal(decideSession(propose({ ...twenty, date: '2024-01-31' }), earlier).copayCents, 1100);
    assert.equal(
      decideSession(propose({ ...twenty, date: '2024-01-31', bim: true }), earlier).copayCents,
      400,
    );
    assert.equal(
      decideSession(propose({ ...twenty, date: '2024-01-31', mode: 'group' }), []).copayCents,
      250,
    );
    assert.equal(decideSession(propose({ ...twenty, date: '2024-02-01' }), earlier).copayCents, 0);
    assert.equal(decideSession(propose({ ...twenty, date: '2024-02-01', mode: 'group' }), []).copayCents, 0);
  });

  it('stops on the 24th birthday', () => {
    const adult = { birthDate: '2000-06-15', networkType: 'adult' as const };
    const history = notFirst('2024-05-01', 'support');
    assert.equal(decideSession(propose({ ...adult, date: '2024-06-14' }), history).copayCents, 0);
    assert.equal(decideSession(propose({ ...adult, date: '2024-06-15' }), history).copayCents, 1100);
  });

  it('frees a 17-year-old in an adult network from 2024-02-01, not before', () => {
    const teen = { birthDate: '2007-01-01', networkType: 'adult' as const };
    assert.equal(
      decideSession(
        propose({ ...teen, date: '2024-01-15', function: 'first-line' }),
        notFirst('2024-01-02', 'first-line'),
      ).copayCents,
      1100,
    );
    assert.equal(decideSession(propose(teen), notFirst('2024-04-02', 'support')).copayCents, 0);
  });
});

describe('the free first session', () => {
  it('makes the first individual session free and counts it toward the cap', () => {
    const first = decideSession(propose({}), []);
    assert.equal(first.firstSessionFree, true);
    assert.equal(first.copayCents, 0);
    assert.equal(first.sessionNumber, 1);
    const second = decideSession(propose({ date: '2024-05-17' }), [
      { date: '2024-05-10', function: 'support', mode: 'individual' },
    ]);
    assert.equal(second.firstSessionFree, false);
    assert.equal(second.copayCents, 1100);
  });

  it('applies in the 2021 convention too (first session of first-line care)', () => {
    const first = decideSession(propose({ date: '2023-03-01', function: 'first-line' }), []);
    assert.equal(first.firstSessionFree, true);
    assert.equal(first.copayCents, 0);
  });

  it('is flagged even when the patient would pay nothing anyway', () => {
    const young = decideSession(propose({ birthDate: '2004-01-01', networkType: 'youth' }), []);
    assert.equal(young.firstSessionFree, true);
    assert.equal(young.copayCents, 0);
  });

  it('is once per window across functions, and not consumed by groups or unreimbursed sessions', () => {
    const afterTreatment = decideSession(propose({}), [
      { date: '2024-04-15', function: 'treatment', mode: 'individual' },
    ]);
    assert.equal(afterTreatment.firstSessionFree, false);
    const afterOthers = decideSession(propose({}), [
      { date: '2024-04-15', function: 'support', mode: 'group' },
      { date: '2024-04-16', function: 'support', mode: 'individual', reimbursable: false },
    ]);
    assert.equal(afterOthers.firstSessionFree, true);
  });

  it('is never a group session', () => {
    const group = decideSession(propose({ mode: 'group' }), []);
    assert.equal(group.firstSessionFree, false);
    assert.equal(group.copayCents, 250);
  });

  it('comes back once the window holds no individual session', () => {
    const history: PastSession[] = [{ date: '2024-05-10', function: 'support', mode: 'individual' }];
    assert.equal(decideSession(propose({ date: '2025-05-09' }), history).firstSessionFree, false);
    const back = decideSession(propose({ date: '2025-05-10' }), history);
    assert.equal(back.firstSessionFree, true);
    assert.equal(back.copayCents, 0);
  });

  it('can be given per function, or switched off, by configuration', () => {
    const history: PastSession[] = [{ date: '2024-04-15', function: 'treatment', mode: 'individual' }];
    const perFunction = careRulesConfig({ freeFirstSession: 'once-per-window-per-function' });
    assert.equal(
      decideSession(propose({ function: 'treatment' }), history, perFunction).firstSessionFree,
      false,
    );
    // Support after treatment is "parallel" by default; switch that off to look at the copay alone.
    const supportAfter = careRulesConfig({
      freeFirstSession: 'once-per-window-per-function',
      noParallelSupportTreatment: false,
    });
    assert.equal(decideSession(propose({}), history, supportAfter).firstSessionFree, true);

    const off = decideSession(propose({}), [], careRulesConfig({ freeFirstSession: 'off' }));
    assert.equal(off.firstSessionFree, false);
    assert.equal(off.copayCents, 1100);
  });
});
