// What a plan has committed, consumed and will likely spend by 31 December, in total and per
// envelope. Consumption comes from the care statement counters (a line per clinician, function,
// mode and outcome); only reimbursed sessions count, at the fee care decided for them, or at the
// network's fee where care knows none (DOMAIN.md §5: 2024 fees are unknown).

import { addDays, daysBetween, type IsoDate } from './calendar.ts';
import { type BudgetPlan, type CareFee, type Envelope, feeFor, NO_CARE_FEE, weeklyValue } from './plan.ts';

/** Sessions of one clinician, function and mode with one outcome, as the counters hold them. */
export interface UsageLine {
  readonly clinicianId: string;
  readonly function: string;
  readonly mode: string;
  /** 'reimbursed', 'cancelled', or 'refused' (any reason a session was not reimbursed). */
  readonly outcome: 'reimbursed' | 'cancelled' | 'refused';
  readonly sessions: number;
  /** The fees care decided for these sessions, where it knew them. */
  readonly feeCents: number;
  /** Of these sessions, those whose fee care did not know. */
  readonly unknownFeeSessions: number;
  /**
   * The coordinator zone the sessions took place in (their location's, as care recorded it);
   * '' or absent when unknown (sessions recorded before zones were kept).
   */
  readonly zoneId?: string;
  /**
   * The conventioned service whose contingent the sessions drew on (care keeps it: migration
   *0030); '' or absent for the clinician's own convention.
   */
  readonly serviceId?: string;
}

/** What lines cost the network: reimbursed sessions at their fee; nothing else ever counts. */
export function consumedCents(
  plan: BudgetPlan,
  lines: readonly Omit<UsageLine, 'clinicianId' | 'sessions'>[],
): number {
  let total = 0;
  for (const line of lines) {
    if (line.outcome !== 'reimbursed') continue;
    const fee = feeFor(plan, line.function, line.mode);
    total += line.feeCents + (fee === null ? 0 : line.unknownFeeSessions * fee);
  }
  return total;
}

/** Whole weeks from `today` to 31 December of the year (all of them before it starts, none after). */
export function weeksLeft(year: number, today: IsoDate): number {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (today > last) return 0;
  const from = today < first ? first : today;
  return Math.floor((daysBetween(from, last) + 1) / 7);
}

/** Contingent × weeks left × fee, summed; a contingent without a known fee or hourly rate adds nothing. */
export function committedCents(
  plan: BudgetPlan,
  today: IsoDate,
  keep: (contingent: BudgetPlan['contingents'][number]) => boolean = () => true,
  careFee: CareFee = NO_CARE_FEE,
): number {
  const weeks = weeksLeft(plan.year, today);
  let total = 0;
  for (const contingent of plan.contingents) {
    if (!keep(contingent)) continue;
    total += (weeklyValue(plan, contingent, careFee) ?? 0) * weeks;
  }
  return total;
}

/**
 * The window the run rate is read over: the last `weeks` weeks up to today, within the year,
 * widened to whole months because the counters are kept per month. `days` is its length to today.
 */
export function runRateWindow(
  year: number,
  today: IsoDate,
  weeks: number,
): { from: IsoDate; until: IsoDate; days: number } | null {
  const first = `${year}-01-01`;
  if (today < first) return null;
  const end = today > `${year}-12-31` ? `${year}-12-31` : today;
  const start = addDays(end, -7 * weeks + 1);
  const from = start < first ? first : `${start.slice(0, 7)}-01`;
  const [y, m] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  const until = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, until, days: daysBetween(from, end) + 1 };
}

/**
 * Spending to 31 December: what is consumed, plus the rest of the year at the run rate of the
 * window; clinicians cannot bill beyond their contingents, so where contingents apply the rest is
 * at most what they commit. Before a week of the year has passed there is no rate: the rest is
 * what the contingents commit.
 */
export function forecastCents(input: {
  consumedCents: number;
  committedCents: number;
  windowConsumedCents: number;
  windowDays: number;
  daysLeft: number;
}): number {
  if (input.windowDays < 7) return input.consumedCents + input.committedCents;
  const projected = Math.round((input.windowConsumedCents / input.windowDays) * input.daysLeft);
  const rest = input.committedCents > 0 ? Math.min(projected, input.committedCents) : projected;
  return input.consumedCents + rest;
}

