// What each contingent has drawn so far in the year, beside what it was given for those days.
// A clinician's contingent draws on the sessions they record under their own convention; a
// conventioned service's, on the sessions its clinicians record for it (care keeps each session's
// service: migration 0030). Reporting compares clinicians' sessions with their contingents the
// same way (src/reporting/domain/contingent-use.ts): so many a week × the days so far ÷ 7.
//
// A service's contingent is hours a week, and no source gives a session's length: its sessions
// are turned into hours through what they cost at the network's hourly rate, the rate the
// contingent's hours are valued at, as the budget values first-line hours (a quarter hour is a
// quarter of the rate). Without an hourly rate they have no hours, only their cost.

import { daysBetween, type IsoDate } from './calendar.ts';
import { consumedCents, type UsageLine } from './figures.ts';
import { type BudgetPlan, type CareFee, type Contingent, NO_CARE_FEE, weeklyValue } from './plan.ts';

export interface ContingentDrawing {
  readonly holderId: string;
  readonly holderKind: Contingent['holderKind'];
  /** Reimbursed sessions drawn on the contingent in the year so far. */
  readonly sessions: number;
  /** Their cost, as the budget's consumed figure counts it. */
  readonly consumedCents: number;
  /** What the contingent gives for the year's days so far (weekly value × days ÷ 7); null: no rate. */
  readonly dueCents: number | null;
  /**
   * Used so far in the contingent's own unit: sessions for a clinician, hours for a service (its
   * sessions' cost at the hourly rate, in quarter hours); null for a service without a rate.
   */
  readonly used: number | null;
  /** What the contingent gives for the days so far in the same unit (per week × days ÷ 7). */
  readonly due: number;
}

/** Days of the year up to and including today (none before it starts, all of them after). */
export function daysSoFar(year: number, today: IsoDate): number {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (today < first) return 0;
  return daysBetween(first, today > last ? last : today) + 1;
}

/** Each contingent of the plan, in the plan's order, with what it drew in the year's lines. */
export function contingentUses(
  plan: BudgetPlan,
  yearLines: readonly UsageLine[],
  today: IsoDate,
  careFee: CareFee = NO_CARE_FEE,
): ContingentDrawing[] {
  const days = daysSoFar(plan.year, today);
  // A service's contingent draws on the lines of its service; a clinician's on their own lines
  // recorded for no service. The lines are grouped by whom they draw on, once: a network has
  // hundreds of contingents and the year thousands of lines, so filtering every line for every
  // contingent was most of a budget read.
  const byHolder = new Map<string, UsageLine[]>();
  for (const line of yearLines) {
    if (line.outcome !== 'reimbursed') continue;
    const key = line.serviceId ? `service:${line.serviceId}` : `clinician:${line.clinicianId}`;
    const lines = byHolder.get(key);
    if (lines) lines.push(line);
    else byHolder.set(key, [line]);
  }
  return plan.contingents.map((contingent) => {
    const lines = byHolder.get(`${contingent.holderKind}:${contingent.holderId}`) ?? [];
    const consumed = consumedCents(plan, lines);
    const weekly = weeklyValue(plan, contingent, careFee);
    const rate = plan.hourlyRateCents;
    const used =
      contingent.holderKind === 'clinician'
        ? lines.reduce((sum, line) => sum + line.sessions, 0)
        : rate === null || rate <= 0
          ? null
          : Math.round((consumed / rate) * 4) / 4;
    return {
      holderId: contingent.holderId,
      holderKind: contingent.holderKind,
      sessions: lines.reduce((sum, line) => sum + line.sessions, 0),
      consumedCents: consumed,
      dueCents: weekly === null ? null : Math.round((weekly * days) / 7),
      used,
      due: Math.round(((contingent.perWeek * days) / 7) * 100) / 100,
    };
  });
}
