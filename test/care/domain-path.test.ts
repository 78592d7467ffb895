import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  cancelInPath,
  decideFromScratch,
  decideSession,
  type PastSession,
  type PathDecision,
  type ProposedSession,
  type RecordedSession,
  recordInPath,
} from '../../src/care/domain/index.ts';
import { adultSession, assertCapsHold, pathArb, proposals } from './support/paths.ts';

/** What the store does, in memory: sessions in path order (date, then recording order). */
class PathModel {
  private seq = 0;
  private readonly sessions: (RecordedSession & { seq: number; cancelled: boolean })[] = [];

  path(): RecordedSession[] {
    return this.sessions
      .filter((s) => !s.cancelled)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  }

  reimbursed(): Set<string> {
    return new Set(this.path().flatMap((s) => (s.decision.reimbursable ? [s.id] : [])));
  }

  record(proposed: ProposedSession): PathDecision[] {
    const id = `s${++this.seq}`;
    const results = recordInPath(this.path(), { ...proposed, id });
    this.sessions.push({ ...proposed, id, seq: this.seq, cancelled: false, decision: results[0]!.decision });
    this.apply(results.slice(1));
    return results;
  }

  cancel(id: string): PathDecision[] {
    const results = cancelInPath(this.path(), id);
    const session = this.sessions.find((s) => s.id === id);
    if (session) session.cancelled = true;
    this.apply(results);
    return results;
  }

  private apply(results: PathDecision[]): void {
    for (const result of results) {
      const index = this.sessions.findIndex((s) => s.id === result.id);
      this.sessions[index] = { ...this.sessions[index]!, decision: result.decision };
    }
  }

  /** Every session's decision is the one the rules give it against the path before it. */
  assertConsistent(): void {
    const history: PastSession[] = [];
    for (const session of this.path()) {
      const again = decideSession(session, history);
      if (session.decision.reimbursable) {
        assert.equal(again.reimbursable, true, `${session.id} on ${session.date} is reimbursed`);
        assert.equal(session.decision.sessionNumber, again.sessionNumber);
        assert.equal(session.decision.copayCents, again.copayCents);
      }
      history.push({ ...session, reimbursable: session.decision.reimbursable });
    }
  }
}

const withArrivalOrder = pathArb(40).chain((path) =>
  fc.tuple(
    fc.constant(path),
    fc.shuffledSubarray([...path.visits.keys()], { minLength: path.visits.length }),
    fc.array(fc.nat(), { maxLength: 10 }),
  ),
);

