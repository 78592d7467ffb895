// E-mailed links: confirm an address, reset a password, accept an invitation. Each is a random
// token whose hash only is stored, single-use and short-lived (tokens.ts), travelling sealed
// through the outbox (outbox/sealing.ts). Whoever holds one can take the account over, so
// choosing a password with one is audited where the account's network admins see it.

import { audit } from '../audit/audit.ts';
import type { Clock } from '../clock.ts';
import type { Database, Executor } from '../db/database.ts';
import { isLocale } from '../i18n/index.ts';
import type { LinkSealer, SealedLink } from '../outbox/index.ts';
import { linkTo, queueAuthMail, secretLinkTo } from './mail.ts';
import { hashPassword, type PasswordProblem, passwordProblem } from './passwords.ts';
import type { Sessions } from './sessions.ts';
import {
  type AccountRow,
  findAccount,
  findAccountByEmail,
  grantsOf,
  insertToken,
  redeemToken,
  setPasswordHash,
  updateAccount,
} from './store.ts';
import {
  hashToken,
  looksLikeToken,
  newToken,
  normaliseEmail,
  TOKEN_LIFETIMES_MS,
  type TokenPurpose,
} from './tokens.ts';

export type PasswordOutcome = { ok: true } | { ok: false; problem: PasswordProblem | 'invalid-token' };

const PAGE: Record<TokenPurpose, string> = {
  'verify-email': '/verify-email',
  'reset-password': '/reset-password',
  invitation: '/accept-invitation',
};

export class EmailedLinks {
  constructor(
    private readonly database: Database,
    private readonly sessions: Sessions,
    private readonly publicUrl: string,
    private readonly clock: Clock,
    private readonly sealer: LinkSealer,
  ) {}

  /**
   * A new link for the account (earlier unused ones for the same purpose stop working), sealed
   * for its address: put it in the message, the outbox stores no usable link.
   */
  async issue(tx: Executor, account: AccountRow, purpose: TokenPurpose): Promise<SealedLink> {
    const now = this.clock();
    const { token, hash } = newToken();
    await insertToken(tx, {
      tokenHash: hash,
      accountId: account.id,
      purpose,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIMES_MS[purpose]),
    });
    return secretLinkTo(this.sealer, this.publicUrl, account, PAGE[purpose], token);
  }

  /** The account an e-mailed link opens, while it works (shown before asking anything). */
  async check(token: unknown, purpose: TokenPurpose): Promise<AccountRow | null> {
    if (!looksLikeToken(token)) return null;
    const accountId = await redeemToken(this.database.db, hashToken(token), purpose, this.clock(), false);
    return accountId ? findAccount(this.database.db, accountId) : null;
  }

  async verifyEmail(token: unknown): Promise<boolean> {
    if (!looksLikeToken(token)) return false;
    const now = this.clock();
    return this.database.db.transaction(async (tx) => {
      const accountId = await redeemToken(tx, hashToken(token), 'verify-email', now, true);
      if (!accountId) return false;
      await updateAccount(tx, accountId, { emailVerifiedAt: now });
      const account = await findAccount(tx, accountId);
      await audit.record(tx, {
        actor: { accountId, email: account!.email },
        action: 'account.verify-email',
        resource: { type: 'account', id: accountId },
      });
      return true;
    });
  }

  /**
   * E-mails a reset link when the address has an account; says nothing either way. An unknown
   * address runs the same statements (touching no row) and composes the same message without
   * queueing it, so the answer takes as long: nobody learns who has an account from its timing.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const address = normaliseEmail(email);
    const now = this.clock();
    const { token, hash } = newToken();
    await this.database.db.transaction(async (tx) => {
      const account = await findAccountByEmail(tx, address);
      const recipient = account ?? { email: address, displayName: '', locale: 'fr' };
      await insertToken(tx, {
        tokenHash: hash,
        accountId: account?.id ?? null,
        purpose: 'reset-password',
        createdAt: now,
        expiresAt: new Date(now.getTime() + TOKEN_LIFETIMES_MS['reset-password']),
      });
      const link = secretLinkTo(this.sealer, this.publicUrl, recipient, PAGE['reset-password'], token);
      await queueAuthMail(tx, 'reset', recipient, { link }, { queue: account !== null });
    });
  }

  /**
   * Sets a new password from an e-mailed link (a reset, or a staff invitation). The link is
   * used up; the address counts as confirmed; a lock ends; every session ends.
   */
  async setPassword(
    token: unknown,
    purpose: 'reset-password' | 'invitation',
    password: string,
    context: { address: string },
  ): Promise<PasswordOutcome> {
    const account = await this.check(token, purpose);
    if (!account) return { ok: false, problem: 'invalid-token' };
    const problem = passwordProblem(password, { email: account.email });
    if (problem) return { ok: false, problem };
    const hash = await hashPassword(password);
    const now = this.clock();
    const done = await this.database.db.transaction(async (tx) => {
      const accountId = await redeemToken(tx, hashToken(token as string), purpose, now, true);
      if (accountId !== account.id) return false;
      await setPasswordHash(tx, account.id, hash, now);
      await updateAccount(tx, account.id, {
        failedSignIns: 0,
        lockedUntil: null,
        emailVerifiedAt: account.emailVerifiedAt ?? now,
      });
      await this.sessions.endAll(tx, account.id);
      if (purpose === 'reset-password') {
        await queueAuthMail(tx, 'changed', account, {
          forgot: linkTo(
            this.publicUrl,
            isLocale(account.locale) ? account.locale : 'fr',
            '/forgot-password',
          ),
        });
      }
      await this.auditTakeover(
        tx,
        account,
        purpose === 'invitation' ? 'account.accept-invitation' : 'account.reset-password',
        context,
      );
      return true;
    });
    return done ? { ok: true } : { ok: false, problem: 'invalid-token' };
  }

  /**
   * Whoever holds an e-mailed link can take the account over, so choosing a password with one is
   * audited as such (naming the account and the client address, never the link) in every network
   * the account works in: its network admins see it, not only platform admins.
   */
  private async auditTakeover(
    tx: Executor,
    account: AccountRow,
    action: 'account.reset-password' | 'account.accept-invitation',
    context: { address: string },
  ): Promise<void> {
    const held = (await grantsOf(tx, [account.id])).get(account.id) ?? [];
    const networks = [...new Set(held.map((grant) => grant.networkId).filter((id) => id !== null))];
    for (const networkId of networks.length > 0 ? networks : [null]) {
      await audit.record(tx, {
        actor: { accountId: account.id, email: account.email },
        action,
        resource: { type: 'account', id: account.id },
        networkId,
        detail: { via: 'e-mailed link', address: context.address },
      });
    }
  }
}
