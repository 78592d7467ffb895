// Accounts with a password: create, sign in (with lockout), change the password, sign out
// everywhere; e-mailed links (confirm, reset, invitation) are in links.ts. Pages and the CLI call this; capabilities only
// see `request.user`. Password hashing (slow on purpose) always happens outside transactions.

import { audit } from '../audit/audit.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database, Executor } from '../db/database.ts';
import { isLocale, type Locale } from '../i18n/index.ts';
import type { LinkSealer } from '../outbox/index.ts';
import { EmailedLinks } from './links.ts';
import { Lockout } from './lockout.ts';
import { linkTo, queueAuthMail } from './mail.ts';
import {
  DUMMY_HASH,
  hashPassword,
  needsRehash,
  type PasswordProblem,
  passwordProblem,
  verifyPassword,
} from './passwords.ts';
import { authorize, requireUser } from './policy.ts';
import type { CurrentUser } from './roles.ts';
import type { Sessions } from './sessions.ts';
import {
  type AccountRow,
  countSessionsOf,
  deleteStale,
  findAccount,
  findAccountByEmail,
  findSignIn,
  grantsOf,
  insertAccount,
  insertGrant,
  setPasswordHash,
  touchPasswordIdentity,
  updateAccount,
} from './store.ts';
import { normaliseEmail } from './tokens.ts';

export type AuthConfig = Pick<
  Config,
  'publicUrl' | 'loginMaxFailures' | 'loginLockoutMinutes' | 'loginMaxFailuresPerAddress'
>;

export type SignInOutcome =
  | { ok: true; sessionToken: string; locale: Locale }
  | { ok: false; reason: 'invalid' | 'unverified' }
  | { ok: false; reason: 'address-blocked'; until: Date };

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string; cause?: { code?: string } }).code === '23505' ||
  (error as { cause?: { code?: string } }).cause?.code === '23505';

export class AuthService {
  private readonly lockout: Lockout;
  /** Confirmation, reset and invitation links (the pages behind them use these). */
  readonly links: EmailedLinks;

  constructor(
    private readonly database: Database,
    readonly sessions: Sessions,
    private readonly config: AuthConfig,
    private readonly clock: Clock,
    sealer: LinkSealer,
  ) {
    this.lockout = new Lockout(database, config, clock);
    this.links = new EmailedLinks(database, sessions, config.publicUrl, clock, sealer);
  }

  private link(locale: string, path: string): string {
    return linkTo(this.config.publicUrl, isLocale(locale) ? locale : 'fr', path);
  }

  /**
   * Creates a GP or organisation account and e-mails a confirmation link. The answer never says
   * whether the address already had an account (that would tell anyone who is registered):
   * the owner of an existing account gets an e-mail saying so instead.
   */
  async signUp(input: {
    /** null: an account with no role yet (a clinician applying; the role comes with the convention). */
    kind: 'gp' | 'organisation' | null;
    displayName: string;
    email: string;
    password: string;
    locale: Locale;
  }): Promise<{ ok: true } | { ok: false; problem: PasswordProblem }> {
    const email = normaliseEmail(input.email);
    const problem = passwordProblem(input.password, { email });
    if (problem) return { ok: false, problem };
    const hash = await hashPassword(input.password);
    const remindExisting = (tx: Executor, existing: AccountRow) =>
      queueAuthMail(tx, 'existing', existing, {
        signIn: this.link(existing.locale, '/sign-in'),
        forgot: this.link(existing.locale, '/forgot-password'),
      });
    try {
      await this.database.db.transaction(async (tx) => {
        const existing = await findAccountByEmail(tx, email);
        if (existing) return void (await remindExisting(tx, existing));
        const account = await insertAccount(tx, {
          email,
          displayName: input.displayName,
          locale: input.locale,
        });
        await setPasswordHash(tx, account.id, hash, this.clock());
        if (input.kind) {
          await insertGrant(
            tx,
            account.id,
            { role: input.kind, networkId: null, zoneId: null, bodyId: null },
            null,
          );
        }
        await queueAuthMail(tx, 'verify', account, {
          link: await this.links.issue(tx, account, 'verify-email'),
        });
        await audit.record(tx, {
          actor: { accountId: account.id, email },
          action: 'account.create',
          resource: { type: 'account', id: account.id },
          detail: { role: input.kind },
        });
      });
    } catch (error) {
      // Two sign-ups with the same address at once: the second one is the "existing" case.
      if (!isUniqueViolation(error)) throw error;
      await this.database.db.transaction(async (tx) => {
        const existing = await findAccountByEmail(tx, email);
        if (existing) await remindExisting(tx, existing);
      });
    }
    return { ok: true };
  }

