import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { OrderLine } from './domain/order.ts';

/**
 * Orders of printed materials from a network. `lines` are the quantities per item and language;
 * the delivery address is what the person typed. Status moves `ordered → sent`, once.
 */
export const materialOrders = pgTable(
  'material_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    networkId: text('network_id').notNull(),
    accountId: text('account_id').notNull(),
    /** Where the "sent" e-mail goes, and in which language. */
    email: text('email').notNull(),
    locale: text('locale').notNull(),
    lines: jsonb('lines').$type<OrderLine[]>().notNull(),
    recipient: text('recipient').notNull(),
    organisation: text('organisation').notNull().default(''),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    note: text('note').notNull().default(''),
    status: text('status').notNull().default('ordered'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('material_orders_reference_idx').on(table.reference),
    index('material_orders_network_idx').on(table.networkId, table.createdAt),
    index('material_orders_account_idx').on(table.accountId, table.createdAt),
  ],
);

/** A network's stock per item and language; sending an order takes from it, never below zero. */
export const materialStock = pgTable(
  'material_stock',
  {
    networkId: text('network_id').notNull(),
    item: text('item').notNull(),
    language: text('language').notNull(),
    quantity: integer('quantity').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.networkId, table.item, table.language] }),
    check('material_stock_not_negative', sql`${table.quantity} >= 0`),
  ],
);

/**
 * The professionals' page's contacts and links, as reference data that network admins edit:
 * one row per area ('area', 'brussels'), network or zone, its fields in `data` (shapes in
 * domain/contacts.ts, checked before writing).
 */
export const professionalContacts = pgTable(
  'professional_contacts',
  {
    scopeType: text('scope_type').notNull(),
    scopeId: text('scope_id').notNull(),
    data: jsonb('data').$type<Record<string, string>>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.scopeType, table.scopeId] })],
);
