// The care domain's public API: rules as data, the session decision (NISS validation is in
// platform/identifiers/niss.ts: every free-text field uses it too).

export {
  type AnonymousDecision,
  type AnonymousRefusal,
  decideAnonymousGroupSession,
  isAnonymousGroupFunction,
} from './anonymous.ts';
export {
  type CapOverride,
  type CareRulesConfig,
  careRulesConfig,
  DEFAULT_CARE_RULES_CONFIG,
  type FeeOverride,
  type FreeFirstSessionRule,
  YOUTH_GROUP_CAPS_2024_ONE_SOURCE,
} from './config.ts';
export {
  CARE_FUNCTIONS,
  type CareFunction,
  CONVENTIONS,
  COPAY_LAYERS,
  type ConventionId,
  conventionOn,
  isConventionId,
  type RegisteredConvention,
  SCHEME_START,
} from './conventions/index.ts';
export { addDays, addMonths, ageOn, type IsoDate, isIsoDate, toIsoDate } from './dates.ts';
export { decideSession, windowStart } from './decide.ts';
export { NETWORK_KINDS_FOR_RULES, type NetworkKindForRules, rulesNetworkType } from './network-kind.ts';
export {
  cancelInPath,
  decideFromScratch,
  decidePath,
  type PathDecision,
  type PathSession,
  type RecordedSession,
  recordInPath,
  refusedBecause,
  sameDecision,
} from './path.ts';
export {
  type Cap,
  type CapGroup,
  type ConventionRules,
  type CopayLayer,
  isAgeWithin,
  NETWORK_AGE_BOUNDS,
  type NetworkType,
  type SessionMode,
} from './rules.ts';
export {
  type PastSession,
  type ProposedSession,
  REASON_CODES,
  type ReasonCode,
  type SessionDecision,
} from './types.ts';
