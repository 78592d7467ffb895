import { and, asc, eq, gt, ilike, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { Grant, GrantScope, Role } from './roles.ts';
import { accounts, accountTokens, grants, identities, sessions, signInThrottle } from './tables.ts';
import type { TokenPurpose } from './tokens.ts';

export type AccountRow = typeof accounts.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export const PASSWORD_PROVIDER = 'password';

export async function findAccountByEmail(db: Executor, email: string): Promise<AccountRow | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, email));
  return row ?? null;
}

export async function findAccount(db: Executor, id: string): Promise<AccountRow | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

export async function insertAccount(
  db: Executor,
  values: { email: string; displayName: string; locale: string; emailVerifiedAt?: Date | null },
): Promise<AccountRow> {
  const [row] = await db.insert(accounts).values(values).returning();
  return row!;
}

export async function updateAccount(
  db: Executor,
  id: string,
  values: Partial<
    Pick<AccountRow, 'emailVerifiedAt' | 'failedSignIns' | 'lockedUntil' | 'displayName' | 'locale'>
  >,
): Promise<void> {
  await db.update(accounts).set(values).where(eq(accounts.id, id));
}

/**
 * Counts a wrong password for the account with this address, unless it is locked, atomically (two
 * instances failing at once both count); returns the account with its new count, or null. The
 * same statement whether or not the address has an account, or the account is locked.
 */
export async function countFailedSignIn(db: Executor, email: string, now: Date): Promise<AccountRow | null> {
  const [row] = await db
    .update(accounts)
    .set({ failedSignIns: sql`${accounts.failedSignIns} + 1` })
    .where(and(eq(accounts.email, email), or(isNull(accounts.lockedUntil), lte(accounts.lockedUntil, now))))
    .returning();
  return row ?? null;
}

/** An account and its password hash, found by address in one statement (null when unknown). */
export async function findSignIn(
  db: Executor,
  email: string,
): Promise<{ account: AccountRow; hash: string | null } | null> {
  const [row] = await db
    .select({ account: accounts, hash: identities.secretHash })
    .from(accounts)
    .leftJoin(
      identities,
      and(eq(identities.accountId, accounts.id), eq(identities.provider, PASSWORD_PROVIDER)),
    )
    .where(eq(accounts.email, email));
  return row ? { account: row.account, hash: row.hash ?? null } : null;
}

export async function findPasswordHash(db: Executor, accountId: string): Promise<string | null> {
  const [row] = await db
    .select({ hash: identities.secretHash })
    .from(identities)
    .where(and(eq(identities.provider, PASSWORD_PROVIDER), eq(identities.accountId, accountId)));
  return row?.hash ?? null;
}

/** Sets (or replaces) the account's password identity. */
export async function setPasswordHash(
  db: Executor,
  accountId: string,
  hash: string,
  now: Date,
): Promise<void> {
  await db
    .insert(identities)
    .values({ accountId, provider: PASSWORD_PROVIDER, subject: accountId, secretHash: hash, lastUsedAt: now })
    .onConflictDoUpdate({
      target: [identities.provider, identities.subject],
      set: { secretHash: hash, lastUsedAt: now },
    });
}

export async function touchPasswordIdentity(db: Executor, accountId: string, now: Date): Promise<void> {
  await db
    .update(identities)
    .set({ lastUsedAt: now })
    .where(and(eq(identities.provider, PASSWORD_PROVIDER), eq(identities.accountId, accountId)));
}

export async function grantsOf(db: Executor, accountIds: string[]): Promise<Map<string, Grant[]>> {
  const byAccount = new Map<string, Grant[]>(accountIds.map((id) => [id, []]));
  if (accountIds.length === 0) return byAccount;
  const rows = await db
    .select()
    .from(grants)
    .where(inArray(grants.accountId, accountIds))
    .orderBy(asc(grants.role), asc(grants.networkId), asc(grants.zoneId), asc(grants.bodyId));
  for (const row of rows) {
    byAccount.get(row.accountId)?.push({
      id: row.id,
      role: row.role as Role,
      networkId: row.networkId,
      zoneId: row.zoneId,
      bodyId: row.bodyId,
    });
  }
  return byAccount;
}

/** Adds a grant; returns null when the account already holds exactly that role and scope. */
export async function insertGrant(
  db: Executor,
  accountId: string,
  scope: GrantScope,
  grantedBy: string | null,
): Promise<string | null> {
  const rows = await db
    .insert(grants)
    .values({ accountId, ...scope, grantedBy })
    .onConflictDoNothing()
    .returning({ id: grants.id });
  return rows[0]?.id ?? null;
}

export async function deleteGrant(db: Executor, accountId: string, grantId: string): Promise<Grant | null> {
  const [row] = await db
    .delete(grants)
    .where(and(eq(grants.id, grantId), eq(grants.accountId, accountId)))
    .returning();
  return row
    ? { id: row.id, role: row.role as Role, networkId: row.networkId, zoneId: row.zoneId, bodyId: row.bodyId }
    : null;
}

