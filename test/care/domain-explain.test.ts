import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  careRulesConfig,
  decideSession,
  type PastSession,
  type ProposedSession,
  REASON_CODES,
  type ReasonCode,
} from '../../src/care/domain/index.ts';
import { explain } from '../../src/care/explain.ts';
import { formatEuros, LOCALES } from '../../src/platform/i18n/index.ts';

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

const eightSupport: PastSession[] = Array.from({ length: 8 }, (_, i) => ({
  date: `2024-04-${String(i + 2).padStart(2, '0')}`,
  function: 'support',
  mode: 'individual',
}));

// One real decision per reason code, made by the rules rather than written by hand.
const REFUSALS: Record<ReasonCode, [ProposedSession, PastSession[]]> = {
  'before-scheme': [propose({ date: '2021-11-02', function: 'first-line' }), []],
  'function-not-in-period': [propose({ date: '2023-06-01' }), []],
  'mode-not-offered': [propose({ function: 'community' }), []],
  'outside-network-age': [propose({ birthDate: '2012-01-01' }), []],
  'needs-functional-assessment': [propose({ function: 'treatment', functionalAssessment: false }), []],
  'same-day': [propose({}), [{ date: '2024-05-10', function: 'support', mode: 'group' }]],
  'parallel-support-treatment': [
    propose({}),
    [{ date: '2024-04-20', function: 'treatment', mode: 'individual' }],
  ],
  'cap-reached': [propose({}), eightSupport],
};

describe('explain: refusals', () => {
  for (const reason of REASON_CODES) {
    it(`gives one distinct, complete sentence per locale for ${reason}`, () => {
      const [proposed, history] = REFUSALS[reason];
      const decision = decideSession(proposed, history);
      assert.equal(decision.reason, reason);
      for (const locale of LOCALES) {
        const sentence = explain(decision, locale);
        assert.match(sentence, /^\p{Lu}.{20,}\.$/u, `${locale}: ${sentence}`);
        assert.doesNotMatch(sentence, /[{}#]/, `${locale}: leftover ICU syntax in ${sentence}`);
        for (const other of REASON_CODES.filter((r) => r !== reason)) {
          const [p, h] = REFUSALS[other];
          assert.notEqual(
            sentence,
            explain(decideSession(p, h), locale),
            `${reason} vs ${other} in ${locale}`,
          );
        }
      }
    });
  }

  it('says how many sessions were used when the cap is reached', () => {
    const [proposed, history] = REFUSALS['cap-reached'];
    const decision = decideSession(proposed, history);
    assert.equal(
      explain(decision, 'fr'),
      'Vous avez déjà eu les 8 séances remboursées sur 12 mois\u202f: cette séance n’est pas remboursée.',
    );
    assert.match(explain(decision, 'nl'), /de 8 terugbetaalde sessies over 12 maanden/);
    assert.match(explain(decision, 'en'), /all 8 reimbursed sessions for 12 months/);
  });

  it('uses the singular when a configured cap is one session', () => {
    const config = careRulesConfig({
      capOverrides: [{ convention: '2024', function: 'support', mode: 'group', capGroup: 'adult', cap: 1 }],
    });
    const decision = decideSession(
      propose({ mode: 'group' }),
      [{ date: '2024-05-01', function: 'support', mode: 'group' }],
      config,
    );
    assert.match(explain(decision, 'fr'), /la séance de groupe remboursée sur 12 mois/);
    assert.match(explain(decision, 'en'), /the reimbursed group session for 12 months/);
  });

  it('names the age and the network’s limit when the age does not fit', () => {
    const child = decideSession(propose({ birthDate: '2012-01-01' }), []);
    assert.match(explain(child, 'fr'), /à partir de 15 ans\. À 12 ans,/);
    const adult = decideSession(propose({ birthDate: '1999-01-01', networkType: 'youth' }), []);
    assert.match(explain(adult, 'nl'), /tot en met 23 jaar.*25 jaar/);
  });
});

describe('explain: reimbursed sessions', () => {
  it('tells the contract example its rank and its copay (session 2 of 8, 11 €)', () => {
    const decision = decideSession(propose({}), [
      { date: '2024-04-02', function: 'support', mode: 'individual' },
    ]);
    assert.equal(
      explain(decision, 'fr'),
      `Séance 2 sur 8 remboursées sur 12 mois\u202f: vous payez ${formatEuros('fr', 1100)}.`,
    );
    assert.equal(
      explain(decision, 'nl'),
      `Sessie 2 van 8 terugbetaalde sessies over 12 maanden: u betaalt ${formatEuros('nl', 1100)} remgeld.`,
    );
    assert.equal(
      explain(decision, 'en'),
      `Session 2 of 8 reimbursed sessions in 12 months: you pay ${formatEuros('en', 1100)}.`,
    );
  });

  it('tells a BIM patient the lower copay', () => {
    const decision = decideSession(propose({ bim: true }), [
      { date: '2024-04-02', function: 'support', mode: 'individual' },
    ]);
    assert.match(explain(decision, 'fr'), new RegExp(`vous payez ${formatEuros('fr', 400)}\\.$`));
  });

  it('announces the free first session', () => {
    const decision = decideSession(propose({}), []);
    assert.equal(
      explain(decision, 'fr'),
      'Séance 1 sur 8 remboursées sur 12 mois\u202f: c’est la première séance, elle est gratuite.',
    );
    assert.match(explain(decision, 'nl'), /eerste sessie, die is gratis/);
    assert.match(explain(decision, 'en'), /first session, so it is free/);
  });

  it('tells a young patient they pay nothing', () => {
    const decision = decideSession(propose({ birthDate: '2005-01-01', networkType: 'youth' }), [
      { date: '2024-04-02', function: 'support', mode: 'individual' },
    ]);
    assert.equal(
      explain(decision, 'fr'),
      'Séance 2 sur 10 remboursées sur 12 mois\u202f: vous ne payez rien.',
    );
    assert.match(explain(decision, 'nl'), /u betaalt geen remgeld/);
  });

  it('describes group sessions without a cap, with the group copay', () => {
    const decision = decideSession(propose({ mode: 'group' }), []);
    assert.equal(
      explain(decision, 'fr'),
      `Séance de groupe remboursée, sans nombre maximum de séances\u202f: vous payez ${formatEuros('fr', 250)}.`,
    );
    assert.match(explain(decision, 'nl'), /^Terugbetaalde groepssessie, zonder maximumaantal sessies/);
    assert.match(
      explain(decision, 'en'),
      new RegExp(`^Reimbursed group session.*you pay ${formatEuros('en', 250)}\\.$`),
    );
  });

  it('follows a configured window length', () => {
    const config = careRulesConfig({ capWindow: { months: 6, includeStartDay: false } });
    const decision = decideSession(
      propose({}),
      [{ date: '2024-04-02', function: 'support', mode: 'individual' }],
      config,
    );
    assert.match(explain(decision, 'en'), /in 6 months/);
  });
});
