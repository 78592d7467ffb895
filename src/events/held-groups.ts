// The group sessions a zone held, for reporting: community groups (kind 'group-session') that
// were not cancelled and have started, each with the people its organiser marked present and
// those still registered. Events keep their own tables; reporting only counts what this answers.

import { and, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import { eventRegistrations, events } from './tables.ts';

export interface HeldGroupsQuery {
  zoneIds: readonly string[];
  /** Groups starting from this instant (included) … */
  from: Date;
  /** … to this one (excluded); never later than now, so groups still to come are not "held". */
  to: Date;
}

export interface HeldGroup {
  startsAt: Date;
  /** Registrations marked present. */
  attended: number;
  /** Registrations whose attendance was recorded (present or not). */
  recorded: number;
  registered: number;
}

export async function heldGroupSessions(db: Executor, query: HeldGroupsQuery): Promise<HeldGroup[]> {
  if (query.zoneIds.length === 0 || query.to <= query.from) return [];
  const rows = await db
    .select({
      startsAt: events.startsAt,
      registered: events.registered,
      attended: sql<number>`count(${eventRegistrations.id}) filter (where ${eventRegistrations.attended})::int`,
      recorded: sql<number>`count(${eventRegistrations.attended})::int`,
    })
    .from(events)
    .leftJoin(
      eventRegistrations,
      and(eq(eventRegistrations.eventId, events.id), eq(eventRegistrations.status, 'registered')),
    )
    .where(
      and(
        eq(events.kind, 'group-session'),
        ne(events.status, 'cancelled'),
        inArray(events.zoneId, [...query.zoneIds]),
        gte(events.startsAt, query.from),
        lt(events.startsAt, query.to),
      ),
    )
    .groupBy(events.id)
    .orderBy(events.startsAt);
  return rows.map((row) => ({
    startsAt: new Date(row.startsAt),
    attended: Number(row.attended),
    recorded: Number(row.recorded),
    registered: row.registered,
  }));
}
