import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, ageOn, isIsoDate } from '../../src/care/domain/dates.ts';

describe('calendar dates', () => {
  it('accepts only existing YYYY-MM-DD dates', () => {
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2023-02-29'), false);
    assert.equal(isIsoDate('2024-13-01'), false);
    assert.equal(isIsoDate('2024-4-1'), false);
    assert.equal(isIsoDate(20240401), false);
  });

  it('moves by months, clamping the day to the end of a shorter month', () => {
    const cases: [string, number, string][] = [
      ['2025-02-28', -12, '2024-02-28'],
      ['2024-02-29', -12, '2023-02-28'],
      ['2024-03-31', -1, '2024-02-29'],
      ['2025-05-10', -12, '2024-05-10'],
      ['2024-01-15', -13, '2022-12-15'],
      ['2023-12-31', 2, '2024-02-29'],
    ];
    for (const [date, months, expected] of cases) {
      assert.equal(addMonths(date, months), expected, `${date} ${months} months`);
    }
  });

  it('moves by days across months, years and leap days', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(addDays('2023-12-31', 1), '2024-01-01');
  });

  it('counts age in completed years, the birthday included', () => {
    assert.equal(ageOn('2000-06-15', '2024-06-14'), 23);
    assert.equal(ageOn('2000-06-15', '2024-06-15'), 24);
    assert.equal(ageOn('2004-02-29', '2023-02-28'), 18);
    assert.equal(ageOn('2004-02-29', '2023-03-01'), 19);
  });

  it('rejects malformed dates loudly rather than guessing', () => {
    assert.throws(() => ageOn('2000-02-30', '2024-01-01'), RangeError);
  });
});