/** Accounts that hold at least one role other than the self-service ones, or match the search. */
export async function searchAccounts(db: Executor, search: string, limit: number): Promise<AccountRow[]> {
  const pattern = `%${search.replace(/[\\%_]/g, '\\$&')}%`;
  return db
    .select()
    .from(accounts)
    .where(search ? or(ilike(accounts.email, pattern), ilike(accounts.displayName, pattern)) : undefined)
    .orderBy(asc(accounts.email))
    .limit(limit);
}

// Sessions

export async function insertSession(db: Executor, values: SessionRow): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function findSession(db: Executor, idHash: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(sessions).where(eq(sessions.idHash, idHash));
  return row ?? null;
}

export async function touchSession(db: Executor, idHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of an account, except `keep` (the one in use, after a password change). */
export async function deleteSessionsOf(db: Executor, accountId: string, keep?: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.accountId, accountId), keep ? sql`${sessions.idHash} <> ${keep}` : undefined))
    .returning({ id: sessions.idHash });
  return rows.length;
}

export async function countSessionsOf(db: Executor, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(eq(sessions.accountId, accountId));
  return Number(row?.n ?? 0);
}

export async function deleteExpiredSessions(db: Executor, now: Date, idleMs: number): Promise<number> {
  const idleSince = new Date(now.getTime() - idleMs);
  const rows = await db
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince)))
    .returning({ id: sessions.idHash });
  return rows.length;
}

// E-mailed tokens

/**
 * Stores a new token; earlier unused tokens for the same purpose stop working. With no account
 * (an address nobody uses), the same two statements run and touch no row, so that a password
 * reset takes as long for an unknown address as for a known one.
 */
export async function insertToken(
  db: Executor,
  values: {
    tokenHash: string;
    accountId: string | null;
    purpose: TokenPurpose;
    expiresAt: Date;
    createdAt: Date;
  },
): Promise<void> {
  const accountId = sql`${values.accountId}::uuid`;
  await db
    .delete(accountTokens)
    .where(and(sql`${accountTokens.accountId} = ${accountId}`, eq(accountTokens.purpose, values.purpose)));
  await db.execute(sql`
    insert into account_tokens (token_hash, account_id, purpose, expires_at, created_at)
    select ${values.tokenHash}, ${accountId}, ${values.purpose}, ${values.expiresAt.toISOString()}::timestamptz,
           ${values.createdAt.toISOString()}::timestamptz
     where ${accountId} is not null`);
}

/** The account a valid (unused, unexpired) token belongs to; `consume` uses it up in the same statement. */
export async function redeemToken(
  db: Executor,
  tokenHash: string,
  purpose: TokenPurpose,
  now: Date,
  consume: boolean,
): Promise<string | null> {
  const valid = and(
    eq(accountTokens.tokenHash, tokenHash),
    eq(accountTokens.purpose, purpose),
    isNull(accountTokens.usedAt),
    gt(accountTokens.expiresAt, now),
  );
  if (!consume) {
    const [row] = await db.select({ accountId: accountTokens.accountId }).from(accountTokens).where(valid);
    return row?.accountId ?? null;
  }
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(valid)
    .returning({ accountId: accountTokens.accountId });
  return row?.accountId ?? null;
}

// Sign-in throttling per client address

export type ThrottleRow = typeof signInThrottle.$inferSelect;

export async function findThrottle(db: Executor, address: string): Promise<ThrottleRow | null> {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.address, address));
  return row ?? null;
}

/** Locks the address's row for the rest of the transaction (two instances counting at once). */
export async function lockThrottle(db: Executor, address: string, now: Date): Promise<ThrottleRow> {
  await db
    .insert(signInThrottle)
    .values({ address, failures: 0, windowStartedAt: now })
    .onConflictDoNothing();
  const result = await db
    .select()
    .from(signInThrottle)
    .where(eq(signInThrottle.address, address))
    .for('update');
  return result[0]!;
}

export async function saveThrottle(db: Executor, row: ThrottleRow): Promise<void> {
  await db
    .update(signInThrottle)
    .set({ failures: row.failures, windowStartedAt: row.windowStartedAt, blockedUntil: row.blockedUntil })
    .where(eq(signInThrottle.address, row.address));
}

/** Forgets throttling windows, and e-mailed tokens expired or used, that ended before `before`. */
export async function deleteStale(db: Executor, before: Date): Promise<void> {
  await db
    .delete(signInThrottle)
    .where(
      and(
        lte(signInThrottle.windowStartedAt, before),
        or(isNull(signInThrottle.blockedUntil), lte(signInThrottle.blockedUntil, before)),
      ),
    );
  await db
    .delete(accountTokens)
    .where(or(lte(accountTokens.expiresAt, before), lte(accountTokens.usedAt, before)));
}
