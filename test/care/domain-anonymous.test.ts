// Anonymous group sessions (domain/anonymous.ts): only a group function with no cap and no
// copay is recorded without a national number; the community interventions of 2024 are.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  careRulesConfig,
  decideAnonymousGroupSession,
  isAnonymousGroupFunction,
} from '../../src/care/domain/index.ts';

describe('anonymous group sessions', () => {
  it('records a 2024 community group session without identity: free, no cap, the convention named', () => {
    assert.deepEqual(decideAnonymousGroupSession('2024-04-01', 'community'), {
      reimbursable: true,
      convention: '2024',
      copayCents: 0,
      feeCents: null,
    });
    assert.equal(isAnonymousGroupFunction('2026-11-30', 'community'), true);
  });

  it('needs an identity for support and treatment groups: they have a copay', () => {
    for (const fn of ['support', 'treatment'] as const) {
      assert.deepEqual(decideAnonymousGroupSession('2025-01-10', fn), {
        reimbursable: false,
        reason: 'needs-identity',
        convention: '2024',
      });
    }
  });

  it('needs an identity once a configured cap applies to the function', () => {
    const capped = careRulesConfig({
      capOverrides: [{ convention: '2024', function: 'community', mode: 'group', capGroup: 'adult', cap: 5 }],
    });
    assert.equal(decideAnonymousGroupSession('2025-01-10', 'community', capped).reimbursable, false);
  });

  it('refuses community sessions outside the 2024 convention, and the pilot period', () => {
    assert.deepEqual(decideAnonymousGroupSession('2024-03-31', 'community'), {
      reimbursable: false,
      reason: 'function-not-in-period',
      convention: '2021',
    });
    assert.deepEqual(decideAnonymousGroupSession('2021-06-01', 'community'), {
      reimbursable: false,
      reason: 'before-scheme',
      convention: null,
    });
  });

  it('takes a configured group fee', () => {
    const paid = careRulesConfig({
      feeOverrides: [{ convention: '2024', function: 'community', mode: 'group', feeCents: 32600 }],
    });
    const decision = decideAnonymousGroupSession('2025-01-10', 'community', paid);
    assert.equal(decision.reimbursable && decision.feeCents, 32600);
  });
});
