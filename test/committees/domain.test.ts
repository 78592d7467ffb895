// The pure rules of deciding bodies: quorum with recusals, recusals, networks of a dual
// application, and the checks of what a secretary types.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BRUSSELS_BODIES } from '../../src/committees/data/brussels-bodies.ts';
import { BODY_ID } from '../../src/committees/domain/bodies.ts';
import { checkDecision, checkMeeting, checkRecusal, parseDay } from '../../src/committees/domain/forms.ts';
import { networksOfItem, quorumOf, recusalsFor } from '../../src/committees/domain/quorum.ts';

const usual = { minimumPresent: 2, majorityOfMembers: true };
const five = ['a', 'b', 'c', 'd', 'e'];

describe('quorum', () => {
  it('needs a majority of the members and the minimum', () => {
    assert.deepEqual(quorumOf(usual, five, ['a', 'b']), { members: 5, present: 2, required: 3, met: false });
    assert.deepEqual(quorumOf(usual, five, ['a', 'b', 'c']), {
      members: 5,
      present: 3,
      required: 3,
      met: true,
    });
    assert.equal(quorumOf({ minimumPresent: 4, majorityOfMembers: true }, five, ['a', 'b', 'c']).met, false);
    assert.equal(quorumOf({ minimumPresent: 2, majorityOfMembers: false }, five, ['a', 'b']).met, true);
  });

  it('leaves recused members out of both the members and those present', () => {
    // 5 members, 3 present, one of them recused: 2 of the 4 others, 3 needed.
    assert.deepEqual(quorumOf(usual, five, ['a', 'b', 'c'], ['c']), {
      members: 4,
      present: 2,
      required: 3,
      met: false,
    });
    // Three members all present, one recused: 2 of 2, at least 2 needed.
    assert.deepEqual(quorumOf(usual, ['a', 'b', 'c'], ['a', 'b', 'c'], ['b']), {
      members: 2,
      present: 2,
      required: 2,
      met: true,
    });
  });

  it('has no quorum without members, and ignores people present who are not members', () => {
    assert.equal(quorumOf({ minimumPresent: 0, majorityOfMembers: false }, [], []).met, false);
    assert.equal(quorumOf(usual, ['a', 'b', 'c'], ['x', 'y', 'a']).present, 1);
  });
});

describe('recusals', () => {
  it('recuses involved members automatically and declared ones once, involvement first', () => {
    const item = { involvedAccountIds: ['b', 'stranger'] };
    assert.deepEqual(recusalsFor(item, ['a', 'b', 'c'], ['c', 'b']), [
      { accountId: 'b', cause: 'involved' },
      { accountId: 'c', cause: 'declared' },
    ]);
    assert.deepEqual(recusalsFor({ involvedAccountIds: [] }, ['a'], []), []);
  });

  it('splits a dual application between this body and the other one', () => {
    assert.deepEqual(networksOfItem(['brumenta'], ['bru-stars', 'brumenta']), {
      here: ['brumenta'],
      elsewhere: ['bru-stars'],
    });
    assert.deepEqual(networksOfItem(['bru-stars', 'brumenta'], ['bru-stars', 'brumenta']).elsewhere, []);
  });
});

describe('forms', () => {
  it('reads dates as people type them, and only real days', () => {
    assert.equal(parseDay('3/12/2026'), '2026-12-03');
    assert.equal(parseDay('2026-12-03'), '2026-12-03');
    assert.equal(parseDay('29/02/2027'), null);
    assert.equal(parseDay('tomorrow'), null);
  });

  const TODAY = '2026-12-01';

  it('checks a meeting, field by field', () => {
    assert.deepEqual(
      checkMeeting({}, TODAY).ok ? [] : (checkMeeting({}, TODAY) as { issues: unknown[] }).issues,
      [
        { field: 'heldOn', code: 'date-missing' },
        { field: 'startsAt', code: 'time-missing' },
        { field: 'mode', code: 'mode-missing' },
        { field: 'place', code: 'place-missing' },
      ],
    );
    const ok = checkMeeting(
      { heldOn: '03/12/2026', startsAt: '9h30', mode: 'online', place: ' Teams ' },
      TODAY,
    );
    assert.deepEqual(ok, {
      ok: true,
      value: { heldOn: '2026-12-03', startsAt: '09:30', mode: 'online', place: 'Teams' },
    });
    assert.equal(
      checkMeeting({ heldOn: '03/12/2026', startsAt: '25:00', mode: 'x', place: 'y' }, TODAY).ok,
      false,
    );
    // Issue 12: a meeting is planned for today or later.
    const past = checkMeeting(
      { heldOn: '30/11/2026', startsAt: '10:00', mode: 'online', place: 'Teams' },
      TODAY,
    );
    assert.deepEqual(!past.ok && past.issues, [{ field: 'heldOn', code: 'date-in-past' }]);
  });

  const met = { members: 3, present: 3, required: 2, met: true };
  const decision = {
    outcome: 'approve',
    reasons: 'Utile',
    votesFor: '2',
    votesAgainst: '1',
    abstentions: '0',
  };

  it('accepts a decision the votes carry, with reasons', () => {
    assert.deepEqual(checkDecision(decision, met), {
      ok: true,
      value: { outcome: 'approve', reasons: 'Utile', votesFor: 2, votesAgainst: 1, abstentions: 0 },
    });
  });

  it('refuses a decision without quorum, reasons, whole votes, the right total or the majority', () => {
    const codes = (input: Record<string, string>, quorum = met) => {
      const checked = checkDecision(input, quorum);
      return checked.ok ? [] : checked.issues.map((issue) => issue.code);
    };
    assert.deepEqual(codes(decision, { ...met, met: false }), ['no-quorum']);
    assert.deepEqual(codes({ ...decision, reasons: '  ' }), ['reasons-missing']);
    assert.deepEqual(codes({ ...decision, votesFor: '-1' }), ['votes-invalid']);
    assert.deepEqual(codes({ ...decision, votesFor: '3' }), ['votes-total']);
    assert.deepEqual(codes({ ...decision, votesFor: '1', votesAgainst: '1', abstentions: '1' }), [
      'votes-outcome',
    ]);
    assert.deepEqual(codes({ ...decision, outcome: 'reject' }), ['votes-outcome']);
    assert.deepEqual(codes({ ...decision, outcome: '' }), ['outcome-missing']);
  });

  it('needs a member and a reason for a declared conflict', () => {
    assert.equal(checkRecusal({ memberId: 'a', note: 'Sa sœur' }, ['a']).ok, true);
    const wrong = checkRecusal({ memberId: 'z', note: '' }, ['a']);
    assert.deepEqual(wrong.ok ? [] : wrong.issues.map((issue) => issue.code), [
      'member-missing',
      'note-missing',
    ]);
  });
});

describe('the Brussels bodies', () => {
  it('are the CRE of Bru-Stars and the CRR of Brumenta, named in three languages', () => {
    assert.deepEqual(
      BRUSSELS_BODIES.map((body) => [body.id, body.networkIds]),
      [
        ['bru-stars-cre', ['bru-stars']],
        ['brumenta-crr', ['brumenta']],
      ],
    );
    for (const body of BRUSSELS_BODIES) {
      assert.match(body.id, BODY_ID);
      assert.ok(body.names.fr && body.names.nl && body.names.en);
    }
  });
});
