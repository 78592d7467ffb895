// How long a network's requesters waited, as the requests capability knows it: each GP request
// and organisation offer with the time it was received, its first contact (the case's first
// responding action, cases.responded_at) and its first "schedule" action. Reporting turns these
// into working days and medians (reporting/domain/waits.ts); the requests' tables stay ours.

import { and, arrayContains, eq, gte, inArray, lt, min, type SQL } from 'drizzle-orm';
import { caseActions, cases } from '../platform/cases/tables.ts';
import type { Executor } from '../platform/db/database.ts';
import { firstContactTarget } from './domain/routing.ts';
import { readSettings } from './store.ts';
import { requests } from './tables.ts';

export interface RequestWaitsQuery {
  networkId: string;
  /** Only the requests now in these zones; every zone of the network when absent. */
  zoneIds?: readonly string[];
  /** Requests received from this instant (included) … */
  from: Date;
  /** … to this one (excluded). */
  to: Date;
}

export interface RequestWaitTimes {
  caseId: string;
  /** 'support-request' (a GP's) or 'partner-offer' (an organisation's). */
  requestType: string;
  openedAt: Date;
  firstContactAt: Date | null;
  scheduledAt: Date | null;
}

export interface RequestWaits {
  /** The network's first-contact target in working days, as it applies to new requests. */
  targetWorkingDays: number;
  requests: RequestWaitTimes[];
}

export async function readRequestWaits(
  db: Executor,
  query: RequestWaitsQuery,
  defaultFirstContactDays: number,
): Promise<RequestWaits> {
  const settings = await readSettings(db);
  const targetWorkingDays = firstContactTarget([query.networkId], settings, defaultFirstContactDays);
  if (query.zoneIds && query.zoneIds.length === 0) return { targetWorkingDays, requests: [] };
  // The first schedule of each case: later ones move the appointment, not the wait.
  const scheduled = db
    .select({ caseId: caseActions.caseId, at: min(caseActions.at).as('scheduled_at') })
    .from(caseActions)
    .where(eq(caseActions.type, 'schedule'))
    .groupBy(caseActions.caseId)
    .as('scheduled');
  const conditions: SQL[] = [
    arrayContains(cases.networkIds, [query.networkId]),
    gte(cases.openedAt, query.from),
    lt(cases.openedAt, query.to),
  ];
  if (query.zoneIds) conditions.push(inArray(cases.zoneId, [...query.zoneIds]));
  const rows = await db
    .select({
      caseId: cases.id,
      requestType: requests.requestType,
      openedAt: cases.openedAt,
      firstContactAt: cases.respondedAt,
      scheduledAt: scheduled.at,
    })
    .from(requests)
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .leftJoin(scheduled, eq(scheduled.caseId, cases.id))
    .where(and(...conditions))
    .orderBy(cases.openedAt);
  return {
    targetWorkingDays,
    requests: rows.map((row) => ({
      caseId: row.caseId,
      requestType: row.requestType,
      openedAt: row.openedAt,
      firstContactAt: row.firstContactAt,
      scheduledAt: row.scheduledAt === null ? null : new Date(row.scheduledAt),
    })),
  };
}
