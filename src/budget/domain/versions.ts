// Every change to a plan is a dated version, kept forever: the plan is what replaying its
// versions in order gives, and "the plan as it was on date D" is the replay of the versions made
// on or before D. A change is checked against the plan it applies to, so a replay never meets a
// change that was refused when it was made.

import { brusselsDay } from './calendar.ts';
import {
  type BudgetPlan,
  type Contingent,
  type Envelope,
  emptyPlan,
  envelopesFit,
  type FeeRule,
} from './plan.ts';

export type PlanChange =
  /** The amount and fees; envelopes and thresholds too when given (absent: kept as they were). */
  | {
      readonly kind: 'set';
      readonly allocationCents: number;
      readonly defaultFeeCents: number | null;
      readonly hourlyRateCents?: number | null;
      readonly firstLineHourlyRateCents?: number | null;
      readonly fees?: readonly FeeRule[];
      readonly envelopes?: readonly Envelope[];
      readonly thresholds?: readonly number[];
    }
  /** One envelope's amount changed by hand, e.g. after a proposal by population: why is required. */
  | {
      readonly kind: 'adjust-envelope';
      readonly envelopeId: string;
      readonly allocationCents: number;
      readonly reason: string;
    }
  /** A contingent set at signing or changed later; a change after the first needs a reason. */
  | { readonly kind: 'set-contingent'; readonly contingent: Contingent; readonly reason: string | null }
  /** A suspended or ended convention releases its contingent. */
  | { readonly kind: 'end-contingent'; readonly holderId: string; readonly reason: string };

export interface PlanVersion {
  /** 1, 2, 3… per network and year. */
  readonly number: number;
  /** When it was made (an instant, ISO 8601). */
  readonly at: string;
  /** Who made it (an e-mail address, or 'api' for the token's holder). */
  readonly by: string;
  readonly change: PlanChange;
}

export type PlanErrorCode =
  | 'over-allocation'
  | 'below-envelopes'
  | 'duplicate-envelope'
  | 'reason-required'
  | 'unknown-envelope'
  | 'unknown-contingent'
  | 'not-set';

export interface PlanError {
  readonly field: string;
  readonly code: PlanErrorCode;
}

export type Applied = { ok: true; plan: BudgetPlan } | { ok: false; errors: PlanError[] };

const blank = (text: string | null) => text === null || text.trim() === '';

function applySet(plan: BudgetPlan, change: Extract<PlanChange, { kind: 'set' }>): Applied {
  const envelopes = change.envelopes ?? plan.envelopes;
  const errors: PlanError[] = [];
  const ids = new Set<string>();
  envelopes.forEach((envelope, index) => {
    if (ids.has(envelope.id)) errors.push({ field: `envelopes.${index}.id`, code: 'duplicate-envelope' });
    ids.add(envelope.id);
  });
  if (!envelopesFit(change.allocationCents, envelopes)) {
    // Envelopes sent now are what is wrong; kept ones no longer fit a smaller amount.
    errors.push(
      change.envelopes
        ? { field: 'envelopes', code: 'over-allocation' }
        : { field: 'allocationCents', code: 'below-envelopes' },
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      ...plan,
      allocationCents: change.allocationCents,
      defaultFeeCents: change.defaultFeeCents,
      hourlyRateCents: change.hourlyRateCents === undefined ? plan.hourlyRateCents : change.hourlyRateCents,
      // Versions made before the first-line rate existed replay without it: the plan keeps null.
      firstLineHourlyRateCents:
        change.firstLineHourlyRateCents === undefined
          ? (plan.firstLineHourlyRateCents ?? null)
          : change.firstLineHourlyRateCents,
      fees: change.fees ?? plan.fees,
      envelopes,
      thresholds: change.thresholds ? [...new Set(change.thresholds)].sort((a, b) => a - b) : plan.thresholds,
    },
  };
}

/** Applies one change to a plan, or says every reason it cannot be applied. */
export function applyChange(plan: BudgetPlan, change: PlanChange, isSet: boolean): Applied {
  if (change.kind === 'set') return applySet(plan, change);
  if (!isSet) return { ok: false, errors: [{ field: 'year', code: 'not-set' }] };
  switch (change.kind) {
    case 'adjust-envelope': {
      const errors: PlanError[] = [];
      if (blank(change.reason)) errors.push({ field: 'reason', code: 'reason-required' });
      const index = plan.envelopes.findIndex((envelope) => envelope.id === change.envelopeId);
      if (index < 0)
        return { ok: false, errors: [...errors, { field: 'envelopeId', code: 'unknown-envelope' }] };
      const envelopes = plan.envelopes.map((envelope, i) =>
        i === index ? { ...envelope, allocationCents: change.allocationCents } : envelope,
      );
      if (!envelopesFit(plan.allocationCents, envelopes))
        errors.push({ field: 'allocationCents', code: 'over-allocation' });
      return errors.length > 0 ? { ok: false, errors } : { ok: true, plan: { ...plan, envelopes } };
    }
    case 'set-contingent': {
      const known = plan.contingents.some((c) => c.holderId === change.contingent.holderId);
      // The first contingent is set at signing; every later change says why.
      if (known && blank(change.reason))
        return { ok: false, errors: [{ field: 'reason', code: 'reason-required' }] };
      const others = plan.contingents.filter((c) => c.holderId !== change.contingent.holderId);
      return { ok: true, plan: { ...plan, contingents: [...others, change.contingent] } };
    }
    case 'end-contingent': {
      const errors: PlanError[] = [];
      if (blank(change.reason)) errors.push({ field: 'reason', code: 'reason-required' });
      if (!plan.contingents.some((c) => c.holderId === change.holderId))
        errors.push({ field: 'holderId', code: 'unknown-contingent' });
      if (errors.length > 0) return { ok: false, errors };
      return {
        ok: true,
        plan: { ...plan, contingents: plan.contingents.filter((c) => c.holderId !== change.holderId) },
      };
    }
  }
}

/**
 * The plan the versions lead to, in version order; null when none set an amount yet. A version
 * that cannot apply (never stored: each is checked when made) is a broken history, not skipped.
 */
export function replay(networkId: string, year: number, versions: readonly PlanVersion[]): BudgetPlan | null {
  let plan = emptyPlan(networkId, year);
  let isSet = false;
  for (const version of [...versions].sort((a, b) => a.number - b.number)) {
    const applied = applyChange(plan, version.change, isSet);
    if (!applied.ok) {
      throw new Error(
        `version ${version.number} of ${networkId} ${year} does not apply: ${applied.errors[0]?.code}`,
      );
    }
    plan = applied.plan;
    isSet = true;
  }
  return isSet ? plan : null;
}

/** The plan as it stood at the end of a Brussels calendar day: the versions made on or before it. */
export function planAsOf(
  networkId: string,
  year: number,
  versions: readonly PlanVersion[],
  date: string,
): BudgetPlan | null {
  return replay(
    networkId,
    year,
    versions.filter((version) => brusselsDay(new Date(version.at)) <= date),
  );
}
