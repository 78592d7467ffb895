// The 2024 convention: community interventions (F1), psychological support (F2) and
// psychological treatment (F3), from 2024-04-01. Every number names its source as given in
// DOMAIN.md §5 (ggzads.be, psyzuid.be, psychologennet.be, helan.be for the caps).

import type { ConventionRules } from '../rules.ts';

export const CONVENTION_2024 = {
  id: '2024',
  validFrom: '2024-04-01', // DOMAIN.md §5: 2024 convention from 2024-04-01
  validUntil: null,
  functions: {
    community: {
      modes: {
        // Group only (DOMAIN.md §5): an individual "community" session is not reimbursed.
        group: {
          caps: {
            youth: null, // no cap; ggzads.be; psyzuid.be; psychologennet.be; helan.be
            adult: null, // no cap; ggzads.be; psyzuid.be; psychologennet.be; helan.be
          },
          feeCents: null, // 2024 fees unknown (DOMAIN.md §5)
        },
      },
      needsFunctionalAssessment: false,
      copayFree: true, // community interventions cost the patient nothing; eerstelijnszone.be
    },
    support: {
      modes: {
        individual: {
          caps: {
            youth: 10, // ggzads.be; psyzuid.be; psychologennet.be; helan.be
            adult: 8, // ggzads.be; psyzuid.be; psychologennet.be; helan.be
          },
          feeCents: null, // 2024 fees unknown (DOMAIN.md §5)
        },
        group: {
          caps: {
            // No cap (ggzads.be; psyzuid.be; psychologennet.be; helan.be). One source gives 8
            // for youth: unconfirmed, see YOUTH_GROUP_CAPS_2024_ONE_SOURCE in config.ts.
            youth: null,
            adult: null, // no cap; ggzads.be; psyzuid.be; psychologennet.be; helan.be
          },
          feeCents: null, // 2024 fees unknown (DOMAIN.md §5)
        },
      },
      needsFunctionalAssessment: false,
      copayFree: false,
    },
    treatment: {
      modes: {
        individual: {
          caps: {
            youth: 20, // ggzads.be; psyzuid.be; psychologennet.be; helan.be (network average 10)
            adult: 20, // ggzads.be; psyzuid.be; psychologennet.be; helan.be (network average 8)
          },
          feeCents: null, // 2024 fees unknown (DOMAIN.md §5)
        },
        group: {
          caps: {
            // No cap (ggzads.be; psyzuid.be; psychologennet.be; helan.be). One source gives 15
            // for youth: unconfirmed, see YOUTH_GROUP_CAPS_2024_ONE_SOURCE in config.ts.
            youth: null,
            adult: null, // no cap; ggzads.be; psyzuid.be; psychologennet.be; helan.be
          },
          feeCents: null, // 2024 fees unknown (DOMAIN.md §5)
        },
      },
      needsFunctionalAssessment: true, // DOMAIN.md §5: treatment needs a functional assessment
      copayFree: false,
    },
  },
  copayCents: {
    individual: 1100, // 001; socialsecurity.be; ggzads.be
    individualBim: 400, // 001; socialsecurity.be; ggzads.be
    group: 250, // 001; ggzads.be
  },
  // Third-party reading of the convention, unconfirmed (DOMAIN.md §5); each can be switched off
  // in CareRulesConfig (oneSessionPerDay, noParallelSupportTreatment).
  oneReimbursableSessionPerDay: true,
  // Individual support and treatment may follow each other but not run in parallel. Our reading
  // (unconfirmed): moving from support to treatment is allowed; an individual support session
  // after a reimbursed individual treatment session earlier in the window is parallel.
  noParallel: [{ blocked: 'support', after: 'treatment', mode: 'individual' }],
} as const satisfies ConventionRules;
