// What platform admins see of the outbox: every message with its status, attempts and last
// error, and a button to send again a failed or uncertain one. Never a message's body: the .eml
// files written without SMTP_URL are the delivery itself (the development mailbox, read on the
// machine), not something to show on a page.

import { audit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import type { CurrentUser } from '../auth/roles.ts';
import type { Database } from '../db/database.ts';
import { StandardProblem } from '../http/problem.ts';
import { countByStatus, findMessage, listMessages, type OutboxStatus, requeue } from './store.ts';

const OUTBOX = { type: 'outbox' } as const;

export class OutboxAdmin {
  constructor(
    private readonly database: Database,
    readonly transportKind: 'smtp' | 'files',
  ) {}

  async overview(user: CurrentUser | null, status: OutboxStatus | undefined) {
    authorize(user, 'outbox.read', OUTBOX);
    const [counts, messages] = await Promise.all([
      countByStatus(this.database.db),
      listMessages(this.database.db, { status, limit: 200 }),
    ]);
    return { counts, messages };
  }

  /** Sends a failed or uncertain message again; false when it is in another state. */
  async resend(user: CurrentUser | null, id: string): Promise<boolean> {
    const admin = authorize(user, 'outbox.resend', OUTBOX);
    return this.database.db.transaction(async (tx) => {
      const before = await findMessage(tx, id);
      if (!before) throw new StandardProblem(404, 'not-found');
      if (!(await requeue(tx, id))) return false;
      await audit.record(tx, {
        actor: admin,
        action: 'outbox.resend',
        resource: { type: 'outbox-message', id },
        detail: { previousStatus: before.status, attempts: before.attempts, topic: before.topic },
      });
      return true;
    });
  }
}
