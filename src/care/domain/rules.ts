// The shape of the rules-as-data. Each convention period is one dated table of this shape in
// `conventions/`; the numbers, and their sources, live there, not here.

import type { SessionMode } from '../../platform/vocabulary/index.ts';
import type { IsoDate } from './dates.ts';

// Sessions are individual or group: the platform's session modes.
export type { SessionMode };
export type NetworkType = 'youth' | 'adult';
/** Which column of the caps table applies: youth (≤ 23) or adult. */
export type CapGroup = 'youth' | 'adult';

/** A cap on reimbursed sessions per rolling window; null means no cap. */
export type Cap = number | null;

export interface ModeRules {
  readonly caps: { readonly youth: Cap; readonly adult: Cap };
  /** What the clinician is paid per session, in cents; null while no source gives it. */
  readonly feeCents: number | null;
}

export interface FunctionRules {
  /** A mode that is absent is not reimbursed for this function (community care is group only). */
  readonly modes: { readonly individual?: ModeRules; readonly group?: ModeRules };
  readonly needsFunctionalAssessment: boolean;
  /** True when the patient never pays a copay for this function. */
  readonly copayFree: boolean;
}

export interface CopayTable {
  readonly individual: number;
  readonly individualBim: number;
  /** The BIM group copay is unconfirmed, so it is configuration (`CareRulesConfig`). */
  readonly group: number;
}

/** Two functions that may follow each other but not run in parallel, in one mode. */
export interface NoParallelRule {
  /** The function refused when the other one was already reimbursed earlier in the window. */
  readonly blocked: string;
  readonly after: string;
  readonly mode: SessionMode;
}

export interface ConventionRules {
  readonly id: string;
  readonly validFrom: IsoDate;
  /** Last day (inclusive); null while the convention is in force with no end date. */
  readonly validUntil: IsoDate | null;
  readonly functions: { readonly [fn: string]: FunctionRules };
  readonly copayCents: CopayTable;
  readonly oneReimbursableSessionPerDay: boolean;
  readonly noParallel: readonly NoParallelRule[];
}

/**
 * A dated copay change that applies across conventions, to people up to an age on the session
 * date (the first one: no copay for anyone aged 23 or younger from 2024-02-01).
 */
export interface CopayLayer {
  readonly id: string;
  readonly validFrom: IsoDate;
  readonly validUntil: IsoDate | null;
  readonly maxAgeInclusive: number;
  readonly copayCents: number;
}

/** Who a network type may serve, by age on the session date; null is unbounded. */
export interface AgeBounds {
  readonly minAge: number | null;
  readonly maxAge: number | null;
}

// Youth networks serve up to and including 23, adult networks from 15: a 15–23-year-old may
// choose either. DOMAIN.md §3; INAMI professional page, 2021 and 2024 conventions.
export const NETWORK_AGE_BOUNDS: Readonly<Record<NetworkType, AgeBounds>> = {
  youth: { minAge: null, maxAge: 23 }, // INAMI professional page (2021, 2024 conventions)
  adult: { minAge: 15, maxAge: null }, // INAMI professional page (2021, 2024 conventions)
};

export function isAgeWithin(age: number, bounds: AgeBounds): boolean {
  return (bounds.minAge === null || age >= bounds.minAge) && (bounds.maxAge === null || age <= bounds.maxAge);
}
