// Queries behind the follow-up of requests and offers outside the coordinators' inbox: the calls
// open in a clinician's zones, the cases a clinician was proposed on, and a requester's own
// requests. Each returns case ids and the request rows; the caller folds the actions it needs.

import { and, arrayOverlaps, desc, eq, inArray, sql } from 'drizzle-orm';
import { caseActions, cases } from '../platform/cases/tables.ts';
import type { Executor } from '../platform/db/database.ts';
import type { RequestStatus } from './domain/workflow.ts';
import type { RequestRow } from './store.ts';
import { requests } from './tables.ts';

export interface FollowedCase {
  caseId: string;
  reference: string;
  status: RequestStatus;
  zoneId: string;
  networkIds: string[];
  version: number;
  openedAt: Date;
  request: RequestRow;
}

const columns = {
  caseId: cases.id,
  reference: cases.reference,
  status: cases.status,
  zoneId: cases.zoneId,
  networkIds: cases.networkIds,
  version: cases.version,
  openedAt: cases.openedAt,
  request: requests,
};

function typed(rows: Array<Omit<FollowedCase, 'status'> & { status: string }>): FollowedCase[] {
  return rows.map((row) => ({ ...row, status: row.status as RequestStatus }));
}

/** Organisations' offers published as a call in one of these zones, for one of these networks. */
export async function openCalls(
  db: Executor,
  zoneIds: readonly string[],
  networkIds: readonly string[],
): Promise<FollowedCase[]> {
  if (zoneIds.length === 0 || networkIds.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(cases)
    .innerJoin(requests, eq(requests.caseId, cases.id))
    .where(
      and(
        eq(cases.status, 'calling'),
        eq(requests.requestType, 'partner-offer'),
        inArray(cases.zoneId, [...zoneIds]),
        arrayOverlaps(cases.networkIds, [...networkIds]),
      ),
    )
    .orderBy(cases.openedAt)
    .limit(100);
  return typed(rows);
}

/** Open cases on which this clinician was ever proposed (the caller checks they are the latest). */
export async function casesProposing(
  db: Executor,
  clinicianId: string,
  statuses: readonly RequestStatus[],
): Promise<FollowedCase[]> {
  const proposed = db
    .select({ caseId: caseActions.caseId })
    .from(caseActions)
    .where(
      and(
        eq(caseActions.type, 'assign-clinician'),
        sql`${caseActions.payload}->>'clinicianId' = ${clinicianId}`,
      ),
    );
  const rows = await db
    .select(columns)
    .from(cases)
    .innerJoin(requests, eq(requests.caseId, cases.id))
    .where(and(inArray(cases.id, proposed), inArray(cases.status, [...statuses])))
    .orderBy(desc(cases.updatedAt))
    .limit(100);
  return typed(rows);
}

/** The requests and offers sent from this (verified, lower-cased) address, newest first. */
export async function requestsFrom(db: Executor, email: string): Promise<FollowedCase[]> {
  const rows = await db
    .select(columns)
    .from(cases)
    .innerJoin(requests, eq(requests.caseId, cases.id))
    .where(eq(requests.requesterEmail, email))
    .orderBy(desc(cases.openedAt))
    .limit(200);
  return typed(rows);
}
