// Which rules a network's session is decided under. The caps and copays have a youth and an
// adult column (DOMAIN.md §5); youth and adult networks take their own, and the mixed network
// of the German-speaking Community, which serves every age, takes the youth column up to the
// configured age and the adult one above it (`mixedNetworkYouthUpTo`, unconfirmed).

import type { CareRulesConfig } from './config.ts';
import { DEFAULT_CARE_RULES_CONFIG } from './config.ts';
import type { NetworkType } from './rules.ts';

/** The network kinds of the reference data (reference/domain/types.ts). */
export type NetworkKindForRules = NetworkType | 'mixed';
export const NETWORK_KINDS_FOR_RULES: readonly NetworkKindForRules[] = ['youth', 'adult', 'mixed'];

export function rulesNetworkType(
  kind: NetworkKindForRules,
  ageOnDate: number,
  config: CareRulesConfig = DEFAULT_CARE_RULES_CONFIG,
): NetworkType {
  if (kind !== 'mixed') return kind;
  return ageOnDate <= config.mixedNetworkYouthUpTo ? 'youth' : 'adult';
}