export interface Figures {
  readonly allocationCents: number;
  readonly committedCents: number;
  readonly consumedCents: number;
  readonly forecastCents: number;
}

export interface EnvelopeFigures extends Figures {
  readonly envelope: Envelope;
}

export interface BudgetFigures extends Figures {
  readonly remainingCents: number;
  readonly envelopes: readonly EnvelopeFigures[];
}

export interface Usage {
  /** The year so far. */
  readonly year: readonly UsageLine[];
  /** The run-rate window (see runRateWindow); empty when there is none. */
  readonly window: readonly UsageLine[];
  readonly windowDays: number;
  /**
   * Quarter hours of first-line support recorded by clinicians in the year so far and in the
   * run-rate window; absent: none.
   */
  readonly firstLineQuarterHours?: { readonly year: number; readonly window: number };
}

/** What quarter hours of first-line support cost: at the network's first-line hourly rate, or nothing unset. */
export function firstLineCents(plan: BudgetPlan, quarterHours: number): number {
  const rate = plan.firstLineHourlyRateCents;
  return rate === null ? 0 : Math.round((quarterHours * rate) / 4);
}

/** Days after today up to 31 December (0 once the year is over). */
export function daysLeftInYear(year: number, today: IsoDate): number {
  const last = `${year}-12-31`;
  if (today > last) return 0;
  if (today < `${year}-01-01`) return daysBetween(`${year}-01-01`, last) + 1;
  return daysBetween(today, last);
}

/**
 * The figures of the plan and of each envelope. A zone envelope counts the sessions that took
 * place in its zone (a session of unknown zone, recorded before zones were kept, counts in the
 * zone its service's or clinician's contingent draws on) and commits the contingents drawing on it; a function envelope the sessions of its function; the first-line
 * support envelope the hours clinicians recorded for GPs and organisations, at its hourly rate.
 * The whole plan counts both.
 */
export function budgetFigures(
  plan: BudgetPlan,
  usage: Usage,
  today: IsoDate,
  careFee: CareFee = NO_CARE_FEE,
): BudgetFigures {
  const zoneOf = new Map(plan.contingents.map((c) => [c.holderId, c.zoneId]));
  const daysLeft = daysLeftInYear(plan.year, today);
  const figuresFor = (
    allocation: number,
    line: (line: UsageLine) => boolean,
    contingent: (c: BudgetPlan['contingents'][number]) => boolean,
    hours: { year: number; window: number } = { year: 0, window: 0 },
  ): Figures => {
    const consumed = consumedCents(plan, usage.year.filter(line)) + hours.year;
    const committed = committedCents(plan, today, contingent, careFee);
    return {
      allocationCents: allocation,
      committedCents: committed,
      consumedCents: consumed,
      forecastCents: forecastCents({
        consumedCents: consumed,
        committedCents: committed,
        windowConsumedCents: consumedCents(plan, usage.window.filter(line)) + hours.window,
        windowDays: usage.windowDays,
        daysLeft,
      }),
    };
  };
  const quarterHours = usage.firstLineQuarterHours ?? { year: 0, window: 0 };
  const firstLine = {
    year: firstLineCents(plan, quarterHours.year),
    window: firstLineCents(plan, quarterHours.window),
  };
  const envelopes = plan.envelopes.map((envelope): EnvelopeFigures => {
    const none = () => false;
    const figures =
      envelope.kind === 'zone'
        ? figuresFor(
            envelope.allocationCents,
            (line) => (line.zoneId || zoneOf.get(line.serviceId || line.clinicianId)) === envelope.key,
            (c) => c.zoneId === envelope.key,
          )
        : envelope.kind === 'function'
          ? figuresFor(
              envelope.allocationCents,
              (line) => line.function === envelope.key,
              (c) => c.function === envelope.key,
            )
          : envelope.kind === 'first-line-support'
            ? figuresFor(envelope.allocationCents, none, none, firstLine)
            : figuresFor(envelope.allocationCents, none, none);
    return { envelope, ...figures };
  });
  const total = figuresFor(
    plan.allocationCents,
    () => true,
    () => true,
    firstLine,
  );
  // Left to promise: what is neither spent nor committed to the contingents for the rest of the year.
  return {
    ...total,
    remainingCents: plan.allocationCents - total.consumedCents - total.committedCents,
    envelopes,
  };
}