describe('recording and cancelling in a care path', () => {
  it('recording sessions in date order decides them as from scratch', () => {
    fc.assert(
      fc.property(pathArb(40), (path) => {
        const sessions = proposals(path);
        const model = new PathModel();
        for (const session of sessions) model.record(session);
        assert.deepEqual(
          model.path().map((s) => s.decision),
          decideFromScratch(sessions),
        );
      }),
    );
  });

  it('recording sessions in any order never takes a reimbursement away, and caps hold', () => {
    fc.assert(
      fc.property(withArrivalOrder, ([path, order]) => {
        const sessions = proposals(path);
        const model = new PathModel();
        for (const index of order) {
          const before = model.reimbursed();
          model.record(sessions[index]!);
          const after = model.reimbursed();
          for (const id of before) assert.ok(after.has(id), `recording took ${id}'s reimbursement away`);
        }
        model.assertConsistent();
        assertCapsHold(
          model.path().map((s) => ({ session: s, decision: s.decision })),
          path.patient.networkType,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('cancelling a session never reduces another session’s reimbursability', () => {
    fc.assert(
      fc.property(withArrivalOrder, ([path, order, picks]) => {
        const sessions = proposals(path);
        const model = new PathModel();
        for (const index of order) model.record(sessions[index]!);
        for (const pick of picks) {
          const path = model.path();
          if (path.length === 0) break;
          const cancelled = path[pick % path.length]!.id;
          const before = model.reimbursed();
          const changes = model.cancel(cancelled);
          const after = model.reimbursed();
          for (const id of before) {
            if (id !== cancelled) assert.ok(after.has(id), `cancelling ${cancelled} took ${id}'s away`);
          }
          for (const change of changes) assert.notEqual(change.id, cancelled);
        }
        model.assertConsistent();
        assertCapsHold(
          model.path().map((s) => ({ session: s, decision: s.decision })),
          path.patient.networkType,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('reimburses exactly the cap when 50 sessions of one window arrive in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(50).keys()], { minLength: 50 }), (order) => {
        const model = new PathModel();
        for (const day of order) model.record(adultSession(addDays('2024-06-01', day * 3)));
        assert.equal(model.reimbursed().size, 8);
      }),
      { numRuns: 50 },
    );
  });
});

describe('what re-deciding reports', () => {
  it('keeps a later session reimbursed when a cancellation frees a place in an earlier window', () => {
    const model = new PathModel();
    const dates = [
      '2024-05-01',
      '2024-06-01',
      '2024-07-01',
      '2024-08-01',
      '2024-09-01',
      '2024-10-01',
      '2024-11-01',
      '2024-12-01',
      '2025-01-01',
      '2025-05-02',
    ];
    for (const date of dates) model.record(adultSession(date));
    // 8 reimbursed; the 9th refused; the 10th reimbursed, 2024-05-01 having left its window.
    assert.deepEqual(
      model.path().map((s) => s.decision.reason ?? 'ok'),
      [...Array(8).fill('ok'), 'cap-reached', 'ok'],
    );
    const changes = model.cancel('s1');
    // Reimbursing 2025-01-01 now would push 2025-05-02 over the cap: it stays refused.
    assert.deepEqual(
      model.path().map((s) => s.decision.reason ?? 'ok'),
      [...Array(7).fill('ok'), 'cap-reached', 'ok'],
    );
    // Every later session in its window moved one rank down, and 2024-06-01 is now the free first
    // session; 2025-05-02, whose window never held 2024-05-01, is unchanged.
    assert.deepEqual(
      changes.map((c) => [c.id, c.decision.sessionNumber, c.decision.copayCents]),
      [
        ['s2', 1, 0],
        ['s3', 2, 1100],
        ['s4', 3, 1100],
        ['s5', 4, 1100],
        ['s6', 5, 1100],
        ['s7', 6, 1100],
        ['s8', 7, 1100],
      ],
    );
  });

  it('lets a refused session through once the session blocking it is cancelled', () => {
    const model = new PathModel();
    model.record(adultSession('2024-05-01'));
    const [sameDay] = model.record(adultSession('2024-05-01', 'treatment'));
    assert.equal(sameDay!.decision.reason, 'same-day');
    const changes = model.cancel('s1');
    assert.deepEqual(
      changes.map((c) => [c.id, c.decision.reimbursable]),
      [['s2', true]],
    );
  });

  it('refuses a freed session for the reason a later reimbursed session would be refused', () => {
    const model = new PathModel();
    model.record(adultSession('2024-05-01'));
    model.record(adultSession('2024-05-01', 'treatment')); // same day: refused
    model.record(adultSession('2024-06-01')); // support, reimbursed
    const changes = model.cancel('s1');
    // Reimbursing the treatment would make the 2024-06-01 support session parallel care.
    // The support session stays reimbursed, and is now the free first session.
    assert.deepEqual(
      changes.map((c) => [c.id, c.decision.reason, c.decision.firstSessionFree]),
      [
        ['s2', 'parallel-support-treatment', false],
        ['s3', null, true],
      ],
    );
  });

  it('moves the free first session to a session recorded late with an earlier date', () => {
    const model = new PathModel();
    const [first] = model.record(adultSession('2024-05-10'));
    assert.equal(first!.decision.firstSessionFree, true);
    const [late, ...changes] = model.record(adultSession('2024-05-03'));
    assert.equal(late!.decision.firstSessionFree, true);
    assert.equal(late!.decision.sessionNumber, 1);
    assert.deepEqual(
      changes.map((c) => [
        c.id,
        c.decision.sessionNumber,
        c.decision.copayCents,
        c.decision.firstSessionFree,
      ]),
      [['s1', 2, 1100, false]],
    );
  });

  it('refuses a session recorded late when it would take a later session’s place', () => {
    const model = new PathModel();
    for (let week = 1; week <= 8; week++) model.record(adultSession(addDays('2024-06-01', week * 7)));
    const [late, ...changes] = model.record(adultSession('2024-06-02'));
    assert.equal(late!.decision.reason, 'cap-reached');
    assert.deepEqual(changes, []);
  });
});
