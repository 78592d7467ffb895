// The coordinator's form starts from the GP's preferred times when they name one day and a span.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formFromPreferredTimes } from '../../src/arrangements/source.ts';

describe('the slot read from the preferred times', () => {
  const cases: Array<[string | null, string, string, string]> = [
    ['Le jeudi de 12h30 à 13h30', 'th', '12:30', '13:30'],
    ['Donderdagen 12:30–13:30', 'th', '12:30', '13:30'],
    ['Tuesdays 9.00 to 10.15', 'tu', '09:00', '10:15'],
    ['Lundi midi', 'mo', '', ''],
    ['Mardi ou jeudi, 12h-13h', '', '12:00', '13:00'],
    ['Donderdagmiddag', 'th', '', ''],
    [null, '', '', ''],
  ];
  for (const [text, weekday, startTime, endTime] of cases) {
    it(`${text ?? '(none)'} → ${weekday || '?'} ${startTime || '?'}–${endTime || '?'}`, () => {
      const form = formFromPreferredTimes(text);
      assert.deepEqual([form.weekday, form.startTime, form.endTime], [weekday, startTime, endTime]);
    });
  }
});
