// A network's contingents for a year as its plan stands now (the replay of its versions), for
// reporting's sessions per clinician against their contingent. The plan stays the budget's.

import type { Executor } from '../platform/db/database.ts';
import type { Contingent } from './domain/plan.ts';
import { replay } from './domain/versions.ts';
import { readVersions } from './store.ts';

export async function currentContingents(
  db: Executor,
  networkId: string,
  year: number,
): Promise<Contingent[]> {
  const plan = replay(networkId, year, await readVersions(db, networkId, year));
  return plan ? [...plan.contingents] : [];
}
