// Queries behind clinician self-service: the account ↔ profile link, the listing log, edits of
// a profile's own fields, and staleness reminders. Every write to a clinician row takes a new
// directory revision (store.ts), so every instance's finder picks it up.

import { and, asc, eq, inArray, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import type { EditedProfile } from './domain/profile-edit.ts';
import { nextRevision } from './store.ts';
import {
  clinicianAccounts,
  clinicianListingLog,
  clinicianLocations,
  clinicianProfileReminders,
  clinicians,
} from './tables.ts';

/** Why an account cannot be linked to a profile: one of them is already linked elsewhere. */
export class AccountLinkConflict extends Error {
  constructor(readonly code: 'account-linked-elsewhere' | 'clinician-linked-elsewhere') {
    super(code);
    this.name = 'AccountLinkConflict';
  }
}

export async function linkAccountRow(
  tx: Executor,
  clinicianId: string,
  accountId: string,
  at: Date,
): Promise<void> {
  // Serialise links so that two approvals of the same account cannot both pass the checks.
  await tx.execute(sql`select pg_advisory_xact_lock(7340023)`);
  const existing = await tx
    .select()
    .from(clinicianAccounts)
    .where(or(eq(clinicianAccounts.clinicianId, clinicianId), eq(clinicianAccounts.accountId, accountId)));
  for (const row of existing) {
    if (row.clinicianId === clinicianId && row.accountId === accountId) return;
    throw new AccountLinkConflict(
      row.accountId === accountId ? 'account-linked-elsewhere' : 'clinician-linked-elsewhere',
    );
  }
  await tx.insert(clinicianAccounts).values({ clinicianId, accountId, linkedAt: at });
}

export async function accountIdForClinician(db: Executor, clinicianId: string): Promise<string | null> {
  const [row] = await db
    .select({ accountId: clinicianAccounts.accountId })
    .from(clinicianAccounts)
    .where(eq(clinicianAccounts.clinicianId, clinicianId));
  return row?.accountId ?? null;
}

export interface ListingChange {
  listed: boolean;
  reason: string;
  actorAccountId: string | null;
  actorLabel: string;
  at: Date;
}

/** Writes the flag and its log row; false when the clinician does not exist. */
export async function setListedRow(
  tx: Executor,
  clinicianId: string,
  change: ListingChange,
): Promise<boolean> {
  const revision = await nextRevision(tx);
  const updated = await tx
    .update(clinicians)
    .set({ listed: change.listed, revision })
    .where(eq(clinicians.id, clinicianId))
    .returning({ id: clinicians.id });
  if (updated.length === 0) return false;
  await tx.insert(clinicianListingLog).values({ clinicianId, ...change });
  return true;
}

export async function listingLogRows(db: Executor, clinicianId: string) {
  return db
    .select()
    .from(clinicianListingLog)
    .where(eq(clinicianListingLog.clinicianId, clinicianId))
    .orderBy(asc(clinicianListingLog.id));
}

/**
 * Writes an edited profile: its fields, a new "updated on", and its locations (kept ones keep
 * their id, which recorded sessions point to; removed ones go; new ones are added).
 */
export async function writeEditedProfile(
  tx: Executor,
  clinicianId: string,
  edited: EditedProfile,
  updatedAt: Date,
): Promise<boolean> {
  const revision = await nextRevision(tx);
  const updated = await tx
    .update(clinicians)
    .set({ ...edited.profile, updatedAt, revision })
    .where(eq(clinicians.id, clinicianId))
    .returning({ id: clinicians.id });
  if (updated.length === 0) return false;
  const kept = edited.locations.flatMap((location) => (location.id ? [location.id] : []));
  await tx
    .delete(clinicianLocations)
    .where(
      kept.length > 0
        ? and(eq(clinicianLocations.clinicianId, clinicianId), notInArray(clinicianLocations.id, kept))
        : eq(clinicianLocations.clinicianId, clinicianId),
    );
  for (const [position, { id, ...location }] of edited.locations.entries()) {
    if (id) {
      await tx
        .update(clinicianLocations)
        .set({ ...location, position })
        .where(and(eq(clinicianLocations.id, id), eq(clinicianLocations.clinicianId, clinicianId)));
    } else {
      await tx.insert(clinicianLocations).values({ ...location, clinicianId, position });
    }
  }
  return true;
}

/**
 * Listed clinicians whose "updated on" is older than `cutoff` and who were not yet reminded
 * about that "updated on". Locked with SKIP LOCKED: an instance running the same job at the
 * same time takes other rows, or none.
 */
export async function staleUnremindedRows(tx: Executor, cutoff: Date, limit: number) {
  return tx
    .select({
      id: clinicians.id,
      givenName: clinicians.givenName,
      familyName: clinicians.familyName,
      email: clinicians.email,
      languages: clinicians.languages,
      updatedAt: clinicians.updatedAt,
      accountId: clinicianAccounts.accountId,
    })
    .from(clinicians)
    .leftJoin(clinicianProfileReminders, eq(clinicianProfileReminders.clinicianId, clinicians.id))
    .leftJoin(clinicianAccounts, eq(clinicianAccounts.clinicianId, clinicians.id))
    .where(
      and(
        eq(clinicians.listed, true),
        lt(clinicians.updatedAt, cutoff),
        or(
          isNull(clinicianProfileReminders.clinicianId),
          lt(clinicianProfileReminders.forUpdatedAt, clinicians.updatedAt),
        ),
      ),
    )
    .orderBy(asc(clinicians.updatedAt))
    .limit(limit)
    .for('update', { of: clinicians, skipLocked: true });
}

/**
 * Notes the reminder about this "updated on"; the caller enqueues the e-mail in the same
 * transaction, only when this answers true. False: another run noted it first. SKIP LOCKED alone
 * does not say so: a run that read the candidates just before another committed still sees them
 * unreminded (the note is in another table than the row it locked), so the note itself decides.
 */
export async function markReminded(
  tx: Executor,
  clinicianId: string,
  forUpdatedAt: Date,
  at: Date,
): Promise<boolean> {
  const noted = await tx
    .insert(clinicianProfileReminders)
    .values({ clinicianId, remindedAt: at, forUpdatedAt })
    .onConflictDoUpdate({
      target: clinicianProfileReminders.clinicianId,
      set: { remindedAt: at, forUpdatedAt },
      setWhere: lt(clinicianProfileReminders.forUpdatedAt, forUpdatedAt),
    })
    .returning({ clinicianId: clinicianProfileReminders.clinicianId });
  return noted.length > 0;
}

export async function remindersOf(db: Executor, clinicianIds: string[]) {
  if (clinicianIds.length === 0) return [];
  return db
    .select()
    .from(clinicianProfileReminders)
    .where(inArray(clinicianProfileReminders.clinicianId, clinicianIds));
}