  /**
   * Password sign-in. Refused while the client address is blocked; LOGIN_MAX_FAILURES wrong
   * passwords in a row lock the account for LOGIN_LOCKOUT_MINUTES and e-mail its owner;
   * LOGIN_MAX_FAILURES_PER_ADDRESS failures from one address within that time block the address
   * (guessing across many accounts). An unknown address, a wrong password and a locked account
   * get the same answer ('invalid') after the same work: one scrypt, the same statements.
   */
  async signIn(input: { email: string; password: string; address: string }): Promise<SignInOutcome> {
    const db = this.database.db;
    const now = this.clock();
    const blockedUntil = await this.lockout.addressBlockedUntil(input.address);
    if (blockedUntil) return { ok: false, reason: 'address-blocked', until: blockedUntil };
    const email = normaliseEmail(input.email);
    const found = await findSignIn(db, email);
    const matches = await verifyPassword(input.password, found?.hash ?? (await DUMMY_HASH));
    const locked = (found?.account.lockedUntil ?? now) > now;
    if (!found?.hash || !matches || locked) {
      await this.lockout.countFailure(email, input.address);
      return { ok: false, reason: 'invalid' };
    }
    const { account, hash: stored } = found;
    if (!account.emailVerifiedAt) {
      await db.transaction(async (tx) => {
        await queueAuthMail(tx, 'verify', account, {
          link: await this.links.issue(tx, account, 'verify-email'),
        });
      });
      return { ok: false, reason: 'unverified' };
    }
    const rehash = needsRehash(stored) ? await hashPassword(input.password) : null;
    const sessionToken = await db.transaction(async (tx) => {
      await updateAccount(tx, account.id, { failedSignIns: 0, lockedUntil: null });
      if (rehash) await setPasswordHash(tx, account.id, rehash, now);
      else await touchPasswordIdentity(tx, account.id, now);
      return this.sessions.start(tx, account.id);
    });
    return { ok: true, sessionToken, locale: isLocale(account.locale) ? account.locale : 'fr' };
  }

  /** 401 unless someone is signed in (pages that ask nothing else check this first). */
  requireSignedIn(user: CurrentUser | null): CurrentUser {
    return requireUser(user);
  }

  /** The account page: who I am, my roles, on how many devices I am signed in. */
  async accountOverview(user: CurrentUser | null) {
    const me = authorize(user, 'account.read', {
      type: 'account',
      id: user?.accountId,
      ownerAccountId: user?.accountId,
    });
    const [account, sessions] = await Promise.all([
      findAccount(this.database.db, me.accountId),
      countSessionsOf(this.database.db, me.accountId),
    ]);
    return { account: account!, grants: me.grants, sessions };
  }

  /** Changes the password (the current one is asked again); every other session ends. */
  async changePassword(
    user: CurrentUser | null,
    currentSession: string | undefined,
    input: { current: string; next: string },
    context: { address: string },
  ): Promise<
    | { ok: true }
    | { ok: false; problem: PasswordProblem | 'current-wrong' }
    | { ok: false; problem: 'locked'; until: Date }
  > {
    const me = authorize(user, 'account.update', {
      type: 'account',
      id: user?.accountId,
      ownerAccountId: user?.accountId,
    });
    // The current password is asked again so that a session left open (or stolen) cannot change
    // it; guessing it counts as failures and locks the account exactly like signing in.
    const found = (await findSignIn(this.database.db, me.email))!;
    const { account, hash: stored } = found;
    const now = this.clock();
    if (account.lockedUntil && account.lockedUntil > now) {
      return { ok: false, problem: 'locked', until: account.lockedUntil };
    }
    if (!stored || !(await verifyPassword(input.current, stored))) {
      const until = await this.lockout.countFailure(account.email, context.address);
      return until ? { ok: false, problem: 'locked', until } : { ok: false, problem: 'current-wrong' };
    }
    const problem = passwordProblem(input.next, { email: account.email });
    if (problem) return { ok: false, problem };
    const hash = await hashPassword(input.next);
    await this.database.db.transaction(async (tx) => {
      await setPasswordHash(tx, me.accountId, hash, this.clock());
      await updateAccount(tx, me.accountId, { failedSignIns: 0 });
      await this.sessions.endAll(tx, me.accountId, currentSession);
      await queueAuthMail(tx, 'changed', account, { forgot: this.link(account.locale, '/forgot-password') });
      await audit.record(tx, {
        actor: me,
        action: 'account.change-password',
        resource: { type: 'account', id: me.accountId },
      });
    });
    return { ok: true };
  }

  async signOutEverywhere(user: CurrentUser | null): Promise<number> {
    const me = authorize(user, 'account.update', {
      type: 'account',
      id: user?.accountId,
      ownerAccountId: user?.accountId,
    });
    return this.database.db.transaction(async (tx) => {
      const ended = await this.sessions.endAll(tx, me.accountId);
      await audit.record(tx, {
        actor: me,
        action: 'account.sign-out-everywhere',
        resource: { type: 'account', id: me.accountId },
        detail: { sessions: ended },
      });
      return ended;
    });
  }

  /** Housekeeping (a poller calls it): ended sessions, old throttling windows, dead links. */
  async purge(): Promise<void> {
    await this.sessions.purgeExpired();
    await deleteStale(this.database.db, new Date(this.clock().getTime() - 24 * 3_600_000));
  }

  /** The grants of accounts, for pages that list people. */
  grantsOf(accountIds: string[]) {
    return grantsOf(this.database.db, accountIds);
  }
}
