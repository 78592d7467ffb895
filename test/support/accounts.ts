// People with roles for tests, without going through the sign-up pages (slow password hashing
// is only paid where a test is about passwords).

import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../../src/platform/auth/passwords.ts';
import { SESSION_COOKIE } from '../../src/platform/auth/plugin.ts';
import type { GrantScope } from '../../src/platform/auth/roles.ts';
import { insertAccount, insertGrant, setPasswordHash } from '../../src/platform/auth/store.ts';
import { outboxMessages } from '../../src/platform/outbox/tables.ts';
import type { TestApp } from './app.ts';
import { TestClient } from './http-client.ts';

export const PASSWORD = 'tram cerise parapluie';

type Scope = Partial<GrantScope> & Pick<GrantScope, 'role'>;

/** A confirmed account holding `grants`; with a password only when asked (hashing is slow). */
export async function createPerson(
  t: Pick<TestApp, 'database'>,
  input: { email: string; displayName?: string; locale?: string; grants?: Scope[]; password?: string },
): Promise<string> {
  const db = t.database.db;
  const account = await insertAccount(db, {
    email: input.email,
    displayName: input.displayName ?? input.email.split('@')[0]!,
    locale: input.locale ?? 'fr',
    emailVerifiedAt: new Date(),
  });
  if (input.password) await setPasswordHash(db, account.id, await hashPassword(input.password), new Date());
  for (const grant of input.grants ?? []) {
    await insertGrant(db, account.id, { networkId: null, zoneId: null, bodyId: null, ...grant }, null);
  }
  return account.id;
}

/**
 * A clinician's account: a person with the clinician role, linked to the directory profile
 * `directoryId`, so that they record sessions and edit that profile. The account's id.
 */
export async function createClinicianAccount(
  t: Pick<TestApp, 'database' | 'services'>,
  directoryId: string,
  input: { email: string; locale?: string; password?: string },
): Promise<string> {
  const account = await createPerson(t, { ...input, grants: [{ role: 'clinician' }] });
  await t.services.directory.linkAccount(directoryId, account);
  return account;
}

/** A client already signed in as the account (a session opened directly, no password needed). */
export async function signedInClient(t: TestApp, accountId: string): Promise<TestClient> {
  const token = await t.services.accounts.auth.sessions.start(t.database.db, accountId);
  const client = new TestClient(t);
  client.cookies.set(t.app.cookiePolicy.name(SESSION_COOKIE), t.app.signCookie(token));
  return client;
}

/**
 * Messages queued in the outbox for an address, oldest first, as they will be sent: their sealed
 * links opened with the sender's key (the database holds them sealed).
 */
export async function mailTo(t: Pick<TestApp, 'database' | 'services'>, email: string) {
  const rows = await t.database.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.recipient, email))
    .orderBy(outboxMessages.createdAt, sql`${outboxMessages.id}`);
  const { sealer } = t.services.outbox;
  return rows.map((row) => ({
    ...row,
    textBody: sealer.open(row.textBody, row.recipient),
    htmlBody: row.htmlBody === null ? null : sealer.open(row.htmlBody, row.recipient, 'html'),
  }));
}

/** The first link to Passerelle in a message's text. */
export function linkIn(text: string): string {
  const match = /https?:\/\/[^\s]+/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}
