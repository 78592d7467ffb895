// Events' queries. Registration and cancellation run inside one transaction that first locks the
// event row (`for update`), so concurrent registrations take places one after the other and the
// counters on the row stay exact.

import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import type { EventDraft, EventKind, EventStatus } from './domain/event.ts';
import type { RegistrationDraft, RegistrationStatus } from './domain/registration.ts';
import { eventRegistrations, events } from './tables.ts';

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;

export interface EventFilter {
  kind?: EventKind | undefined;
  language?: string | undefined;
  zoneId?: string | undefined;
  /** Events starting at or after this instant. */
  from: Date;
  /** Only these zones (a coordinator's list); undefined: all. */
  zoneIds?: readonly string[] | undefined;
  organiserAccountId?: string | undefined;
  includeCancelled?: boolean;
  limit?: number;
}

/** What an event is linked to besides its organiser: the request it was made from, who leads it. */
export interface EventLinks {
  requestCaseId?: string | null;
  leaderClinicianId?: string | null;
}

export async function insertEvent(
  db: Executor,
  draft: EventDraft,
  organiserAccountId: string | null,
  links: EventLinks = {},
): Promise<EventRow> {
  const [row] = await db
    .insert(events)
    .values({ ...draft, topics: [...draft.topics], organiserAccountId, ...links })
    .returning();
  return row!;
}

/**
 * GP events (knowledge sessions, CPM meetings) a clinician ran, by their account (organiser) or
 * their directory id (leader), started between `from` and `until`, latest first.
 */
export async function gpEventsRunBy(
  db: Executor,
  runner: { accountId: string; clinicianId: string },
  from: Date,
  until: Date,
): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(
      and(
        inArray(events.kind, ['knowledge-session', 'cpm']),
        eq(events.status, 'scheduled'),
        gte(events.startsAt, from),
        lte(events.startsAt, until),
        or(eq(events.organiserAccountId, runner.accountId), eq(events.leaderClinicianId, runner.clinicianId)),
      ),
    )
    .orderBy(desc(events.startsAt))
    .limit(200);
}

/** The scheduled event made from a request, if any. */
export async function scheduledEventOfRequest(db: Executor, caseId: string): Promise<EventRow | null> {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.requestCaseId, caseId), eq(events.status, 'scheduled')));
  return row ?? null;
}

export async function findEvent(db: Executor, id: string): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ?? null;
}

/** The event row, locked until the transaction ends. */
export async function lockEvent(db: Executor, id: string): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id)).for('update');
  return row ?? null;
}

export async function listEvents(db: Executor, filter: EventFilter): Promise<EventRow[]> {
  const conditions = [gte(events.startsAt, filter.from)];
  if (!filter.includeCancelled) conditions.push(eq(events.status, 'scheduled'));
  if (filter.kind) conditions.push(eq(events.kind, filter.kind));
  if (filter.language) conditions.push(eq(events.language, filter.language));
  if (filter.zoneId) conditions.push(eq(events.zoneId, filter.zoneId));
  if (filter.zoneIds) conditions.push(inArray(events.zoneId, [...filter.zoneIds, '']));
  if (filter.organiserAccountId) conditions.push(eq(events.organiserAccountId, filter.organiserAccountId));
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(filter.limit ?? 200);
}

export async function setEventStatus(db: Executor, id: string, status: EventStatus): Promise<void> {
  await db.update(events).set({ status }).where(eq(events.id, id));
}

/** Adds to (or takes from) the event's counters. */
export async function countOnEvent(
  db: Executor,
  id: string,
  registered: number,
  waitlisted: number,
): Promise<void> {
  await db
    .update(events)
    .set({
      registered: sql`${events.registered} + ${registered}`,
      waitlisted: sql`${events.waitlisted} + ${waitlisted}`,
    })
    .where(eq(events.id, id));
}

export async function liveRegistrationFor(
  db: Executor,
  eventId: string,
  email: string,
): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.email, email),
        sql`${eventRegistrations.status} <> 'cancelled'`,
      ),
    );
  return row ?? null;
}

export async function insertRegistration(
  db: Executor,
  values: RegistrationDraft & {
    eventId: string;
    reference: string;
    status: RegistrationStatus;
    cancelTokenHash: string;
  },
): Promise<RegistrationRow> {
  const [row] = await db.insert(eventRegistrations).values(values).returning();
  return row!;
}

export async function registrationByTokenHash(db: Executor, hash: string): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(eq(eventRegistrations.cancelTokenHash, hash));
  return row ?? null;
}

export async function setRegistrationStatus(
  db: Executor,
  id: string,
  status: RegistrationStatus,
): Promise<void> {
  await db
    .update(eventRegistrations)
    .set({ status, ...(status === 'cancelled' ? { cancelledAt: sql`now()` } : {}) })
    .where(eq(eventRegistrations.id, id));
}

/** The first on the waiting list (registration order). */
export async function firstWaiting(db: Executor, eventId: string): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'waitlisted')))
    .orderBy(asc(eventRegistrations.seq))
    .limit(1);
  return row ?? null;
}

/** Everyone who registered, places first then the waiting list, each in order. */
export async function registrationsOf(db: Executor, eventId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(
      sql`case ${eventRegistrations.status} when 'registered' then 0 when 'waitlisted' then 1 else 2 end`,
      asc(eventRegistrations.seq),
    );
}

/** Records who came: `present` ids attended; the event's other registered people did not. */
export async function markAttendance(
  db: Executor,
  eventId: string,
  present: readonly string[],
): Promise<void> {
  const live = and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'registered'));
  await db.update(eventRegistrations).set({ attended: false }).where(live);
  if (present.length > 0)
    await db
      .update(eventRegistrations)
      .set({ attended: true })
      .where(and(live, inArray(eventRegistrations.id, [...present])));
}

/**
 * Registrations whose reminder is due (the event starts within `leadMs` and has not started),
 * claimed by marking them reminded; `skip locked` lets instances share the work.
 */
export async function claimDueReminders(
  db: Executor,
  now: Date,
  leadMs: number,
  limit = 50,
): Promise<Array<{ registration: RegistrationRow; event: EventRow }>> {
  const dueBefore = new Date(now.getTime() + leadMs);
  const rows = await db
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(
      and(
        eq(eventRegistrations.status, 'registered'),
        isNull(eventRegistrations.remindedAt),
        eq(events.status, 'scheduled'),
        gte(events.startsAt, now),
        lte(events.startsAt, dueBefore),
      ),
    )
    .limit(limit)
    .for('update', { of: eventRegistrations, skipLocked: true });
  if (rows.length > 0)
    await db
      .update(eventRegistrations)
      .set({ remindedAt: now })
      .where(
        inArray(
          eventRegistrations.id,
          rows.map((row) => row.registration.id),
        ),
      );
  return rows;
}
