// The case page's order of actions (platform/cases/case-page.tsx): one primary action, the
// status's main next step; then the others; the destructive ones last, as warnings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderActions } from '../../src/platform/cases/case-page.tsx';
import { DESTRUCTIVE_ACTIONS, REQUEST_ALLOWS, REQUEST_NEXT } from '../../src/requests/domain/workflow.ts';

describe('the order and weight of a case page’s actions', () => {
  it('puts the main next step first as the only primary, and decline last as a warning', () => {
    const allowed = REQUEST_ALLOWS.acknowledged;
    const ordered = orderActions(allowed, REQUEST_NEXT.acknowledged, DESTRUCTIVE_ACTIONS);
    assert.deepEqual(ordered[0], { action: 'start', tone: 'primary' });
    assert.equal(ordered.filter((a) => a.tone === 'primary').length, 1);
    assert.deepEqual(ordered.at(-1), { action: 'decline', tone: 'warning' });
    assert.deepEqual(
      ordered.map((a) => a.action).sort(),
      [...allowed].sort(),
      'every allowed action is offered, none added',
    );
  });

  it('takes the next preferred step when the first is not allowed, and none when nothing is next', () => {
    const ordered = orderActions(['schedule', 'note'] as const, ['start', 'schedule'], new Set());
    assert.deepEqual(ordered[0], { action: 'schedule', tone: 'primary' });
    const closed = orderActions(['note'] as const, REQUEST_NEXT.closed, DESTRUCTIVE_ACTIONS);
    assert.deepEqual(closed, [{ action: 'note', tone: 'secondary' }]);
  });

  it('never makes a destructive action the primary one', () => {
    const ordered = orderActions(['decline', 'note'] as const, ['decline'], new Set(['decline']));
    assert.ok(ordered.every((a) => a.tone !== 'primary'));
  });
});
