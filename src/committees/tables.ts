import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Deciding bodies and their meetings. A body's members are not here: they are the accounts
// holding a `committee-member` grant for the body (platform/auth). Rows of a closed meeting are
// never changed again: its minutes are a frozen snapshot (`minutes`).

/** A deciding body: a network's council (CRE of Bru-Stars, CRR of Brumenta) or a committee they delegate to. */
export const committeeBodies = pgTable('committee_bodies', {
  /** Stable id used by `committee-member` grants, e.g. 'brumenta-crr'. */
  id: text('id').primaryKey(),
  /** `de` is absent from rows written before German was added; reads fall back to French. */
  names: jsonb('names').$type<{ fr: string; nl: string; en: string; de?: string }>().notNull(),
  /** The networks whose applications it decides on. */
  networkIds: text('network_ids').array().notNull(),
  /** For a delegated committee: the bodies that delegated their decisions to it. */
  delegatedBy: text('delegated_by').array().notNull().default([]),
  /** Quorum: at least this many members who may vote must be present. */
  quorumMinimumPresent: integer('quorum_minimum_present').notNull(),
  /** Quorum: and more than half of the members who may vote (not recused) must be present. */
  quorumMajorityOfMembers: boolean('quorum_majority_of_members').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const committeeMeetings = pgTable(
  'committee_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: text('body_id')
      .notNull()
      .references(() => committeeBodies.id),
    heldOn: date('held_on').notNull(),
    /** HH:MM, Brussels time. */
    startsAt: text('starts_at').notNull(),
    /** 'in-person' | 'online' */
    mode: text('mode').notNull(),
    /** An address, or the link or name of the video call. */
    place: text('place').notNull(),
    /** 'open' | 'closed' */
    status: text('status').notNull(),
    /** Goes up with every change: a form sent from an older page is refused, not applied blindly. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The minutes, written once when the meeting closes (see domain/minutes.ts). */
    minutes: jsonb('minutes'),
  },
  (table) => [index('committee_meetings_body_idx').on(table.bodyId, table.heldOn)],
);

/** An application on a meeting's agenda, as the decision desk described it when it was added. */
export const committeeAgendaItems = pgTable(
  'committee_agenda_items',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => committeeMeetings.id, { onDelete: 'cascade' }),
    applicationId: text('application_id').notNull(),
    position: integer('position').notNull(),
    reference: text('reference').notNull(),
    kind: text('kind').notNull(),
    applicantName: text('applicant_name').notNull(),
    networkIds: text('network_ids').array().notNull(),
    involvedAccountIds: text('involved_account_ids').array().notNull(),
    path: text('path').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.applicationId] })],
);

/** Who was there: one row per member once attendance is taken (absent members too). */
export const committeeAttendance = pgTable(
  'committee_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => committeeMeetings.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull(),
    displayName: text('display_name').notNull(),
    present: boolean('present').notNull(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.accountId] })],
);

/** A conflict of interest declared for one item (members involved in an application are recused without a row). */
export const committeeRecusals = pgTable(
  'committee_recusals',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => committeeMeetings.id, { onDelete: 'cascade' }),
    applicationId: text('application_id').notNull(),
    accountId: uuid('account_id').notNull(),
    displayName: text('display_name').notNull(),
    note: text('note').notNull(),
    declaredBy: uuid('declared_by').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.applicationId, table.accountId] })],
);

/** A body's decision on one item. `applicationStatus` is null until the decision desk accepted it. */
export const committeeDecisions = pgTable(
  'committee_decisions',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => committeeMeetings.id, { onDelete: 'cascade' }),
    applicationId: text('application_id').notNull(),
    /** 'approve' | 'reject' */
    outcome: text('outcome').notNull(),
    reasons: text('reasons').notNull(),
    votesFor: integer('votes_for').notNull(),
    votesAgainst: integer('votes_against').notNull(),
    abstentions: integer('abstentions').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    applicationStatus: text('application_status'),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.applicationId] })],
);
