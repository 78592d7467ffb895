// Queries for deciding bodies and their meetings. Members are read from the platform's grants
// (the one place roles live); nothing here writes them.

import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { accounts, grants } from '../platform/auth/tables.ts';
import type { Executor } from '../platform/db/database.ts';
import { type DecidingBody, germanName } from './domain/bodies.ts';
import type { Minutes } from './domain/minutes.ts';
import {
  committeeAgendaItems,
  committeeAttendance,
  committeeBodies,
  committeeDecisions,
  committeeMeetings,
  committeeRecusals,
} from './tables.ts';

export type MeetingRow = typeof committeeMeetings.$inferSelect;
export type ItemRow = typeof committeeAgendaItems.$inferSelect;
export type AttendanceRow = typeof committeeAttendance.$inferSelect;
export type RecusalRow = typeof committeeRecusals.$inferSelect;
export type DecisionRow = typeof committeeDecisions.$inferSelect;

function toBody(row: typeof committeeBodies.$inferSelect): DecidingBody {
  return {
    id: row.id,
    names: { ...row.names, de: germanName(row.names) },
    networkIds: row.networkIds,
    delegatedBy: row.delegatedBy,
    quorum: { minimumPresent: row.quorumMinimumPresent, majorityOfMembers: row.quorumMajorityOfMembers },
  };
}

