// Staff accounts for tests: an account with a password and grants, written straight into the
// auth tables (as an admin's invitation would end up), and a session cookie for app.inject().

import { hashPassword } from '../../../src/platform/auth/passwords.ts';
import type { CurrentUser, GrantScope } from '../../../src/platform/auth/roles.ts';
import { accounts, grants, identities } from '../../../src/platform/auth/tables.ts';
import type { TestApp } from '../../support/app.ts';

export const STAFF_PASSWORD = 'a long passphrase for tests 2026';

export interface StaffMember {
  user: CurrentUser;
  /** A `cookie` header value holding a fresh session. */
  cookie: string;
}

const none = { networkId: null, zoneId: null, bodyId: null };

/** The grants of a coordinator of a Brussels zone for both networks. */
export function coordinatorOf(zoneId: string): GrantScope[] {
  return [
    { ...none, role: 'coordinator', networkId: 'bru-stars', zoneId },
    { ...none, role: 'coordinator', networkId: 'brumenta', zoneId },
  ];
}

export async function createStaff(
  t: TestApp,
  input: { email: string; displayName: string; locale?: 'fr' | 'nl' | 'en'; grants: GrantScope[] },
): Promise<StaffMember> {
  const db = t.database.db;
  const [account] = await db
    .insert(accounts)
    .values({
      email: input.email,
      displayName: input.displayName,
      locale: input.locale ?? 'fr',
      emailVerifiedAt: new Date(),
    })
    .returning();
  const accountId = account!.id;
  await db.insert(identities).values({
    accountId,
    provider: 'password',
    subject: accountId,
    secretHash: await hashPassword(STAFF_PASSWORD),
  });
  const rows =
    input.grants.length > 0
      ? await db
          .insert(grants)
          .values(input.grants.map((g) => ({ ...g, accountId })))
          .returning()
      : [];
  const token = await t.services.accounts.auth.sessions.start(db, accountId);
  return {
    user: {
      accountId,
      email: input.email,
      displayName: input.displayName,
      locale: input.locale ?? 'fr',
      grants: rows.map((row) => ({
        id: row.id,
        role: row.role as GrantScope['role'],
        networkId: row.networkId,
        zoneId: row.zoneId,
        bodyId: row.bodyId,
      })),
    },
    cookie: `passerelle_session=${t.app.signCookie(token)}`,
  };
}
