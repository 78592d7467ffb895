// Server-side sessions in the shared database: any instance can resolve a cookie that another
// instance issued, and "sign out everywhere" is one DELETE. A session ends after
// SESSION_IDLE_MINUTES without a request, or SESSION_MAX_HOURS after sign-in, whichever first.

import type { Clock } from '../clock.ts';
import type { Database, Executor } from '../db/database.ts';
import type { Locale } from '../i18n/index.ts';
import type { CurrentUser } from './roles.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOf,
  findAccount,
  findSession,
  grantsOf,
  insertSession,
  touchSession,
} from './store.ts';
import { hashToken, newToken } from './tokens.ts';

/** Writing last-seen on every request would double the writes; a minute's precision is plenty. */
const TOUCH_EVERY_MS = 60_000;

export interface SessionPolicy {
  idleMs: number;
  maxAgeMs: number;
}

export type Resolved =
  | { status: 'active'; user: CurrentUser; idHash: string }
  | { status: 'ended' }
  | { status: 'none' };

export class Sessions {
  constructor(
    private readonly database: Database,
    private readonly policy: SessionPolicy,
    private readonly clock: Clock,
  ) {}

  /** Opens a session for an account (after any kind of sign-in) and returns the cookie value. */
  async start(db: Executor, accountId: string): Promise<string> {
    const now = this.clock();
    const { token, hash } = newToken();
    await insertSession(db, {
      idHash: hash,
      accountId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.policy.maxAgeMs),
    });
    return token;
  }

  /** The person behind a cookie value, or why there is none ('ended': it existed but timed out). */
  async resolve(token: string): Promise<Resolved> {
    const db = this.database.db;
    const idHash = hashToken(token);
    const session = await findSession(db, idHash);
    if (!session) return { status: 'none' };
    const now = this.clock().getTime();
    const idleFor = now - session.lastSeenAt.getTime();
    if (session.expiresAt.getTime() <= now || idleFor >= this.policy.idleMs) {
      await deleteSession(db, idHash);
      return { status: 'ended' };
    }
    const [account, grants] = await Promise.all([
      findAccount(db, session.accountId),
      grantsOf(db, [session.accountId]),
    ]);
    if (!account) return { status: 'none' };
    if (idleFor >= TOUCH_EVERY_MS) await touchSession(db, idHash, new Date(now));
    return {
      status: 'active',
      idHash,
      user: {
        accountId: account.id,
        email: account.email,
        displayName: account.displayName,
        locale: account.locale as Locale,
        grants: grants.get(account.id) ?? [],
      },
    };
  }

  async end(idHash: string): Promise<void> {
    await deleteSession(this.database.db, idHash);
  }

  /** Ends every session of the account, or every other one when `keep` is the current session. */
  endAll(db: Executor, accountId: string, keep?: string): Promise<number> {
    return deleteSessionsOf(db, accountId, keep);
  }

  /** Removes sessions nobody can use any more (a poller calls it). */
  purgeExpired(): Promise<number> {
    return deleteExpiredSessions(this.database.db, this.clock(), this.policy.idleMs);
  }
}
