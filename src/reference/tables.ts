import { boolean, doublePrecision, integer, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';

// Reference data is data: networks, their territories, communes, postcodes and coordinator
// zones are rows loaded by `passerelle import`, never code. Brussels is only the first region.

export const networks = pgTable('networks', {
  id: text('id').primaryKey(), // e.g. 'bru-stars'
  kind: text('kind').notNull(), // 'youth' | 'adult' | 'mixed'
  nameFr: text('name_fr').notNull(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  /** Null when the pack gives no German name: the French one stands in. */
  nameDe: text('name_de'),
  minAge: integer('min_age').notNull(),
  maxAge: integer('max_age'), // null: no upper bound
  website: text('website'),
  email: text('email'),
  phone: text('phone'),
  /** ISO 639-1 codes, the main language first. */
  languages: text('languages').array().notNull().default([]),
  /** False for a network whose clinicians are not in Passerelle (the finder links to it). */
  listedInPasserelle: boolean('listed_in_passerelle').notNull().default(true),
  cliniciansUrl: text('clinicians_url'),
});

export const communes = pgTable('communes', {
  nis: text('nis').primaryKey(), // Statbel REFNIS code
  nameFr: text('name_fr').notNull(),
  nameNl: text('name_nl').notNull(),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
});

/** A postcode is a locality: a commune, or a section of one (1020 Laeken is part of the City of Brussels). */
export const postcodes = pgTable('postcodes', {
  postcode: text('postcode').primaryKey(),
  localityFr: text('locality_fr').notNull(),
  localityNl: text('locality_nl').notNull(),
  communeNis: text('commune_nis')
    .notNull()
    .references(() => communes.nis),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
});

export const networkCommunes = pgTable(
  'network_communes',
  {
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    // Any commune of the national list (data/belgium-communes.csv), checked at import: a
    // network's territory may hold communes whose postcodes (and coordinates) are not loaded.
    communeNis: text('commune_nis').notNull(),
  },
  (table) => [primaryKey({ columns: [table.networkId, table.communeNis] })],
);

/** A team of local coordinators sharing rules, e.g. the Brussels "ambassadors" of both networks. */
export const coordinationAreas = pgTable('coordination_areas', {
  id: text('id').primaryKey(),
  nameFr: text('name_fr').notNull(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  nameDe: text('name_de'),
  email: text('email').notNull(), // a role mailbox, never a person's address
});

export const zones = pgTable('zones', {
  id: text('id').primaryKey(),
  areaId: text('area_id')
    .notNull()
    .references(() => coordinationAreas.id),
  nameFr: text('name_fr').notNull(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  nameDe: text('name_de'),
  email: text('email').notNull(), // a role mailbox, never a person's address
  phone: text('phone'),
});

/** The networks whose coordinators work a zone (in Brussels, both networks share the four zones). */
export const zoneNetworks = pgTable(
  'zone_networks',
  {
    zoneId: text('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.zoneId, table.networkId] })],
);

export const zonePostcodes = pgTable(
  'zone_postcodes',
  {
    zoneId: text('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    postcode: text('postcode')
      .notNull()
      .references(() => postcodes.postcode),
  },
  (table) => [primaryKey({ columns: [table.zoneId, table.postcode] })],
);

/**
 * Routing rules that win over territory, e.g. in Brussels every Dutch-speaking association
 * goes to the centre-west zone wherever it is.
 */
export const zoneRules = pgTable('zone_rules', {
  id: serial('id').primaryKey(),
  areaId: text('area_id')
    .notNull()
    .references(() => coordinationAreas.id, { onDelete: 'cascade' }),
  requester: text('requester').notNull(), // 'public' | 'gp' | 'organisation'
  language: text('language').notNull(),
  zoneId: text('zone_id')
    .notNull()
    .references(() => zones.id, { onDelete: 'cascade' }),
});

/** One row: bumped by every reference import, so each instance knows when to reload its copy. */
export const referenceMeta = pgTable('reference_meta', {
  id: integer('id').primaryKey(),
  revision: integer('revision').notNull(),
});

/**
 * Inhabitants per commune and year, loaded by `passerelle import population` (the columns of
 * data/brussels-population.csv). Not tied to the communes table: a region's figures can arrive
 * before its postcodes. Budgets read it to propose zone envelopes by population.
 */
export const communePopulation = pgTable(
  'commune_population',
  {
    communeNis: text('commune_nis').notNull(),
    year: integer('year').notNull(),
    communeFr: text('commune_fr').notNull(),
    communeNl: text('commune_nl').notNull(),
    inhabitants: integer('inhabitants').notNull(),
    /** Aged 0–23; null where the data does not have it. */
    youngInhabitants: integer('young_inhabitants'),
    /** Share (0–1) of inhabitants with increased reimbursement; null where unknown. */
    increasedReimbursementShare: doublePrecision('increased_reimbursement_share'),
  },
  (table) => [primaryKey({ columns: [table.communeNis, table.year] })],
);
