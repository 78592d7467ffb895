// Staff administration: invite people by e-mail and give or take away roles with their scope.
// Every change is written to the audit log in the same transaction.

import { eq, sql } from 'drizzle-orm';
import { audit } from '../audit/audit.ts';
import type { Clock } from '../clock.ts';
import type { Database, Executor } from '../db/database.ts';
import { StandardProblem } from '../http/problem.ts';
import type { Locale } from '../i18n/index.ts';
import type { LinkSealer } from '../outbox/index.ts';
import { linkTo, queueAuthMail, secretLinkTo } from './mail.ts';
import { authorize, can, reach, reachesAnything, requireUser } from './policy.ts';
import { type CurrentUser, type Grant, type GrantScope, grantShapeErrors } from './roles.ts';
import {
  type AccountRow,
  deleteGrant,
  findAccount,
  findAccountByEmail,
  grantsOf,
  insertAccount,
  insertGrant,
  insertToken,
  searchAccounts,
} from './store.ts';
import { grants } from './tables.ts';
import { newToken, normaliseEmail, TOKEN_LIFETIMES_MS } from './tokens.ts';

/** Networks and zones, as the reference capability knows them (adapted in app.ts). */
export interface Jurisdictions {
  networks(): Array<{ id: string; names: Record<Locale, string> }>;
  zones(): Array<{ id: string; names: Record<Locale, string>; networkIds: readonly string[] }>;
  /** Deciding bodies a committee-member grant may name (the committees capability's). */
  bodies(): Array<{ id: string; names: Record<Locale, string> }>;
}

export type GrantProblem =
  | 'shape'
  | 'unknown-network'
  | 'unknown-zone'
  | 'unknown-body'
  | 'already-held'
  | 'last-platform-admin';

const STAFF = { type: 'staff' } as const;

export class StaffService {
  constructor(
    private readonly database: Database,
    readonly jurisdictions: Jurisdictions,
    private readonly publicUrl: string,
    private readonly clock: Clock,
    private readonly sealer: LinkSealer,
  ) {}

  /** Which parts of the administration area this person may open; 403 when none. */
  adminAreas(user: CurrentUser | null): { staff: boolean; outbox: boolean; audit: boolean } {
    requireUser(user);
    const areas = {
      staff: can(user, 'staff.list', STAFF),
      outbox: can(user, 'outbox.read', { type: 'outbox' }),
      audit: reachesAnything(reach(user, 'audit.read')),
    };
    if (!areas.staff && !areas.outbox && !areas.audit) throw new StandardProblem(403, 'forbidden');
    return areas;
  }

  async list(user: CurrentUser | null, search: string) {
    authorize(user, 'staff.list', STAFF);
    const rows = await searchAccounts(this.database.db, search.trim(), 200);
    const byAccount = await grantsOf(
      this.database.db,
      rows.map((row) => row.id),
    );
    return rows.map((account) => ({ account, grants: byAccount.get(account.id) ?? [] }));
  }

  async get(user: CurrentUser | null, accountId: string) {
    authorize(user, 'staff.list', STAFF);
    const account = await findAccount(this.database.db, accountId);
    if (!account) throw new StandardProblem(404, 'not-found');
    const byAccount = await grantsOf(this.database.db, [accountId]);
    return { account, grants: byAccount.get(accountId) ?? [] };
  }

  /** Throws unless this person may invite staff (the invitation form is not shown otherwise). */
  mayInvite(user: CurrentUser | null): void {
    authorize(user, 'staff.invite', STAFF);
  }

