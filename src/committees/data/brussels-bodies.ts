// The deciding bodies of the two Brussels networks, seeded at start-up (idempotently: an existing
// row is left as the network configured it). Source for who decides: the networks' call for
// conventioned services (Bru-Stars' Conseil Régional Exécutif, Brumenta's Conseil Régional du
// Réseau, or a selection committee they delegate to). The quorum numbers are not published:
// they are a starting configuration each network adjusts in `committee_bodies`.
//
// Body ids, as used by `committee-member` grants:
//   bru-stars-cre   CRE of Bru-Stars, decides for network `bru-stars`
//   brumenta-crr    CRR of Brumenta, decides for network `brumenta`
// A selection committee both councils delegate to would be one more row, e.g. `brussels-selection`
// with networkIds ['bru-stars', 'brumenta'] and delegatedBy ['bru-stars-cre', 'brumenta-crr'].

import type { DecidingBody } from '../domain/bodies.ts';

const usualQuorum = { minimumPresent: 2, majorityOfMembers: true };

export const BRUSSELS_BODIES: readonly DecidingBody[] = [
  {
    id: 'bru-stars-cre',
    names: {
      fr: 'Conseil Régional Exécutif (CRE) de Bru-Stars',
      nl: 'Uitvoerende Gewestelijke Raad (CRE) van Bru-Stars',
      en: 'Regional Executive Council (CRE) of Bru-Stars',
    },
    networkIds: ['bru-stars'],
    delegatedBy: [],
    quorum: usualQuorum,
  },
  {
    id: 'brumenta-crr',
    names: {
      fr: 'Conseil Régional du Réseau (CRR) de Brumenta',
      nl: 'Gewestelijke Netwerkraad (CRR) van Brumenta',
      en: 'Regional Network Council (CRR) of Brumenta',
    },
    networkIds: ['brumenta'],
    delegatedBy: [],
    quorum: usualQuorum,
  },
];
