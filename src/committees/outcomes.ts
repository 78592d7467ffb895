// What a change to a meeting comes to, and the audit entries changes leave.

import { audit } from '../platform/audit/audit.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Executor } from '../platform/db/database.ts';
import type { DecidingBody } from './domain/bodies.ts';
import type { Issue } from './domain/forms.ts';

export type ChangeOutcome =
  | { ok: true }
  | { ok: false; reason: 'invalid'; issues: Issue[] }
  /** The page was older than the meeting: someone changed it meanwhile. */
  | { ok: false; reason: 'stale' }
  | { ok: false; reason: 'closed' }
  | { ok: false; reason: 'unknown-item' }
  /** The person recording a decision is recused for that item. */
  | { ok: false; reason: 'recused' }
  | { ok: false; reason: 'already-decided' }
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
