// What platform admins see of the outbox: every message with its status, attempts and last
// error; a button to send again a failed or uncertain one; and, without SMTP_URL, the .eml
// files written under DATA_DIR/mail.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { audit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import type { CurrentUser } from '../auth/roles.ts';
import type { Database } from '../db/database.ts';
import { StandardProblem } from '../http/problem.ts';
import { countByStatus, findMessage, listMessages, type OutboxStatus, requeue } from './store.ts';
import { mailFolder } from './transport.ts';

const OUTBOX = { type: 'outbox' } as const;
const MAIL_FILE = /^[\w-]+\.eml$/;

export class OutboxAdmin {
  constructor(
    private readonly database: Database,
    private readonly dataDir: string,
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

  /** The .eml files, newest first (their names start with the time they were queued). */
  mailFiles(user: CurrentUser | null): string[] {
    authorize(user, 'outbox.read', OUTBOX);
    try {
      return readdirSync(mailFolder(this.dataDir))
        .filter((name) => MAIL_FILE.test(name))
        .sort()
        .reverse()
        .slice(0, 500);
    } catch {
      return [];
    }
  }

  async mailFile(user: CurrentUser | null, name: string): Promise<{ parsed: ParsedMail; source: string }> {
    authorize(user, 'outbox.read', OUTBOX);
    if (!MAIL_FILE.test(name)) throw new StandardProblem(404, 'not-found');
    let source: string;
    try {
      source = readFileSync(join(mailFolder(this.dataDir), name), 'utf8');
    } catch {
      throw new StandardProblem(404, 'not-found');
    }
    return { parsed: await simpleParser(source), source };
  }
}
