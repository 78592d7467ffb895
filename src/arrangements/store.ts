// Arrangements' queries: the rows, the state of their days, and the conditional updates that let
// only one of two simultaneous "end" or "skip" requests take effect.

import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import type { IsoDate } from '../platform/identifiers/belgian-date.ts';
import { arrangementDays, arrangements } from './tables.ts';

export type ArrangementRow = typeof arrangements.$inferSelect;
export type ArrangementDayRow = typeof arrangementDays.$inferSelect;
export type NewArrangement = typeof arrangements.$inferInsert;

export async function insertArrangement(db: Executor, values: NewArrangement): Promise<ArrangementRow> {
  const [row] = await db.insert(arrangements).values(values).returning();
  return row!;
}

export async function findArrangement(db: Executor, id: string): Promise<ArrangementRow | null> {
  const [row] = await db.select().from(arrangements).where(eq(arrangements.id, id));
  return row ?? null;
}

export async function arrangementByTokenHash(db: Executor, hash: string): Promise<ArrangementRow | null> {
  const [row] = await db.select().from(arrangements).where(eq(arrangements.gpTokenHash, hash));
  return row ?? null;
}

export async function activeArrangementOfRequest(
  db: Executor,
  caseId: string,
): Promise<ArrangementRow | null> {
  const [row] = await db
    .select()
    .from(arrangements)
    .where(and(eq(arrangements.requestCaseId, caseId), eq(arrangements.status, 'active')));
  return row ?? null;
}

/** The arrangement made from a request, the latest first if one ended and another followed. */
export async function latestArrangementOfRequest(
  db: Executor,
  caseId: string,
): Promise<ArrangementRow | null> {
  const [row] = await db
    .select()
    .from(arrangements)
    .where(eq(arrangements.requestCaseId, caseId))
    .orderBy(desc(arrangements.createdAt))
    .limit(1);
  return row ?? null;
}

export function arrangementsOfClinician(db: Executor, clinicianId: string): Promise<ArrangementRow[]> {
  return db
    .select()
    .from(arrangements)
    .where(eq(arrangements.clinicianId, clinicianId))
    .orderBy(asc(arrangements.status), asc(arrangements.firstDay))
    .limit(100);
}

export function daysOf(db: Executor, arrangementId: string): Promise<ArrangementDayRow[]> {
  return db.select().from(arrangementDays).where(eq(arrangementDays.arrangementId, arrangementId));
}

/** Marks a day skipped; false when it already was. */
export async function skipDay(
  db: Executor,
  arrangementId: string,
  day: IsoDate,
  by: 'clinician' | 'gp',
  at: Date,
): Promise<boolean> {
  const rows = await db
    .insert(arrangementDays)
    .values({ arrangementId, day, skippedAt: at, skippedBy: by })
    .onConflictDoUpdate({
      target: [arrangementDays.arrangementId, arrangementDays.day],
      set: { skippedAt: at, skippedBy: by },
      setWhere: and(isNull(arrangementDays.skippedAt), isNull(arrangementDays.hoursClaimedAt)),
    })
    .returning();
  return rows.length > 0;
}

/** Claims a held day for logging its hours; false when it is skipped, logged or being logged. */
export async function claimDayHours(
  db: Executor,
  arrangementId: string,
  day: IsoDate,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .insert(arrangementDays)
    .values({ arrangementId, day, hoursClaimedAt: at })
    .onConflictDoUpdate({
      target: [arrangementDays.arrangementId, arrangementDays.day],
      set: { hoursClaimedAt: at },
      setWhere: and(isNull(arrangementDays.skippedAt), isNull(arrangementDays.hoursClaimedAt)),
    })
    .returning();
  return rows.length > 0;
}

/** The claim's outcome: the recorded entry, or null to release the claim (nothing was recorded). */
export async function settleDayHours(
  db: Executor,
  arrangementId: string,
  day: IsoDate,
  entryId: string | null,
) {
  await db
    .update(arrangementDays)
    .set(entryId ? { hoursEntryId: entryId } : { hoursClaimedAt: null })
    .where(and(eq(arrangementDays.arrangementId, arrangementId), eq(arrangementDays.day, day)));
}

/** Ends an active arrangement; false when it had already ended. */
export async function endArrangement(
  db: Executor,
  id: string,
  by: 'clinician' | 'gp',
  reason: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(arrangements)
    .set({ status: 'ended', endedAt: at, endedBy: by, endReason: reason })
    .where(and(eq(arrangements.id, id), eq(arrangements.status, 'active')))
    .returning({ id: arrangements.id });
  return rows.length > 0;
}
