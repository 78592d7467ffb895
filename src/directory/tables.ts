import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from '../platform/auth/tables.ts';
import { networks } from '../reference/tables.ts';

/**
 * Every write to a clinician's listing takes the next revision, under an advisory lock so that
 * revisions become visible in order. Each instance's in-memory finder reads the rows whose
 * revision is above the last one it saw: that is how a change made on one instance reaches all.
 */
export const directoryRevision = pgSequence('directory_revision');

export const clinicians = pgTable(
  'clinicians',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // 'psychologist' | 'orthopedagogue'
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    inami: text('inami').unique(), // 11 digits, stored without separators
    visa: text('visa'),
    languages: text('languages').array().notNull(),
    ageGroups: text('age_groups').array().notNull(),
    functions: text('functions').array().notNull(),
    modes: text('modes').array().notNull(),
    specialities: text('specialities').array().notNull(),
    acceptingNewPatients: boolean('accepting_new_patients').notNull(),
    waitingBand: text('waiting_band').notNull(),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    /** False when the convention is suspended or ended: kept, but not in the finder. */
    listed: boolean('listed').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the clinician (or their network) last confirmed the profile: shown as "updated on". */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    revision: bigint('revision', { mode: 'number' }).notNull(),
  },
  (table) => [index('clinicians_revision_idx').on(table.revision)],
);

export const clinicianLocations = pgTable(
  'clinician_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicianId: uuid('clinician_id')
      .notNull()
      .references(() => clinicians.id, { onDelete: 'cascade' }),
    /** A practice, or an outreach venue: a place the public already visits (CPAS, school, GP practice). */
    kind: text('kind').notNull(), // 'practice' | 'outreach'
    name: text('name'),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    wheelchair: boolean('wheelchair').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [index('clinician_locations_clinician_idx').on(table.clinicianId)],
);

export const clinicianNetworks = pgTable(
  'clinician_networks',
  {
    clinicianId: uuid('clinician_id')
      .notNull()
      .references(() => clinicians.id, { onDelete: 'cascade' }),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id),
  },
  (table) => [primaryKey({ columns: [table.clinicianId, table.networkId] })],
);

/**
 * The account a clinician signs in with to keep their own profile and record sessions: one
 * account for one profile, both ways (both columns unique).
 */
export const clinicianAccounts = pgTable('clinician_accounts', {
  clinicianId: uuid('clinician_id')
    .primaryKey()
    .references(() => clinicians.id, { onDelete: 'cascade' }),
  accountId: uuid('account_id')
    .notNull()
    .unique()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
});

/**
 * Every change of a clinician's `listed` flag: who, when and why (a convention suspended by a
 * committee, ended, restored). Append-only: the database refuses updates and deletes.
 */
export const clinicianListingLog = pgTable(
  'clinician_listing_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    clinicianId: uuid('clinician_id')
      .notNull()
      .references(() => clinicians.id),
    listed: boolean('listed').notNull(),
    reason: text('reason').notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [index('clinician_listing_log_clinician_idx').on(table.clinicianId)],
);

/**
 * Each clinician's convention with each network, as dated events: signed, suspended, resumed,
 * ended, each effective from a date (domain/conventions.ts reads them). Recorded by the
 * applications workflow; a network member with no row (imported, demo) is conventioned with no
 * start date. Recording refuses sessions dated when the convention was not in force.
 * Append-only: the database refuses updates and deletes.
 */
export const clinicianConventions = pgTable(
  'clinician_conventions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    clinicianId: uuid('clinician_id')
      .notNull()
      .references(() => clinicians.id),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    reason: text('reason'),
    /** The application whose workflow recorded it. */
    caseId: uuid('case_id'),
    actorAccountId: uuid('actor_account_id'),
    actorLabel: text('actor_label').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('clinician_conventions_clinician_idx').on(table.clinicianId, table.networkId),
    check('clinician_conventions_kind', sql`${table.kind} in ('signed', 'suspended', 'resumed', 'ended')`),
  ],
);

/**
 * The last "please check your profile" e-mail per clinician, and the "updated on" it was about:
 * a new reminder goes only once a newer "updated on" has gone stale, so each staleness period
 * gets one e-mail whatever the number of instances.
 */
export const clinicianProfileReminders = pgTable('clinician_profile_reminders', {
  clinicianId: uuid('clinician_id')
    .primaryKey()
    .references(() => clinicians.id, { onDelete: 'cascade' }),
  remindedAt: timestamp('reminded_at', { withTimezone: true }).notNull(),
  forUpdatedAt: timestamp('for_updated_at', { withTimezone: true }).notNull(),
});

/**
 * A conventioned service (an organisation employing clinicians under the convention), listed in
 * the finder once its convention is signed. Its id is its application's case id, which is also
 * the holder of its contingent in the networks' budgets.
 */
export const conventionedServices = pgTable('conventioned_services', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  postcode: text('postcode').notNull(),
  /** The convention's functions it offers (community, support, treatment). */
  functions: text('functions').array().notNull(),
  /** The networks that signed its convention. */
  networkIds: text('network_ids').array().notNull(),
  signedOn: date('signed_on', { mode: 'string' }).notNull(),
  /** False while its convention is suspended or after it ended: kept, but not in the finder. */
  listed: boolean('listed').notNull().default(true),
  /**
   * The INAMI numbers its application names (11 digits, no separators), kept so that a clinician
   * who joins the directory later is linked to it then (the database does it: migration 0030).
   */
  namedInamis: text('named_inamis').array().notNull().default(sql`'{}'::text[]`),
});

/** The directory's clinicians a service employs, as its application named them (by INAMI number). */
export const serviceClinicians = pgTable(
  'service_clinicians',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => conventionedServices.id, { onDelete: 'cascade' }),
    clinicianId: uuid('clinician_id')
      .notNull()
      .references(() => clinicians.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.clinicianId] }),
    index('service_clinicians_clinician_idx').on(table.clinicianId),
  ],
);