/** Adds the bodies that are missing; existing rows keep what their network configured. */
export async function seedBodies(db: Executor, bodies: readonly DecidingBody[]): Promise<number> {
  const inserted = await db
    .insert(committeeBodies)
    .values(
      bodies.map((body) => ({
        id: body.id,
        names: body.names,
        networkIds: body.networkIds,
        delegatedBy: body.delegatedBy,
        quorumMinimumPresent: body.quorum.minimumPresent,
        quorumMajorityOfMembers: body.quorum.majorityOfMembers,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: committeeBodies.id });
  return inserted.length;
}

/** Writes bodies as an import states them: new ones added, known ones replaced. */
export async function upsertBodies(db: Executor, bodies: readonly DecidingBody[]): Promise<number> {
  for (const body of bodies) {
    const values = {
      names: body.names,
      networkIds: body.networkIds,
      delegatedBy: body.delegatedBy,
      quorumMinimumPresent: body.quorum.minimumPresent,
      quorumMajorityOfMembers: body.quorum.majorityOfMembers,
    };
    await db
      .insert(committeeBodies)
      .values({ id: body.id, ...values })
      .onConflictDoUpdate({ target: committeeBodies.id, set: values });
  }
  return bodies.length;
}

export async function listBodies(db: Executor): Promise<DecidingBody[]> {
  const rows = await db.select().from(committeeBodies).orderBy(asc(committeeBodies.id));
  return rows.map(toBody);
}

export async function findBody(db: Executor, id: string): Promise<DecidingBody | null> {
  const [row] = await db.select().from(committeeBodies).where(eq(committeeBodies.id, id));
  return row ? toBody(row) : null;
}

export interface MemberRow {
  accountId: string;
  displayName: string;
}

/** The accounts holding a `committee-member` grant for the body, by name. */
export async function membersOf(db: Executor, bodyId: string): Promise<MemberRow[]> {
  return db
    .selectDistinct({ accountId: accounts.id, displayName: accounts.displayName })
    .from(grants)
    .innerJoin(accounts, eq(accounts.id, grants.accountId))
    .where(and(eq(grants.role, 'committee-member'), eq(grants.bodyId, bodyId)))
    .orderBy(asc(accounts.displayName), asc(accounts.id));
}

export async function insertMeeting(
  tx: Executor,
  values: typeof committeeMeetings.$inferInsert,
): Promise<MeetingRow> {
  const [row] = await tx.insert(committeeMeetings).values(values).returning();
  return row!;
}

export async function findMeeting(db: Executor, id: string): Promise<MeetingRow | null> {
  const [row] = await db.select().from(committeeMeetings).where(eq(committeeMeetings.id, id));
  return row ?? null;
}

export async function meetingsOf(db: Executor, bodyIds: string[]): Promise<MeetingRow[]> {
  if (bodyIds.length === 0) return [];
  return db
    .select()
    .from(committeeMeetings)
    .where(inArray(committeeMeetings.bodyId, bodyIds))
    .orderBy(desc(committeeMeetings.heldOn), desc(committeeMeetings.createdAt))
    .limit(200);
}

/**
 * Takes the meeting's next version if it is still open and still at `expected`: false means
 * the page was stale (someone changed the meeting meanwhile) or the meeting was closed.
 */
export async function advanceVersion(tx: Executor, id: string, expected: number): Promise<boolean> {
  const rows = await tx
    .update(committeeMeetings)
    .set({ version: sql`${committeeMeetings.version} + 1` })
    .where(
      and(
        eq(committeeMeetings.id, id),
        eq(committeeMeetings.version, expected),
        eq(committeeMeetings.status, 'open'),
      ),
    )
    .returning({ id: committeeMeetings.id });
  return rows.length === 1;
}

export async function closeMeeting(tx: Executor, id: string, minutes: Minutes, at: Date): Promise<void> {
  await tx
    .update(committeeMeetings)
    .set({ status: 'closed', closedAt: at, minutes })
    .where(eq(committeeMeetings.id, id));
}

export async function itemsOf(db: Executor, meetingId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(committeeAgendaItems)
    .where(eq(committeeAgendaItems.meetingId, meetingId))
    .orderBy(asc(committeeAgendaItems.position));
}

export async function insertItems(tx: Executor, rows: Array<typeof committeeAgendaItems.$inferInsert>) {
  if (rows.length > 0) await tx.insert(committeeAgendaItems).values(rows).onConflictDoNothing();
}

export async function attendanceOf(db: Executor, meetingId: string): Promise<AttendanceRow[]> {
  return db
    .select()
    .from(committeeAttendance)
    .where(eq(committeeAttendance.meetingId, meetingId))
    .orderBy(asc(committeeAttendance.displayName));
}

export async function replaceAttendance(tx: Executor, meetingId: string, rows: AttendanceRow[]) {
  await tx.delete(committeeAttendance).where(eq(committeeAttendance.meetingId, meetingId));
  if (rows.length > 0) await tx.insert(committeeAttendance).values(rows);
}

export async function recusalsOf(db: Executor, meetingId: string): Promise<RecusalRow[]> {
  return db
    .select()
    .from(committeeRecusals)
    .where(eq(committeeRecusals.meetingId, meetingId))
    .orderBy(asc(committeeRecusals.declaredAt));
}

/** False when the member was already declared recused for the item. */
export async function insertRecusal(tx: Executor, row: RecusalRow): Promise<boolean> {
  const rows = await tx.insert(committeeRecusals).values(row).onConflictDoNothing().returning();
  return rows.length === 1;
}

/** False when there was no such declared recusal. */
export async function deleteRecusal(
  tx: Executor,
  meetingId: string,
  applicationId: string,
  accountId: string,
) {
  const rows = await tx
    .delete(committeeRecusals)
    .where(
      and(
        eq(committeeRecusals.meetingId, meetingId),
        eq(committeeRecusals.applicationId, applicationId),
        eq(committeeRecusals.accountId, accountId),
      ),
    )
    .returning();
  return rows.length === 1;
}

export async function meetingDecisions(db: Executor, meetingId: string): Promise<DecisionRow[]> {
  return db.select().from(committeeDecisions).where(eq(committeeDecisions.meetingId, meetingId));
}

/** False when a decision on the item is already there (another member was quicker). */
export async function claimDecision(tx: Executor, row: DecisionRow): Promise<boolean> {
  const rows = await tx.insert(committeeDecisions).values(row).onConflictDoNothing().returning();
  return rows.length === 1;
}

export async function confirmDecision(
  tx: Executor,
  meetingId: string,
  applicationId: string,
  status: string,
) {
  await tx
    .update(committeeDecisions)
    .set({ applicationStatus: status })
    .where(
      and(eq(committeeDecisions.meetingId, meetingId), eq(committeeDecisions.applicationId, applicationId)),
    );
}

export async function dropDecision(tx: Executor, meetingId: string, applicationId: string) {
  await tx
    .delete(committeeDecisions)
    .where(
      and(eq(committeeDecisions.meetingId, meetingId), eq(committeeDecisions.applicationId, applicationId)),
    );
}
