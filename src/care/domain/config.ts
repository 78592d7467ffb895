// Everything DOMAIN.md marks "unconfirmed" is configuration: the default below is the documented
// reading, and a network or a later source can change it without touching the rules.

import type { CareFunction, ConventionId } from './conventions/index.ts';
import type { Cap, CapGroup, SessionMode } from './rules.ts';

/** Replaces one cap of a convention's table (for one function, mode and cap group). */
export interface CapOverride {
  readonly convention: ConventionId;
  readonly function: CareFunction;
  readonly mode: SessionMode;
  readonly capGroup: CapGroup;
  readonly cap: Cap;
}

/** Replaces one clinician fee of a convention's table; null means unknown. */
export interface FeeOverride {
  readonly convention: ConventionId;
  readonly function: CareFunction;
  readonly mode: SessionMode;
  readonly feeCents: number | null;
}

export type FreeFirstSessionRule =
  /** Free when the patient had no reimbursed individual session of any function in the window. */
  | 'once-per-window'
  /** Free when the patient had no reimbursed individual session of this function in the window. */
  | 'once-per-window-per-function'
  | 'off';

export interface CareRulesConfig {
  /**
   * Which caps a 15–23-year-old gets: those of the network type they are followed in
   * ('network-type'), or youth caps up to 23 whatever the network ('age').
   */
  readonly capGroupBy: 'network-type' | 'age';
  /**
   * The rolling window for caps and the free first session: history sessions dated after the
   * same calendar day `months` earlier (day clamped to the month's end), up to the session date.
   * `includeStartDay` also counts a session dated exactly `months` earlier.
   */
  readonly capWindow: { readonly months: number; readonly includeStartDay: boolean };
  readonly capOverrides: readonly CapOverride[];
  /** Group copay for a BIM patient, in cents. */
  readonly groupCopayBimCents: number;
  readonly freeFirstSession: FreeFirstSessionRule;
  /** 2024: at most one reimbursable session per patient per day. */
  readonly oneSessionPerDay: boolean;
  /** 2024: individual support and treatment may follow each other but not run in parallel. */
  readonly noParallelSupportTreatment: boolean;
  readonly feeOverrides: readonly FeeOverride[];
  /**
   * A mixed network (Mentale Gesundheit Ostbelgien, every age) applies the convention's youth
   * rules (caps, copays) up to and including this age and adult rules above it.
   */
  readonly mixedNetworkYouthUpTo: number;
}

export const DEFAULT_CARE_RULES_CONFIG: CareRulesConfig = {
  capGroupBy: 'network-type', // unconfirmed (DOMAIN.md §5): default "by network type"
  capWindow: { months: 12, includeStartDay: false }, // unconfirmed (DOMAIN.md §5): "after the same day 12 months earlier"
  capOverrides: [], // the 2024 youth group caps stay "no cap" by default (DOMAIN.md §5)
  groupCopayBimCents: 250, // 001; ggzads.be; BIM group copay unconfirmed (DOMAIN.md §5)
  freeFirstSession: 'once-per-window', // unconfirmed (DOMAIN.md §5): once per patient per 12-month window
  oneSessionPerDay: true, // third-party reading of the 2024 convention, unconfirmed (DOMAIN.md §5)
  noParallelSupportTreatment: true, // third-party reading of the 2024 convention, unconfirmed (DOMAIN.md §5)
  feeOverrides: [], // €326 / €400 group fees (2021) unmapped; 2024 fees unknown (DOMAIN.md §5)
  // Unconfirmed (issue 16, DOMAIN.md §3): the mixed network of the German-speaking Community
  // follows the convention's youth rules to 23 and adult rules from 24, like the youth networks'
  // upper bound (INAMI professional page), until a source says otherwise.
  mixedNetworkYouthUpTo: 23,
};

/**
 * The 2024 youth group caps one source gives (DOMAIN.md §5, unconfirmed): 8 for support and 15
 * for treatment. Use as `careRulesConfig({ capOverrides: YOUTH_GROUP_CAPS_2024_ONE_SOURCE })`.
 */
export const YOUTH_GROUP_CAPS_2024_ONE_SOURCE: readonly CapOverride[] = [
  { convention: '2024', function: 'support', mode: 'group', capGroup: 'youth', cap: 8 }, // one source, unconfirmed (DOMAIN.md §5)
  { convention: '2024', function: 'treatment', mode: 'group', capGroup: 'youth', cap: 15 }, // one source, unconfirmed (DOMAIN.md §5)
];

/** The default configuration with some settings changed. */
export function careRulesConfig(overrides: Partial<CareRulesConfig>): CareRulesConfig {
  return { ...DEFAULT_CARE_RULES_CONFIG, ...overrides };
}
