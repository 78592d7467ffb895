import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../platform/cases/tables.ts';

/**
 * Events (knowledge sessions, CPM meetings, group sessions). `registered` and `waitlisted` are
 * counters kept in the transaction that registers or cancels (under a lock on this row), so the
 * agenda and the API read them instead of counting registrations.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** The coordination zone it is in; its networks are the zone's (reference data). */
    zoneId: text('zone_id').notNull(),
    language: text('language').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    venue: text('venue'),
    onlineUrl: text('online_url'),
    topics: jsonb('topics').$type<string[]>().notNull().default([]),
    capacity: integer('capacity').notNull(),
    audience: text('audience').notNull(),
    leader: text('leader').notNull(),
    coLeader: text('co_leader'),
    /** The account that created it: a clinician manages their own events. */
    organiserAccountId: text('organiser_account_id'),
    /** The GP's knowledge-session request it was made from (platform cases table); null otherwise. */
    requestCaseId: uuid('request_case_id').references(() => cases.id),
    /**
     * The directory clinician who leads it, when known (the request's assigned clinician): they
     * record their hours on it as first-line support time, as the organising clinician does.
     */
    leaderClinicianId: text('leader_clinician_id'),
    status: text('status').notNull().default('scheduled'),
    registered: integer('registered').notNull().default(0),
    waitlisted: integer('waitlisted').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('events_starts_at_idx').on(table.startsAt),
    // A request becomes one scheduled event (a cancelled one may be replaced).
    uniqueIndex('events_request_case_idx')
      .on(table.requestCaseId)
      .where(sql`${table.requestCaseId} is not null and ${table.status} = 'scheduled'`),
  ],
);

/**
 * People registered (or waiting) for an event. The cancel link's token is never stored: only its
 * SHA-256. `seq` orders the waiting list (first come, first moved up).
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    language: text('language').notNull(),
    practice: text('practice'),
    status: text('status').notNull(),
    cancelTokenHash: text('cancel_token_hash').notNull(),
    attended: boolean('attended'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('event_registrations_reference_idx').on(table.reference),
    uniqueIndex('event_registrations_token_idx').on(table.cancelTokenHash),
    // One live registration per address and event (a cancelled one may register again).
    uniqueIndex('event_registrations_email_idx')
      .on(table.eventId, table.email)
      .where(sql`${table.status} <> 'cancelled'`),
    index('event_registrations_event_idx').on(table.eventId, table.seq),
  ],
);

/**
 * The care session recorded for a participant marked present at a care group session: one per
 * registration, so marking attendance again records nobody twice. The row is written (with a
 * null session) before care records, and completed or removed after: a second marking running
 * at the same time finds it taken. `anonymous`: a community session without a national number.
 */
export const eventCareSessions = pgTable('event_care_sessions', {
  registrationId: uuid('registration_id')
    .primaryKey()
    .references(() => eventRegistrations.id),
  eventId: uuid('event_id')
    .notNull()
    .references(() => events.id),
  careSessionId: uuid('care_session_id'),
  anonymous: boolean('anonymous').notNull(),
  careFunction: text('care_function').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
