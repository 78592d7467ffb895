// The dates of a standing arrangement: a weekly slot (a weekday, a start and an end time in
// Brussels), every week or every n weeks, from a first to a last day, minus the days either side
// skipped. rrule gives the days; each day's times become instants through Brussels' offset on
// that day, so 12:30 stays 12:30 across the daylight-saving change.

import rrule from 'rrule';
import { brusselsInstant } from '../../events/domain/time.ts';
import type { IsoDate } from '../../platform/identifiers/belgian-date.ts';

const { RRule } = rrule;

/** Monday first, as Belgian calendars are. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklyRule {
  weekday: Weekday;
  /** "HH:MM", Brussels. */
  startTime: string;
  endTime: string;
  firstDay: IsoDate;
  lastDay: IsoDate;
  /** 1: every week; 2: every other week… */
  everyWeeks: number;
}

export interface Slot {
  day: IsoDate;
  startsAt: Date;
  endsAt: Date;
}

const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

const utcMidnight = (day: IsoDate) => new Date(`${day}T00:00:00Z`);

/** The days the rule gives (skipped ones included), in order. */
export function ruleDays(rule: WeeklyRule): IsoDate[] {
  const recurrence = new RRule({
    freq: RRule.WEEKLY,
    interval: rule.everyWeeks,
    byweekday: [RRULE_DAYS[WEEKDAYS.indexOf(rule.weekday)]!],
    // rrule works in "floating" UTC: midnights in UTC stand for Belgian calendar days.
    dtstart: utcMidnight(rule.firstDay),
    until: utcMidnight(rule.lastDay),
  });
  return recurrence.all().map((date) => date.toISOString().slice(0, 10));
}

/** The arrangement's slots: the rule's days minus the skipped ones, with their Brussels times. */
export function arrangementSlots(rule: WeeklyRule, skipped: ReadonlySet<IsoDate> = new Set()): Slot[] {
  return ruleDays(rule)
    .filter((day) => !skipped.has(day))
    .map((day) => ({
      day,
      startsAt: brusselsInstant(day, rule.startTime),
      endsAt: brusselsInstant(day, rule.endTime),
    }));
}

/** Whether a day is one of the rule's days (a skip or an hours entry must name one). */
export function isRuleDay(rule: WeeklyRule, day: IsoDate): boolean {
  return ruleDays(rule).includes(day);
}
