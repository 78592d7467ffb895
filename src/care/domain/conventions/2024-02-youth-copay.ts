// From 2024-02-01, no copay any more for anyone aged 23 or younger on the session date. This is
// a dated layer over the conventions, not a convention: it spans the end of the 2021 convention
// (2024-02-01 → 2024-03-31) and the whole 2024 convention.

import type { CopayLayer } from '../rules.ts';

export const YOUTH_COPAY_2024_02 = {
  id: 'youth-copay-2024-02',
  validFrom: '2024-02-01', // hospichild.be; helan.be; ggzads.be
  validUntil: null,
  maxAgeInclusive: 23, // "aged ≤ 23 on the session date"; hospichild.be; helan.be; ggzads.be
  copayCents: 0, // hospichild.be; helan.be; ggzads.be
} as const satisfies CopayLayer;