  private async invitation(tx: Executor, account: AccountRow, inviter: string): Promise<string> {
    const now = this.clock();
    const { token, hash } = newToken();
    await insertToken(tx, {
      tokenHash: hash,
      accountId: account.id,
      purpose: 'invitation',
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIMES_MS.invitation),
    });
    await queueAuthMail(tx, 'invitation', account, {
      inviter,
      link: secretLinkTo(this.sealer, this.publicUrl, account, '/accept-invitation', token),
    });
    // The command line prints it to the person who typed the command; it is stored nowhere.
    return linkTo(this.publicUrl, account.locale as Locale, '/accept-invitation', token);
  }

  /**
   * Invites a member of staff: creates the account (or finds the existing one) and e-mails a
   * link to choose a password. Returns the account id, so roles can be given next.
   */
  async invite(
    user: CurrentUser | null,
    input: { email: string; displayName: string; locale: Locale },
  ): Promise<{ accountId: string; created: boolean }> {
    const admin = authorize(user, 'staff.invite', STAFF);
    const email = normaliseEmail(input.email);
    return this.database.db.transaction(async (tx) => {
      const existing = await findAccountByEmail(tx, email);
      if (existing) return { accountId: existing.id, created: false };
      const account = await insertAccount(tx, {
        email,
        displayName: input.displayName,
        locale: input.locale,
      });
      await this.invitation(tx, account, admin.displayName);
      await audit.record(tx, {
        actor: admin,
        action: 'staff.invite',
        resource: { type: 'account', id: account.id },
        detail: { email },
      });
      return { accountId: account.id, created: true };
    });
  }

  /** Whether the scope names a known network, a zone of that network, a known deciding body. */
  private scopeProblem(scope: GrantScope): GrantProblem | null {
    if (grantShapeErrors(scope).length > 0) return 'shape';
    if (scope.networkId && !this.jurisdictions.networks().some((n) => n.id === scope.networkId))
      return 'unknown-network';
    if (scope.zoneId) {
      const zone = this.jurisdictions.zones().find((z) => z.id === scope.zoneId);
      if (!zone?.networkIds.includes(scope.networkId!)) return 'unknown-zone';
    }
    if (scope.bodyId && !this.jurisdictions.bodies().some((b) => b.id === scope.bodyId))
      return 'unknown-body';
    return null;
  }

  async grant(
    user: CurrentUser | null,
    accountId: string,
    scope: GrantScope,
  ): Promise<{ ok: true; grantId: string } | { ok: false; problem: GrantProblem }> {
    const admin = authorize(user, 'grant.create', STAFF);
    const problem = this.scopeProblem(scope);
    if (problem) return { ok: false, problem };
    return this.database.db.transaction(async (tx) => {
      if (!(await findAccount(tx, accountId))) throw new StandardProblem(404, 'not-found');
      const grantId = await insertGrant(tx, accountId, scope, admin.accountId);
      if (!grantId) return { ok: false as const, problem: 'already-held' as const };
      await audit.record(tx, {
        actor: admin,
        action: 'grant.create',
        resource: { type: 'account', id: accountId },
        networkId: scope.networkId,
        zoneId: scope.zoneId,
        detail: { grantId, ...scope },
      });
      return { ok: true as const, grantId };
    });
  }

  async revoke(
    user: CurrentUser | null,
    accountId: string,
    grantId: string,
  ): Promise<{ ok: true; grant: Grant } | { ok: false; problem: 'last-platform-admin' }> {
    const admin = authorize(user, 'grant.revoke', STAFF);
    return this.database.db.transaction(async (tx) => {
      // Serialises revocations, so two admins cannot remove the last two platform admins at once.
      await tx.execute(sql`select pg_advisory_xact_lock(7340031)`);
      const [held] = await tx.select().from(grants).where(eq(grants.id, grantId));
      if (held?.role === 'platform-admin') {
        const [count] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(grants)
          .where(eq(grants.role, 'platform-admin'));
        if (Number(count?.n) <= 1) return { ok: false as const, problem: 'last-platform-admin' as const };
      }
      const removed = await deleteGrant(tx, accountId, grantId);
      if (!removed) throw new StandardProblem(404, 'not-found');
      await audit.record(tx, {
        actor: admin,
        action: 'grant.revoke',
        resource: { type: 'account', id: accountId },
        networkId: removed.networkId,
        zoneId: removed.zoneId,
        detail: {
          grantId,
          role: removed.role,
          networkId: removed.networkId,
          zoneId: removed.zoneId,
          bodyId: removed.bodyId,
        },
      });
      return { ok: true as const, grant: removed };
    });
  }

  /**
   * The first platform admin, from the command line: creates or finds the account, grants
   * platform-admin, and returns a one-time link to choose a password (valid 7 days).
   */
  async createPlatformAdmin(input: { email: string; displayName: string; locale: Locale }): Promise<{
    link: string;
    created: boolean;
  }> {
    const email = normaliseEmail(input.email);
    return this.database.db.transaction(async (tx) => {
      const existing = await findAccountByEmail(tx, email);
      const account =
        existing ??
        (await insertAccount(tx, { email, displayName: input.displayName, locale: input.locale }));
      const grantId = await insertGrant(
        tx,
        account.id,
        { role: 'platform-admin', networkId: null, zoneId: null, bodyId: null },
        null,
      );
      const link = await this.invitation(tx, account, 'Passerelle');
      await audit.record(tx, {
        actor: { system: 'command line' },
        action: grantId ? 'grant.create' : 'staff.invite',
        resource: { type: 'account', id: account.id },
        detail: { role: 'platform-admin', email },
      });
      return { link, created: !existing };
    });
  }
}
