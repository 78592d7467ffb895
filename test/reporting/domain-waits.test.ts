// Waits in working days: weekends and Belgian public holidays do not count.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { median, waitsOf, workingDaysWaited } from '../../src/reporting/domain/waits.ts';

const at = (iso: string) => new Date(iso);

describe('waits in working days', () => {
  it('counts working days in Brussels time, skipping weekends and public holidays', () => {
    // Friday 24 April 2026 to Tuesday 28 April: Monday and Tuesday.
    assert.equal(workingDaysWaited(at('2026-04-24T09:00:00Z'), at('2026-04-28T09:00:00Z')), 2);
    // Thursday 30 April to Monday 4 May: 1 May is Labour Day, so only Monday.
    assert.equal(workingDaysWaited(at('2026-04-30T09:00:00Z'), at('2026-05-04T09:00:00Z')), 1);
    // 23:30 UTC on 30 April is already 1 May in Brussels.
    assert.equal(workingDaysWaited(at('2026-04-30T22:30:00Z'), at('2026-05-04T09:00:00Z')), 1);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    assert.equal(median([]), null);
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it('judges a request first contacted, or past the target without contact; not one still within it', () => {
    const now = at('2026-05-15T12:00:00Z');
    const waits = waitsOf(
      [
        // Contacted after 1 working day, scheduled after 3.
        {
          receivedAt: at('2026-05-04T08:00:00Z'),
          firstContactAt: at('2026-05-05T08:00:00Z'),
          scheduledAt: at('2026-05-07T08:00:00Z'),
        },
        // Contacted after 5 working days (Ascension, 14 May, does not count).
        {
          receivedAt: at('2026-05-06T08:00:00Z'),
          firstContactAt: at('2026-05-13T08:00:00Z'),
          scheduledAt: null,
        },
        // Never contacted, received 9 working days ago: late.
        { receivedAt: at('2026-05-01T08:00:00Z'), firstContactAt: null, scheduledAt: null },
        // Received yesterday: not judged yet.
        { receivedAt: at('2026-05-14T08:00:00Z'), firstContactAt: null, scheduledAt: null },
      ],
      3,
      now,
    );
    assert.deepEqual(waits, {
      received: 4,
      medianToFirstContact: 3,
      medianToScheduled: 3,
      withinTarget: 1,
      judged: 3,
    });
  });
});
