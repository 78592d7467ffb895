// When each application entered each status, for reporting's days per stage: the case log's
// actions that move an application (the workflow's `leadsTo`), in order. Applications keep their
// own tables; reporting only measures what this answers.

import { and, arrayContains, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { caseActions, cases } from '../platform/cases/tables.ts';
import type { Executor } from '../platform/db/database.ts';
import { APPLICATION_WORKFLOW, type ApplicationStatus } from './domain/workflow.ts';

export interface StageTransition {
  status: ApplicationStatus;
  at: Date;
}

export interface StageHistoryQuery {
  networkId: string;
  /** Only applications now in these zones; every zone when absent. */
  zoneIds?: readonly string[] | undefined;
}

/** Each application of the network (and zones) with the statuses it went through, oldest first. */
export async function applicationStageHistory(
  db: Executor,
  query: StageHistoryQuery,
): Promise<StageTransition[][]> {
  const moving = Object.entries(APPLICATION_WORKFLOW.actions)
    .filter(([, action]) => action.leadsTo !== null)
    .map(([type]) => type);
  const conditions: SQL[] = [
    eq(cases.caseType, APPLICATION_WORKFLOW.caseType),
    arrayContains(cases.networkIds, [query.networkId]),
    inArray(caseActions.type, moving),
  ];
  if (query.zoneIds) {
    if (query.zoneIds.length === 0) return [];
    conditions.push(inArray(cases.zoneId, [...query.zoneIds]));
  }
  const rows = await db
    .select({ caseId: caseActions.caseId, type: caseActions.type, at: caseActions.at })
    .from(caseActions)
    .innerJoin(cases, eq(cases.id, caseActions.caseId))
    .where(and(...conditions))
    .orderBy(asc(caseActions.caseId), asc(caseActions.seq));
  const byCase = new Map<string, StageTransition[]>();
  for (const row of rows) {
    const status = APPLICATION_WORKFLOW.actions[row.type as keyof typeof APPLICATION_WORKFLOW.actions]
      ?.leadsTo as ApplicationStatus | null | undefined;
    if (!status) continue;
    const list = byCase.get(row.caseId) ?? [];
    list.push({ status, at: new Date(row.at) });
    byCase.set(row.caseId, list);
  }
  return [...byCase.values()];
}
