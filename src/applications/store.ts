import { and, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { cases } from '../platform/cases/tables.ts';
import type { Executor } from '../platform/db/database.ts';
import type { ApplicationStatus } from './domain/workflow.ts';
import { applicationDrafts, applicationFiles, applications } from './tables.ts';

export type ApplicationRow = typeof applications.$inferSelect;
export type FileRow = typeof applicationFiles.$inferSelect;

export async function insertApplication(tx: Executor, row: typeof applications.$inferInsert) {
  await tx.insert(applications).values(row);
}

export async function findApplication(db: Executor, caseId: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.caseId, caseId));
  return row ?? null;
}

export async function updateApplication(
  tx: Executor,
  caseId: string,
  values: Partial<typeof applications.$inferInsert>,
): Promise<void> {
  await tx.update(applications).set(values).where(eq(applications.caseId, caseId));
}

export interface ListQuery {
  scope: SQL | undefined;
  statuses: readonly ApplicationStatus[];
  kind?: 'clinician' | 'service' | undefined;
  accountId?: string | undefined;
  limit: number;
}

export async function listApplications(db: Executor, query: ListQuery) {
  const conditions = [inArray(cases.status, [...query.statuses]), eq(cases.caseType, 'application')];
  if (query.scope) conditions.push(query.scope);
  if (query.kind) conditions.push(eq(applications.kind, query.kind));
  if (query.accountId) conditions.push(eq(applications.accountId, query.accountId));
  return db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      status: cases.status,
      zoneId: cases.zoneId,
      networkIds: cases.networkIds,
      openedAt: cases.openedAt,
      updatedAt: cases.updatedAt,
      kind: applications.kind,
      applicantName: applications.applicantName,
      accountId: applications.accountId,
    })
    .from(cases)
    .innerJoin(applications, eq(applications.caseId, cases.id))
    .where(and(...conditions))
    .orderBy(desc(cases.updatedAt))
    .limit(query.limit);
}

export async function readDraft(db: Executor, accountId: string, form: string) {
  const [row] = await db
    .select({ data: applicationDrafts.data })
    .from(applicationDrafts)
    .where(and(eq(applicationDrafts.accountId, accountId), eq(applicationDrafts.form, form)));
  return row?.data ?? null;
}

export async function writeDraft(
  db: Executor,
  accountId: string,
  form: string,
  data: Record<string, unknown>,
  now: Date,
) {
  await db
    .insert(applicationDrafts)
    .values({ accountId, form, data, updatedAt: now })
    .onConflictDoUpdate({
      target: [applicationDrafts.accountId, applicationDrafts.form],
      set: { data, updatedAt: now },
    });
}

export async function deleteDraft(tx: Executor, accountId: string, form: string) {
  await tx
    .delete(applicationDrafts)
    .where(and(eq(applicationDrafts.accountId, accountId), eq(applicationDrafts.form, form)));
}

export async function insertFile(db: Executor, row: FileRow) {
  await db.insert(applicationFiles).values(row);
}

export async function findFile(db: Executor, id: string): Promise<FileRow | null> {
  const [row] = await db.select().from(applicationFiles).where(eq(applicationFiles.id, id));
  return row ?? null;
}

/** Documents uploaded with a draft (no case yet), newest first. */
export async function draftFiles(db: Executor, accountId: string): Promise<FileRow[]> {
  return db
    .select()
    .from(applicationFiles)
    .where(and(eq(applicationFiles.accountId, accountId), isNull(applicationFiles.caseId)))
    .orderBy(desc(applicationFiles.uploadedAt));
}

/** Applications' lock space for uploads (two-key form, so it never meets one-key locks). */
const UPLOAD_LOCK_SPACE = 7_340_041;

/**
 * Makes an account's uploads take turns until `tx` ends, so that counting what it holds and
 * adding a document are one step: uploads sent together cannot all fit in the last place.
 * Only a case's owner uploads to it, so the account's turn covers its cases too.
 */
export async function lockAccountUploads(tx: Executor, accountId: string): Promise<void> {
  // A 32-bit integer from the id's first hexadecimal digits; two accounts that share one only wait.
  const slot = Number.parseInt(accountId.slice(0, 8), 16) | 0;
  await tx.execute(
    sql`select pg_advisory_xact_lock(${sql.raw(String(UPLOAD_LOCK_SPACE))}, ${sql.raw(String(slot))})`,
  );
}

/** How many documents, and bytes, an account holds (drafts and cases) and a case holds. */
export async function fileUsage(tx: Executor, accountId: string, caseId: string | null) {
  const ofAccount = sql`${applicationFiles.accountId} = ${accountId}`;
  const ofCase = caseId ? sql`${applicationFiles.caseId} = ${caseId}` : sql`false`;
  const [row] = await tx
    .select({
      accountFiles: sql<number>`count(*) filter (where ${ofAccount})`.mapWith(Number),
      accountBytes:
        sql<number>`coalesce(sum(${applicationFiles.size}) filter (where ${ofAccount}), 0)`.mapWith(Number),
      caseFiles: sql<number>`count(*) filter (where ${ofCase})`.mapWith(Number),
      caseBytes: sql<number>`coalesce(sum(${applicationFiles.size}) filter (where ${ofCase}), 0)`.mapWith(
        Number,
      ),
    })
    .from(applicationFiles)
    .where(
      caseId
        ? or(eq(applicationFiles.accountId, accountId), eq(applicationFiles.caseId, caseId))
        : eq(applicationFiles.accountId, accountId),
    );
  return {
    account: { files: row?.accountFiles ?? 0, bytes: row?.accountBytes ?? 0 },
    case: { files: row?.caseFiles ?? 0, bytes: row?.caseBytes ?? 0 },
  };
}

export async function caseFiles(db: Executor, caseId: string): Promise<FileRow[]> {
  return db
    .select()
    .from(applicationFiles)
    .where(eq(applicationFiles.caseId, caseId))
    .orderBy(desc(applicationFiles.uploadedAt));
}

export async function attachDraftFiles(tx: Executor, accountId: string, caseId: string) {
  await tx
    .update(applicationFiles)
    .set({ caseId })
    .where(and(eq(applicationFiles.accountId, accountId), isNull(applicationFiles.caseId)));
}

/** Removes a draft's documents of one kind; returns their stored names (the files go after commit). */
export async function deleteDraftFiles(
  tx: Executor,
  accountId: string,
  documentKind: string,
): Promise<string[]> {
  const rows = await tx
    .delete(applicationFiles)
    .where(
      and(
        eq(applicationFiles.accountId, accountId),
        isNull(applicationFiles.caseId),
        eq(applicationFiles.documentKind, documentKind),
      ),
    )
    .returning({ storedName: applicationFiles.storedName });
  return rows.map((row) => row.storedName);
}

/** Forgets questionnaires nobody touched since `before`, and documents sent with no case since. */
export async function deleteStaleDrafts(
  tx: Executor,
  before: Date,
): Promise<{ drafts: number; storedNames: string[] }> {
  const drafts = await tx
    .delete(applicationDrafts)
    .where(lt(applicationDrafts.updatedAt, before))
    .returning({ accountId: applicationDrafts.accountId });
  const files = await tx
    .delete(applicationFiles)
    .where(and(isNull(applicationFiles.caseId), lt(applicationFiles.uploadedAt, before)))
    .returning({ storedName: applicationFiles.storedName });
  return { drafts: drafts.length, storedNames: files.map((f) => f.storedName) };
}
