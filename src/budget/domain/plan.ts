// A network's budget plan for one calendar year: the amount INAMI allocated, the fees it is spent
// at, the envelopes that split it, the weekly contingents that commit it, and the thresholds that
// warn before it runs out. Money is integer cents. Nothing here is invented: a fee the care rules
// do not give (DOMAIN.md §5: 2024 fees are unknown) is the network's own figure, or unknown.

import type { ClinicianFunction, SessionMode } from '../../platform/vocabulary/codes.ts';

/**
 * How an envelope splits the amount. Zone envelopes split it between coordinator zones, function
 * envelopes between community, support and treatment (another view of the same money), and the
 * first-line support envelope (advice, joint consultations and knowledge sessions for GPs and
 * organisations: the INAMI letter's budget for supporting first-line actors) comes off the top
 * of both. 'other' is a network's own split.
 */
export const ENVELOPE_KINDS = ['zone', 'function', 'first-line-support', 'other'] as const;
export type EnvelopeKind = (typeof ENVELOPE_KINDS)[number];

export interface Envelope {
  readonly id: string;
  readonly label: string;
  readonly kind: EnvelopeKind;
  /** The zone's id for a zone envelope, the function for a function envelope; null otherwise. */
  readonly key: string | null;
  readonly allocationCents: number;
}

/** The network's fee for one function and mode, used wherever the care rules know none. */
export interface FeeRule {
  readonly function: ClinicianFunction;
  readonly mode: SessionMode;
  readonly feeCents: number;
}

/**
 * A conventioned clinician's or service's weekly contingent with the network: sessions a week for
 * a clinician, hours a week for a service (never turned into sessions).
 */
export interface Contingent {
  readonly holderId: string;
  readonly holderKind: 'clinician' | 'service';
  readonly perWeek: number;
  readonly function: ClinicianFunction;
  readonly mode: SessionMode;
  /** The coordinator zone whose envelope it draws on; null when the network has not said. */
  readonly zoneId: string | null;
}

export interface BudgetPlan {
  readonly networkId: string;
  readonly year: number;
  readonly allocationCents: number;
  /** The fee per session used when neither the care rules nor `fees` give one. */
  readonly defaultFeeCents: number | null;
  /** What an hour of a service's contingent is valued at; null: the network has not set it. */
  readonly hourlyRateCents: number | null;
  /**
   * What an hour of a clinician's first-line support (advice, joint consultation, knowledge
   * session, case advice) is valued at, drawn on the first-line support envelope; null: not set.
   */
  readonly firstLineHourlyRateCents: number | null;
  readonly fees: readonly FeeRule[];
  readonly envelopes: readonly Envelope[];
  readonly contingents: readonly Contingent[];
  /** Consumption thresholds in percent (the network's own; 75 and 90 until it says otherwise). */
  readonly thresholds: readonly number[];
}

export const DEFAULT_THRESHOLDS: readonly number[] = [75, 90];

/** Ten billion euros: beyond that a figure is a typing slip, not a budget. */
export const MAX_CENTS = 1_000_000_000_000;

/** A sessions-per-week or hours-per-week figure beyond this is not one person's or service's week. */
export const MAX_PER_WEEK = 200;

/**
 * The fee the care rules give a session of a function and mode on a date, with its source, or
 * null where no source gives one (DOMAIN.md §5: the 2024 convention's fees are unknown).
 */
export type CareFee = (fn: string, mode: string) => number | null;
export const NO_CARE_FEE: CareFee = () => null;

/** The fee a session of this function and mode is valued at: the care rules', else the network's. */
export function feeFor(
  plan: BudgetPlan,
  fn: string,
  mode: string,
  careFee: CareFee = NO_CARE_FEE,
): number | null {
  const sourced = careFee(fn, mode);
  if (sourced !== null) return sourced;
  const rule = plan.fees.find((fee) => fee.function === fn && fee.mode === mode);
  return rule ? rule.feeCents : plan.defaultFeeCents;
}

/**
 * What one unit of a contingent is valued at: a clinician's session at its fee (the care rules',
 * else the network's), a service's hour at the network's hourly rate; null where none is set.
 */
export function contingentRate(
  plan: BudgetPlan,
  contingent: Pick<Contingent, 'holderKind' | 'function' | 'mode'>,
  careFee: CareFee = NO_CARE_FEE,
): number | null {
  return contingent.holderKind === 'service'
    ? plan.hourlyRateCents
    : feeFor(plan, contingent.function, contingent.mode, careFee);
}

/** What one week of a contingent is worth: sessions at their fee, hours at the hourly rate. */
export function weeklyValue(
  plan: BudgetPlan,
  contingent: Pick<Contingent, 'holderKind' | 'function' | 'mode' | 'perWeek'>,
  careFee: CareFee = NO_CARE_FEE,
): number | null {
  const rate = contingentRate(plan, contingent, careFee);
  return rate === null ? null : Math.round(contingent.perWeek * rate);
}

/**
 * The splits the plan's envelopes make: each of them, with the first-line support envelope, may
 * not exceed the allocation. Returned so that callers can name the split that is over.
 */
export function splitTotals(envelopes: readonly Envelope[]): {
  firstLine: number;
  splits: Partial<Record<'zone' | 'function' | 'other', number>>;
} {
  let firstLine = 0;
  const splits: Partial<Record<'zone' | 'function' | 'other', number>> = {};
  for (const envelope of envelopes) {
    if (envelope.kind === 'first-line-support') firstLine += envelope.allocationCents;
    else splits[envelope.kind] = (splits[envelope.kind] ?? 0) + envelope.allocationCents;
  }
  return { firstLine, splits };
}

/** Whether the envelopes fit in the allocation: every split plus first-line support at most the amount. */
export function envelopesFit(allocationCents: number, envelopes: readonly Envelope[]): boolean {
  const { firstLine, splits } = splitTotals(envelopes);
  if (firstLine > allocationCents) return false;
  return Object.values(splits).every((sum) => sum + firstLine <= allocationCents);
}

/** The plan of a network and year before anything was set: nothing allocated. */
export function emptyPlan(networkId: string, year: number): BudgetPlan {
  return {
    networkId,
    year,
    allocationCents: 0,
    defaultFeeCents: null,
    hourlyRateCents: null,
    firstLineHourlyRateCents: null,
    fees: [],
    envelopes: [],
    contingents: [],
    thresholds: DEFAULT_THRESHOLDS,
  };
}
