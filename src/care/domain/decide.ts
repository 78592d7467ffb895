// Whether one proposed session is reimbursed, at which rank within its cap, and what the patient
// pays. Pure: the caller gives the patient's earlier sessions across every clinician and network.

import { type CareRulesConfig, DEFAULT_CARE_RULES_CONFIG } from './config.ts';
import { COPAY_LAYERS, conventionOn, type RegisteredConvention, SCHEME_START } from './conventions/index.ts';
import { addMonths, ageOn, type IsoDate, isWithin } from './dates.ts';
import { type Cap, type CapGroup, type FunctionRules, isAgeWithin, NETWORK_AGE_BOUNDS } from './rules.ts';
import type { PastSession, ProposedSession, ReasonCode, SessionDecision } from './types.ts';

export function decideSession(
  proposed: ProposedSession,
  history: readonly PastSession[],
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): SessionDecision {
  const ageOnDate = ageOn(proposed.birthDate, proposed.date);
  const capGroup = capGroupFor(proposed, ageOnDate, config);
  const echo = {
    ageOnDate,
    capGroup,
    function: proposed.function,
    mode: proposed.mode,
    networkType: proposed.networkType,
    windowMonths: config.capWindow.months,
  };
  const refuse = (
    reason: ReasonCode,
    convention: RegisteredConvention | null,
    cap: Cap,
  ): SessionDecision => ({
    ...echo,
    reimbursable: false,
    reason,
    sessionNumber: null,
    cap,
    copayCents: null,
    firstSessionFree: false,
    convention: convention?.id ?? null,
    feeCents: null,
  });

  if (proposed.date < SCHEME_START) return refuse('before-scheme', null, null);
  const convention = conventionOn(proposed.date);
  if (!convention) return refuse('function-not-in-period', null, null);
  const functionRules: FunctionRules | undefined = convention.functions[proposed.function];
  if (!functionRules) return refuse('function-not-in-period', convention, null);
  const modeRules = functionRules.modes[proposed.mode];
  if (!modeRules) return refuse('mode-not-offered', convention, null);

  const override = config.capOverrides.find(
    (o) =>
      o.convention === convention.id &&
      o.function === proposed.function &&
      o.mode === proposed.mode &&
      o.capGroup === capGroup,
  );
  const cap = override ? override.cap : modeRules.caps[capGroup];

  if (!isAgeWithin(ageOnDate, NETWORK_AGE_BOUNDS[proposed.networkType])) {
    return refuse('outside-network-age', convention, cap);
  }
  if (functionRules.needsFunctionalAssessment && !proposed.functionalAssessment) {
    return refuse('needs-functional-assessment', convention, cap);
  }

  // Only reimbursed sessions up to the session date count; later ones are decided after this one.
  const counted = history.filter((past) => past.reimbursable !== false && past.date <= proposed.date);
  // The window's first day, computed once: re-deciding a year of sessions calls this a million times.
  const start = windowStart(proposed.date, config);
  const includeStart = config.capWindow.includeStartDay;
  const inWindow = counted.filter((past) => (includeStart ? past.date >= start : past.date > start));

  if (
    convention.oneReimbursableSessionPerDay &&
    config.oneSessionPerDay &&
    counted.some((past) => past.date === proposed.date)
  ) {
    return refuse('same-day', convention, cap);
  }
  // Reading of an unconfirmed rule (DOMAIN.md §5): support then treatment is a switch, allowed;
  // an individual support session after a reimbursed individual treatment session in the window
  // is parallel care, refused.
  const parallel = convention.noParallel.some(
    (rule) =>
      rule.blocked === proposed.function &&
      rule.mode === proposed.mode &&
      inWindow.some((past) => past.function === rule.after && past.mode === rule.mode),
  );
  if (config.noParallelSupportTreatment && parallel)
    return refuse('parallel-support-treatment', convention, cap);

  const used = inWindow.filter(
    (past) => past.function === proposed.function && past.mode === proposed.mode,
  ).length;
  if (cap !== null && used >= cap) return refuse('cap-reached', convention, cap);

  const firstSessionFree = isFreeFirstSession(proposed, inWindow, config);
  const feeOverride = config.feeOverrides.find(
    (o) => o.convention === convention.id && o.function === proposed.function && o.mode === proposed.mode,
  );
  return {
    ...echo,
    reimbursable: true,
    reason: null,
    sessionNumber: used + 1,
    cap,
    copayCents: copayFor(proposed, ageOnDate, convention, functionRules, firstSessionFree, config),
    firstSessionFree,
    convention: convention.id,
    feeCents: feeOverride ? feeOverride.feeCents : modeRules.feeCents,
  };
}

/** The first day of the rolling window that ends on `date` (inclusive). */
export function windowStart(date: IsoDate, config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG): IsoDate {
  return addMonths(date, -config.capWindow.months);
}

function capGroupFor(proposed: ProposedSession, age: number, config: CareRulesConfig): CapGroup {
  if (config.capGroupBy === 'network-type') return proposed.networkType;
  // "Youth (≤ 23)" is the youth networks' upper bound.
  return isAgeWithin(age, NETWORK_AGE_BOUNDS.youth) ? 'youth' : 'adult';
}

function isFreeFirstSession(
  proposed: ProposedSession,
  inWindow: readonly PastSession[],
  config: CareRulesConfig,
): boolean {
  if (config.freeFirstSession === 'off' || proposed.mode !== 'individual') return false;
  const sameFunctionOnly = config.freeFirstSession === 'once-per-window-per-function';
  return !inWindow.some(
    (past) => past.mode === 'individual' && (!sameFunctionOnly || past.function === proposed.function),
  );
}

function copayFor(
  proposed: ProposedSession,
  age: number,
  convention: RegisteredConvention,
  functionRules: FunctionRules,
  firstSessionFree: boolean,
  config: CareRulesConfig,
): number {
  if (functionRules.copayFree || firstSessionFree) return 0;
  const layer = COPAY_LAYERS.find(
    (l) => isWithin(proposed.date, l.validFrom, l.validUntil) && age <= l.maxAgeInclusive,
  );
  const table = convention.copayCents;
  const base =
    proposed.mode === 'group'
      ? proposed.bim
        ? config.groupCopayBimCents
        : table.group
      : proposed.bim
        ? table.individualBim
        : table.individual;
  // A misconfigured (negative) amount must never turn into a refund.
  return Math.max(0, layer ? layer.copayCents : base);
}
