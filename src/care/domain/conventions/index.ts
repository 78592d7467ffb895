// The registry of convention periods and dated copay layers. Adding a convention (say 2026)
// means one new file beside these and one entry in REGISTERED_CONVENTIONS: its id and its
// function names then flow into ConventionId and CareFunction below.

import type { IsoDate } from '../dates.ts';
import { isWithin } from '../dates.ts';
import type { ConventionRules, CopayLayer } from '../rules.ts';
import { CONVENTION_2021 } from './2021.ts';
import { CONVENTION_2024 } from './2024.ts';
import { YOUTH_COPAY_2024_02 } from './2024-02-youth-copay.ts';

/** In date order, without overlaps (a test checks both). */
const REGISTERED_CONVENTIONS = [CONVENTION_2021, CONVENTION_2024] as const;

type Registered = (typeof REGISTERED_CONVENTIONS)[number];
type FunctionsOf<C> = C extends { readonly functions: infer F } ? keyof F & string : never;

export type ConventionId = Registered['id'];
/** Every care type ("function") of every registered convention. */
export type CareFunction = FunctionsOf<Registered>;

export type RegisteredConvention = ConventionRules & { readonly id: ConventionId };

export const CONVENTIONS: readonly RegisteredConvention[] = REGISTERED_CONVENTIONS;

export const COPAY_LAYERS: readonly CopayLayer[] = [YOUTH_COPAY_2024_02];

/**
 * The first day of the scheme handled here. Earlier sessions belong to the 2019 pilot (adults
 * 18–64, GP referral, 4+4 per calendar year), which is out of scope (DOMAIN.md §5).
 */
export const SCHEME_START: IsoDate =
  CONVENTIONS.map((convention) => convention.validFrom).sort()[0] ?? '9999-12-31';

export function conventionOn(date: IsoDate): RegisteredConvention | undefined {
  return CONVENTIONS.find((convention) => isWithin(date, convention.validFrom, convention.validUntil));
}

export function isConventionId(value: string): value is ConventionId {
  return CONVENTIONS.some((convention) => convention.id === value);
}

export const CARE_FUNCTIONS: readonly CareFunction[] = [
  ...new Set(CONVENTIONS.flatMap((convention) => Object.keys(convention.functions))),
] as CareFunction[];
