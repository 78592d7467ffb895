// Anonymous community sessions. Community interventions (F1, 2024 convention) are group only,
// have no cap and cost the patient nothing (DOMAIN.md §5: caps table "2024 community group: no
// cap"; copay table "community interventions (F1): 0", eerstelijnszone.be), and the convention
// makes these groups free and anonymous (issue 15, from the INAMI letter's community groups).
// Nothing in their decision depends on who the participant is, so such a session is recorded
// without a national number, a birth date or a patient path: there is no cap to count, no copay
// to compute, and no identity to link a same-day or parallel check to. A date whose convention
// has no uncapped, copay-free group function of that name is refused like any other session.

import { type CareRulesConfig, DEFAULT_CARE_RULES_CONFIG } from './config.ts';
import { type CareFunction, type ConventionId, conventionOn, SCHEME_START } from './conventions/index.ts';
import type { IsoDate } from './dates.ts';
import type { ReasonCode } from './types.ts';

/** Why an anonymous session is not reimbursed (beyond the common reason codes). */
export type AnonymousRefusal =
  | Extract<ReasonCode, 'before-scheme' | 'function-not-in-period' | 'mode-not-offered'>
  | 'needs-identity';

export type AnonymousDecision =
  | {
      readonly reimbursable: true;
      readonly convention: ConventionId;
      readonly copayCents: 0;
      /** What the clinician is paid; null while no source gives it. */
      readonly feeCents: number | null;
    }
  | {
      readonly reimbursable: false;
      readonly reason: AnonymousRefusal;
      readonly convention: ConventionId | null;
    };

/**
 * Whether a group session of `careFunction` on `date` may be recorded anonymously, and its
 * decision. Only a function whose group mode has no cap in either column and whose copay is
 * free qualifies ('needs-identity' otherwise: a cap or a copay needs to know who came).
 */
export function decideAnonymousGroupSession(
  date: IsoDate,
  careFunction: CareFunction,
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): AnonymousDecision {
  if (date < SCHEME_START) return { reimbursable: false, reason: 'before-scheme', convention: null };
  const convention = conventionOn(date);
  if (!convention) return { reimbursable: false, reason: 'function-not-in-period', convention: null };
  const rules = convention.functions[careFunction];
  if (!rules) return { reimbursable: false, reason: 'function-not-in-period', convention: convention.id };
  const group = rules.modes.group;
  if (!group) return { reimbursable: false, reason: 'mode-not-offered', convention: convention.id };
  const capped =
    group.caps.youth !== null ||
    group.caps.adult !== null ||
    config.capOverrides.some(
      (o) =>
        o.convention === convention.id && o.function === careFunction && o.mode === 'group' && o.cap !== null,
    );
  if (capped || !rules.copayFree)
    return { reimbursable: false, reason: 'needs-identity', convention: convention.id };
  const fee = config.feeOverrides.find(
    (o) => o.convention === convention.id && o.function === careFunction && o.mode === 'group',
  );
  return {
    reimbursable: true,
    convention: convention.id,
    copayCents: 0,
    feeCents: fee ? fee.feeCents : group.feeCents,
  };
}

/** Whether a function's group sessions on `date` are recorded without a national number. */
export function isAnonymousGroupFunction(
  date: IsoDate,
  careFunction: CareFunction,
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): boolean {
  return decideAnonymousGroupSession(date, careFunction, config).reimbursable;
}
