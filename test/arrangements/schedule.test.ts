// The dates of a standing arrangement (issue 15 §2): weekly or every n weeks, between a first and
// a last day, minus skipped days, at the same Brussels clock time on both sides of a DST change.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrangementSlots, isRuleDay, type WeeklyRule } from '../../src/arrangements/domain/schedule.ts';

const THURSDAYS: WeeklyRule = {
  weekday: 'th',
  startTime: '12:30',
  endTime: '13:30',
  firstDay: '2027-03-01',
  lastDay: '2027-04-08',
  everyWeeks: 1,
};

describe('arrangement dates', () => {
  const cases: Array<{ name: string; rule: WeeklyRule; skipped?: string[]; days: string[] }> = [
    {
      name: 'every Thursday from a Monday to a Thursday, both ends included',
      rule: THURSDAYS,
      days: ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25', '2027-04-01', '2027-04-08'],
    },
    {
      name: 'every other Thursday counts from the first Thursday',
      rule: { ...THURSDAYS, everyWeeks: 2 },
      days: ['2027-03-04', '2027-03-18', '2027-04-01'],
    },
    {
      name: 'skipped days are left out',
      rule: THURSDAYS,
      skipped: ['2027-03-11', '2027-04-01'],
      days: ['2027-03-04', '2027-03-18', '2027-03-25', '2027-04-08'],
    },
    {
      name: 'a last day before the first weekday gives no date',
      rule: { ...THURSDAYS, lastDay: '2027-03-03' },
      days: [],
    },
    {
      name: 'Mondays across the new year',
      rule: { ...THURSDAYS, weekday: 'mo', firstDay: '2027-12-20', lastDay: '2028-01-10' },
      days: ['2027-12-20', '2027-12-27', '2028-01-03', '2028-01-10'],
    },
  ];
  for (const { name, rule, skipped, days } of cases) {
    it(name, () => {
      const slots = arrangementSlots(rule, new Set(skipped ?? []));
      assert.deepEqual(
        slots.map((slot) => slot.day),
        days,
      );
    });
  }

  it('keeps 12:30 Brussels time before and after the change to summer time (28 March 2027)', () => {
    const slots = arrangementSlots(THURSDAYS);
    const march25 = slots.find((slot) => slot.day === '2027-03-25')!;
    const april1 = slots.find((slot) => slot.day === '2027-04-01')!;
    assert.equal(march25.startsAt.toISOString(), '2027-03-25T11:30:00.000Z'); // UTC+1
    assert.equal(march25.endsAt.toISOString(), '2027-03-25T12:30:00.000Z');
    assert.equal(april1.startsAt.toISOString(), '2027-04-01T10:30:00.000Z'); // UTC+2
  });

  it('keeps 12:30 across the change back to winter time (31 October 2027)', () => {
    const slots = arrangementSlots({ ...THURSDAYS, firstDay: '2027-10-28', lastDay: '2027-11-04' });
    assert.deepEqual(
      slots.map((slot) => slot.startsAt.toISOString()),
      ['2027-10-28T10:30:00.000Z', '2027-11-04T11:30:00.000Z'],
    );
  });

  it('knows its own days', () => {
    assert.equal(isRuleDay(THURSDAYS, '2027-03-11'), true);
    assert.equal(isRuleDay(THURSDAYS, '2027-03-12'), false);
    assert.equal(isRuleDay(THURSDAYS, '2027-04-15'), false);
  });
});
