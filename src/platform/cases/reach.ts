// Which cases a person's reach (platform/auth/policy.ts) lets them list, as a filter on the
// cases table: one definition for every capability whose workflows are cases.

import { and, arrayContains, arrayOverlaps, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Reach } from '../auth/policy.ts';
import { cases } from './tables.ts';

/**
 * The cases of the reach's zones (a coordinator: the zone within its network) and networks (a
 * network admin); undefined, no filter, for a reach that is everywhere. A reach through bodies or
 * ownership lists no case here: those read cases one by one.
 */
export function casesInReach(where: Reach): SQL | undefined {
  if (where.everywhere) return undefined;
  const clauses: SQL[] = [
    ...where.zones.map(
      (z) => and(eq(cases.zoneId, z.zoneId), arrayContains(cases.networkIds, [z.networkId])) as SQL,
    ),
    ...(where.networkIds.length > 0 ? [arrayOverlaps(cases.networkIds, where.networkIds)] : []),
  ];
  return clauses.length > 0 ? or(...clauses) : sql`false`;
}
