// Applications' days per stage: for each stage an application left, the calendar days (Brussels
// dates) from the day it entered the stage to the day it left it, counted in the period in which
// it left; the median of those. A stage an application is still in is not counted yet.

import { brusselsDate } from '../../platform/working-days.ts';
import { median } from './waits.ts';

/** The stages measured, in the order an application goes through them. */
export const MEASURED_STAGES = [
  'submitted',
  'completeness-check',
  'contact',
  'concertation',
  'decision',
  'approved',
] as const;
export type MeasuredStage = (typeof MEASURED_STAGES)[number];

export interface StageEntry {
  status: string;
  at: Date;
}

export interface StageMedian {
  stage: MeasuredStage;
  /** Applications that left the stage in the period. */
  applications: number;
  medianDays: number | null;
}

const DAY_MS = 24 * 3_600_000;

/** Whole calendar days between two instants' Brussels dates. */
export function calendarDaysBetween(from: Date, to: Date): number {
  return Math.round((Date.parse(brusselsDate(to)) - Date.parse(brusselsDate(from))) / DAY_MS);
}

/** The median days per stage of the stages left from `from` (included) to `to` (excluded). */
export function stageMedians(
  histories: readonly (readonly StageEntry[])[],
  from: Date,
  to: Date,
): StageMedian[] {
  const days = new Map<string, number[]>(MEASURED_STAGES.map((stage) => [stage, []]));
  for (const history of histories) {
    // An action that leads to the status the application is already in does not end the stage.
    const moves = history.filter((entry, i) => i === 0 || entry.status !== history[i - 1]!.status);
    for (let i = 0; i + 1 < moves.length; i++) {
      const entered = moves[i]!;
      const left = moves[i + 1]!;
      if (left.at < from || left.at >= to) continue;
      days.get(entered.status)?.push(calendarDaysBetween(entered.at, left.at));
    }
  }
  return MEASURED_STAGES.map((stage) => {
    const values = days.get(stage)!;
    return { stage, applications: values.length, medianDays: median(values) };
  });
}
