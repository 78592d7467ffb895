// Quorum and recusals: pure rules, the same for the meeting page, the decision and the minutes.

import type { QuorumRule } from './bodies.ts';

export interface QuorumCount {
  /** Members who may vote (the body's members, less those recused). */
  members: number;
  /** Of them, how many are present. */
  present: number;
  /** How many must be present. */
  required: number;
  met: boolean;
}

/**
 * Whether enough members are present. Recused members count neither as members nor as
 * present: a body of 5 with 1 recused needs 3 of the 4 others (majority) and at least the
 * minimum. A body with nobody who may vote has no quorum.
 */
export function quorumOf(
  rule: QuorumRule,
  memberIds: readonly string[],
  presentIds: readonly string[],
  recusedIds: readonly string[] = [],
): QuorumCount {
  const recused = new Set(recusedIds);
  const voting = [...new Set(memberIds)].filter((id) => !recused.has(id));
  const present = new Set(presentIds);
  const presentVoting = voting.filter((id) => present.has(id)).length;
  const majority = rule.majorityOfMembers ? Math.floor(voting.length / 2) + 1 : 0;
  const required = Math.max(rule.minimumPresent, majority, 1);
  return { members: voting.length, present: presentVoting, required, met: presentVoting >= required };
}

export type RecusalCause = 'involved' | 'declared';

export interface Recusal {
  accountId: string;
  cause: RecusalCause;
}

/**
 * Who is recused for an item: members involved with the application (its applicant, an
 * employer's contact) always, and members for whom a conflict of interest was declared.
 */
export function recusalsFor(
  item: { involvedAccountIds: readonly string[] },
  memberIds: readonly string[],
  declaredIds: readonly string[],
): Recusal[] {
  const involved = new Set(item.involvedAccountIds);
  const declared = new Set(declaredIds);
  const result: Recusal[] = [];
  for (const id of new Set([...memberIds, ...declaredIds])) {
    if (involved.has(id)) result.push({ accountId: id, cause: 'involved' });
    else if (declared.has(id)) result.push({ accountId: id, cause: 'declared' });
  }
  return result;
}

/**
 * The networks an item is decided for by this body, and those that still need another body
 * (a youth-and-adult application before the CRR of Brumenta also needs the CRE of Bru-Stars).
 */
export function networksOfItem(
  bodyNetworkIds: readonly string[],
  itemNetworkIds: readonly string[],
): { here: string[]; elsewhere: string[] } {
  return {
    here: itemNetworkIds.filter((id) => bodyNetworkIds.includes(id)),
    elsewhere: itemNetworkIds.filter((id) => !bodyNetworkIds.includes(id)),
  };
}
