// Slowing down password guessing. LOGIN_MAX_FAILURES wrong passwords in a row lock an account
// for LOGIN_LOCKOUT_MINUTES and e-mail its owner; LOGIN_MAX_FAILURES_PER_ADDRESS failures from
// one client address within that time block the address (guessing across many accounts). Both
// counters live in the database, so every instance sees the same ones. Locking an account is
// also a way for a stranger to keep its owner out for a while: the lock is short, e-mailed, and
// a password reset ends it.
//
// A failure is counted with the same statements whether the address has an account or not, or
// its account is locked: neither the answer nor the work behind it tells which addresses have
// accounts. A wrong current password on the change-password page counts too.

import { audit } from '../audit/audit.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/database.ts';
import { formatDateTime, isLocale } from '../i18n/index.ts';
import { linkTo, queueAuthMail } from './mail.ts';
import type { AuthConfig } from './service.ts';
import { countFailedSignIn, findThrottle, lockThrottle, saveThrottle, updateAccount } from './store.ts';

export class Lockout {
  constructor(
    private readonly database: Database,
    private readonly config: AuthConfig,
    private readonly clock: Clock,
  ) {}

  /** When a blocked address may try again, or null. */
  async addressBlockedUntil(address: string): Promise<Date | null> {
    const throttle = await findThrottle(this.database.db, address);
    return throttle?.blockedUntil && throttle.blockedUntil > this.clock() ? throttle.blockedUntil : null;
  }

  /**
   * Counts a wrong password typed for `email` from `address`: against the address, and against
   * the account with that address unless it is locked. Returns the end of the lock when this
   * failure locks the account.
   */
  async countFailure(email: string, address: string): Promise<Date | null> {
    await this.countAddressFailure(address);
    return this.countAccountFailure(email);
  }

  private async countAccountFailure(email: string): Promise<Date | null> {
    const now = this.clock();
    return this.database.db.transaction(async (tx) => {
      const account = await countFailedSignIn(tx, email, now);
      if (!account || account.failedSignIns < this.config.loginMaxFailures) return null;
      const failures = account.failedSignIns;
      const until = new Date(now.getTime() + this.config.loginLockoutMinutes * 60_000);
      await updateAccount(tx, account.id, { failedSignIns: 0, lockedUntil: until });
      const locale = isLocale(account.locale) ? account.locale : 'fr';
      await queueAuthMail(tx, 'locked', account, {
        count: failures,
        until: formatDateTime(locale, until),
        forgot: linkTo(this.config.publicUrl, locale, '/forgot-password'),
      });
      await audit.record(tx, {
        actor: { system: 'system' },
        action: 'account.lock',
        resource: { type: 'account', id: account.id },
        detail: { failures, until: until.toISOString() },
      });
      return until;
    });
  }

  /** Counts a failed sign-in from a client address; enough of them block it for a while. */
  private async countAddressFailure(address: string): Promise<void> {
    const now = this.clock();
    const windowMs = this.config.loginLockoutMinutes * 60_000;
    await this.database.db.transaction(async (tx) => {
      const row = await lockThrottle(tx, address, now);
      const fresh = now.getTime() - row.windowStartedAt.getTime() > windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const blocked = failures >= this.config.loginMaxFailuresPerAddress;
      await saveThrottle(tx, {
        address,
        failures: blocked ? 0 : failures,
        windowStartedAt: fresh || blocked ? now : row.windowStartedAt,
        blockedUntil: blocked ? new Date(now.getTime() + windowMs) : row.blockedUntil,
      });
    });
  }
}
