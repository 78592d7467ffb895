// Recording a body's decision on an agenda item: checked here (quorum without the recused,
// votes, reasons), claimed in the meeting (so two members cannot both record one), then sent to
// the decision desk outside any transaction of ours; a refusal by the desk takes the claim back.

import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import type { DecisionDesk, DecisionOutcome } from './domain/decision-desk.ts';
import { checkDecision } from './domain/forms.ts';
import type { LoadedMeeting } from './meeting-state.ts';
import { auditMeeting, type ChangeOutcome } from './outcomes.ts';
import * as store from './store.ts';

/** The person is already authorized to decide for the meeting's body. */
export async function recordDecision(
  deps: { database: Database; desk: DecisionDesk | null; clock: Clock },
  user: CurrentUser,
  loaded: LoadedMeeting,
  applicationId: string,
  version: number | undefined,
  input: Record<string, string>,
): Promise<ChangeOutcome> {
  const { body } = loaded;
  const meetingId = loaded.meeting.id;
  const item = loaded.state.items.find((i) => i.item.applicationId === applicationId);
  if (loaded.meeting.status !== 'open') return { ok: false, reason: 'closed' };
  if (version !== loaded.meeting.version) return { ok: false, reason: 'stale' };
  if (!item) return { ok: false, reason: 'unknown-item' };
  if (item.decision) return { ok: false, reason: 'already-decided' };
  if (item.recusals.some((r) => r.accountId === user.accountId)) return { ok: false, reason: 'recused' };
  const checked = checkDecision(input, item.quorum);
  if (!checked.ok) return { ok: false, reason: 'invalid', issues: checked.issues };
  const details = checked.value;
  const claimed = await deps.database.db.transaction(async (tx): Promise<ChangeOutcome> => {
    if (!(await store.advanceVersion(tx, meetingId, version))) return { ok: false, reason: 'stale' };
    const ok = await store.claimDecision(tx, {
      meetingId,
      applicationId,
      ...details,
      recordedBy: user.accountId,
      recordedByName: user.displayName,
      recordedAt: deps.clock(),
      applicationStatus: null,
    });
    // Nothing else was written: the version taken stays taken, which only makes pages reload.
    return ok ? { ok: true } : { ok: false, reason: 'already-decided' };
  });
  if (!claimed.ok) return claimed;
  const send = async (): Promise<DecisionOutcome> => {
    if (!deps.desk) return { ok: false, reason: 'not-found' };
    try {
      return await deps.desk.recordDecision({
        applicationId,
        bodyId: body.id,
        networkIds: item.networks.here,
        outcome: details.outcome,
        reasons: details.reasons,
        meetingId,
        recordedBy: { accountId: user.accountId, label: user.displayName },
        at: deps.clock(),
      });
    } catch (error) {
      // The desk failed (its database, a bug): take the claim back so the item can be decided again.
      await store.dropDecision(deps.database.db, meetingId, applicationId);
      throw error;
    }
  };
  const outcome = await send();
  await deps.database.db.transaction(async (tx) => {
    if (!outcome.ok) return store.dropDecision(tx, meetingId, applicationId);
    await store.confirmDecision(tx, meetingId, applicationId, outcome.applicationStatus);
    await auditMeeting(tx, user!, body, 'committee.decision', meetingId, {
      applicationId,
      outcome: details.outcome,
      votes: [details.votesFor, details.votesAgainst, details.abstentions],
      recused: item.recusals.map((r) => r.accountId),
      applicationStatus: outcome.applicationStatus,
    });
  });
  return outcome.ok ? { ok: true } : { ok: false, reason: 'desk', desk: outcome.reason };
}
