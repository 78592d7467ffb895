import {
  bigint,
  boolean,
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
