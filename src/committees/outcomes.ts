// What a change to a meeting comes to, how it is applied at the version the person saw, and
// the audit entries changes leave.

import { audit } from '../platform/audit/audit.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import type { DecidingBody } from './domain/bodies.ts';
import type { CommitteeIssue } from './domain/forms.ts';
import * as store from './store.ts';

export type ChangeOutcome =
  | { ok: true }
  | { ok: false; reason: 'invalid'; issues: CommitteeIssue[] }
  /** The page was older than the meeting: someone changed it meanwhile. */
  | { ok: false; reason: 'stale' }
  | { ok: false; reason: 'closed' }
  | { ok: false; reason: 'unknown-item' }
  /** The person recording a decision is recused for that item. */
  | { ok: false; reason: 'recused' }
  | { ok: false; reason: 'already-decided' }
  /** A decision is on its way to the decision desk: the meeting cannot close under it. */
  | { ok: false; reason: 'decision-pending' }
  /** The decision desk refused the decision (the application moved on, or is not found). */
  | { ok: false; reason: 'desk'; desk: 'not-found' | 'not-ready' | 'already-decided' };

/** One audit entry per network of the body, so each network's admins see it. */
export async function auditMeeting(
  tx: Executor,
  user: CurrentUser,
  body: DecidingBody,
  action: string,
  meetingId: string,
  detail: Record<string, unknown>,
): Promise<void> {
  for (const networkId of body.networkIds) {
    await audit.record(tx, {
      actor: user,
      action,
      resource: { type: 'committee-meeting', id: meetingId },
      networkId,
      detail: { bodyId: body.id, ...detail },
    });
  }
}

class RolledBack extends Error {
  constructor(readonly outcome: ChangeOutcome) {
    super('rolled back');
  }
}

/**
 * Applies a change in one transaction if the meeting is still open and at `version`; a
 * refusal `apply` finds after the version was taken undoes the whole change.
 */
export async function applyAtVersion(
  database: Database,
  meetingId: string,
  version: number,
  apply: (tx: Executor) => Promise<ChangeOutcome>,
): Promise<ChangeOutcome> {
  return database.db
    .transaction(async (tx): Promise<ChangeOutcome> => {
      if (!(await store.advanceVersion(tx, meetingId, version))) {
        const now = await store.findMeeting(tx, meetingId);
        return { ok: false, reason: now?.status === 'closed' ? 'closed' : 'stale' };
      }
      const outcome = await apply(tx);
      if (!outcome.ok) throw new RolledBack(outcome);
      return outcome;
    })
    .catch((error: unknown): ChangeOutcome => {
      if (error instanceof RolledBack) return error.outcome;
      throw error;
    });
}
