import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

// People and what they may do. An account is a person; identities are the ways they prove it
// (a password today, an OpenID Connect subject from the federal identity service tomorrow);
// grants are their roles with a scope. Times come from the application's clock (injectable in
// tests), except created_at defaults.

export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Trimmed and lower-cased: one account per address. */
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** The language of the pages after sign-in and of every e-mail to this person. */
  locale: text('locale').notNull(),
  emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
  /** Failed password sign-ins in a row; a success or a password reset sets it back to 0. */
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A way to sign in as an account. provider 'password': subject is the account id and
 * secret_hash the scrypt hash. A future provider 'oidc:<issuer>' stores the token's `sub` as
 * subject and no secret; signing in looks the identity up and opens the same kind of session.
 */
export const identities = pgTable(
  'identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    secretHash: text('secret_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [
    unique('identities_provider_subject_key').on(table.provider, table.subject),
    index('identities_account_idx').on(table.accountId),
  ],
);

/** A role held by an account, with its scope (see auth/roles.ts for which scope each role takes). */
export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    networkId: text('network_id'),
    zoneId: text('zone_id'),
    bodyId: text('body_id'),
    grantedBy: uuid('granted_by'),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('grants_unique_scope')
      .on(table.accountId, table.role, table.networkId, table.zoneId, table.bodyId)
      .nullsNotDistinct(),
  ],
);

/**
 * Server-side sessions, shared by every instance. The cookie holds a random id; the table holds
 * only its SHA-256, so a copy of the database opens no session.
 */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_account_idx').on(table.accountId)],
);

/** Single-use links sent by e-mail (verify an address, reset a password, accept an invitation), stored hashed. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('account_tokens_account_idx').on(table.accountId)],
);

/** Failed sign-ins per client address, shared by instances: slows down guessing across many accounts. */
export const signInThrottle = pgTable('sign_in_throttle', {
  address: text('address').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});
