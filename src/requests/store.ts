import { and, arrayOverlaps, asc, desc, eq, gt, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { cases } from '../platform/cases/tables.ts';
import type { Executor } from '../platform/db/database.ts';
import type { AgeGroup, RequestType } from './domain/vocabulary.ts';
import type { RequestStatus } from './domain/workflow.ts';
import { requestDrafts, requestSettings, requests } from './tables.ts';

export type RequestRow = typeof requests.$inferSelect;

export async function insertRequest(tx: Executor, row: typeof requests.$inferInsert): Promise<void> {
  await tx.insert(requests).values(row);
}

export async function findRequest(db: Executor, caseId: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(requests).where(eq(requests.caseId, caseId));
  return row ?? null;
}

/** How many requests and offers named this (lower-cased) address since `since`. */
export async function countRequestsFrom(db: Executor, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(requests)
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .where(and(eq(requests.requesterEmail, email), gt(cases.openedAt, since)));
  return Number(row?.n ?? 0);
}

/** The case id of a reference, if the e-mail address given matches the requester's. */
export async function findCaseIdByReferenceAndEmail(
  db: Executor,
  reference: string,
  email: string,
): Promise<{ caseId: string; requestType: RequestType } | null> {
  const [row] = await db
    .select({ caseId: requests.caseId, requestType: requests.requestType })
    .from(requests)
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .where(and(eq(cases.reference, reference), eq(requests.requesterEmail, email)));
  return row ? { caseId: row.caseId, requestType: row.requestType as RequestType } : null;
}

export interface InboxQuery {
  /** Which cases the person may see (the policy's reach as SQL); undefined: all. */
  scope: SQL | undefined;
  statuses: readonly RequestStatus[];
  requestType?: RequestType | undefined;
  kind?: string | undefined;
  ageGroup?: AgeGroup | undefined;
  language?: string | undefined;
  reference?: string | undefined;
  limit: number;
}

export interface InboxRow {
  caseId: string;
  reference: string;
  requestType: RequestType;
  kind: string;
  status: RequestStatus;
  zoneId: string;
  networkIds: string[];
  ageGroups: string[];
  language: string;
  organisationName: string;
  postcode: string;
  openedAt: Date;
  respondedAt: Date | null;
  respondBy: string | null;
}

/** Cases for an inbox, oldest first; the service puts overdue ones on top. */
export async function listInbox(db: Executor, query: InboxQuery): Promise<InboxRow[]> {
  const conditions = [inArray(cases.status, [...query.statuses])];
  if (query.scope) conditions.push(query.scope);
  if (query.requestType) conditions.push(eq(requests.requestType, query.requestType));
  if (query.kind) conditions.push(eq(requests.kind, query.kind));
  if (query.ageGroup) conditions.push(arrayOverlaps(requests.ageGroups, [query.ageGroup]));
  if (query.language) conditions.push(eq(requests.language, query.language));
  if (query.reference) conditions.push(eq(cases.reference, query.reference));
  const rows = await db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      requestType: requests.requestType,
      kind: requests.kind,
      status: cases.status,
      zoneId: cases.zoneId,
      networkIds: cases.networkIds,
      ageGroups: requests.ageGroups,
      language: requests.language,
      organisationName: requests.organisationName,
      postcode: requests.postcode,
      openedAt: cases.openedAt,
      respondedAt: cases.respondedAt,
      respondBy: cases.respondBy,
    })
    .from(cases)
    .innerJoin(requests, eq(requests.caseId, cases.id))
    .where(and(...conditions))
    .orderBy(asc(cases.openedAt))
    .limit(query.limit);
  return rows.map((row) => ({
    ...row,
    requestType: row.requestType as RequestType,
    status: row.status as RequestStatus,
  }));
}

export async function readDraft(db: Executor, id: string, form: string, now: Date) {
  const [row] = await db
    .select({ data: requestDrafts.data, expiresAt: requestDrafts.expiresAt })
    .from(requestDrafts)
    .where(and(eq(requestDrafts.id, id), eq(requestDrafts.form, form)));
  return row && row.expiresAt > now ? row.data : null;
}

export async function writeDraft(
  db: Executor,
  draft: { id: string; form: string; data: Record<string, unknown>; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insert(requestDrafts)
    .values({
      id: draft.id,
      form: draft.form,
      data: draft.data,
      updatedAt: draft.now,
      expiresAt: draft.expiresAt,
    })
    .onConflictDoUpdate({
      target: requestDrafts.id,
      set: { data: draft.data, updatedAt: draft.now, expiresAt: draft.expiresAt },
    });
}

export async function deleteDraft(db: Executor, id: string): Promise<void> {
  await db.delete(requestDrafts).where(eq(requestDrafts.id, id));
}

/** Forgets drafts nobody finished: what they hold is personal data we no longer need. */
export async function deleteExpiredDrafts(db: Executor, now: Date): Promise<number> {
  const deleted = await db
    .delete(requestDrafts)
    .where(lt(requestDrafts.expiresAt, now))
    .returning({ id: requestDrafts.id });
  return deleted.length;
}

export async function readSettings(db: Executor): Promise<Map<string, number>> {
  const rows = await db.select().from(requestSettings).orderBy(desc(requestSettings.updatedAt));
  return new Map(rows.map((row) => [row.networkId, row.firstContactDays]));
}

export async function writeSetting(db: Executor, networkId: string, firstContactDays: number, now: Date) {
  await db
    .insert(requestSettings)
    .values({ networkId, firstContactDays, updatedAt: now })
    .onConflictDoUpdate({ target: requestSettings.networkId, set: { firstContactDays, updatedAt: now } });
}
