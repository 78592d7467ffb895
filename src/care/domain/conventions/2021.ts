// The 2021 convention (first-line and specialised psychological care), as applied from
// 2022-01-01 to 2024-03-31. Every number names its source as given in DOMAIN.md §5.

import type { ConventionRules } from '../rules.ts';

export const CONVENTION_2021 = {
  id: '2021',
  validFrom: '2022-01-01', // DOMAIN.md §5: the 2021 convention "in practice" from 2022-01-01
  validUntil: '2024-03-31', // DOMAIN.md §5: replaced by the 2024 convention on 2024-04-01
  functions: {
    'first-line': {
      modes: {
        individual: {
          caps: {
            youth: 10, // fsmb.be; compsy.be
            adult: 8, // fsmb.be; compsy.be
          },
          feeCents: 7500, // press (DOMAIN.md §5: €75 per individual session in 2021)
        },
        group: {
          caps: {
            youth: 8, // fsmb.be; compsy.be
            adult: 5, // fsmb.be; compsy.be
          },
          feeCents: null, // €326 or €400 per group session, mapping unconfirmed (DOMAIN.md §5)
        },
      },
      needsFunctionalAssessment: false, // DOMAIN.md §5: direct access since the 2021 convention
      copayFree: false,
    },
    specialised: {
      modes: {
        individual: {
          caps: {
            youth: 20, // fsmb.be; compsy.be (network target average 10)
            adult: 20, // fsmb.be; compsy.be (network target average 8)
          },
          feeCents: 7500, // press (DOMAIN.md §5: €75 per individual session in 2021)
        },
        group: {
          caps: {
            youth: 15, // fsmb.be; compsy.be
            adult: 12, // fsmb.be; compsy.be
          },
          feeCents: null, // €326 or €400 per group session, mapping unconfirmed (DOMAIN.md §5)
        },
      },
      needsFunctionalAssessment: true, // DOMAIN.md §5: specialised care needs a functional assessment
      copayFree: false,
    },
  },
  copayCents: {
    individual: 1100, // 001; socialsecurity.be; ggzads.be
    individualBim: 400, // 001; socialsecurity.be; ggzads.be
    group: 250, // 001; ggzads.be
  },
  // The one-session-a-day and no-parallel readings are of the 2024 convention only (DOMAIN.md §5).
  oneReimbursableSessionPerDay: false,
  noParallel: [],
} as const satisfies ConventionRules;
