// The deciding bodies of the two Brussels networks are data: the `bodies` of the bundled
// Brussels reference pack (src/reference/data/brussels-reference.json, which names the sources:
// who decides comes from the networks' call for conventioned services; the quorum numbers are
// not published and are a starting configuration each network adjusts in `committee_bodies`).
// They are seeded at start-up, idempotently: an existing row is left as the network configured it.
//
// Body ids, as used by `committee-member` grants:
//   bru-stars-cre   CRE of Bru-Stars, decides for network `bru-stars`
//   brumenta-crr    CRR of Brumenta, decides for network `brumenta`

import { readFileSync } from 'node:fs';
import type { ReferencePack } from '../../reference/domain/pack.ts';
import { BUNDLED_PACK } from '../../reference/service.ts';
import { bodiesFromPack } from '../pack-bodies.ts';

export const BRUSSELS_BODIES = bodiesFromPack(
  (JSON.parse(readFileSync(BUNDLED_PACK, 'utf8')) as ReferencePack).bodies ?? [],
);
