import type { CaseAction } from '../../platform/cases/workflow.ts';
import type { ApplicationAction } from './workflow.ts';

// The deciding bodies' decisions on one application, read from its log. An application asked
// for two networks (youth and adult) waits for both; then it is approved when at least one
// approved (membership only in the approving networks), rejected otherwise.

export interface NetworkDecision {
  networkId: string;
  outcome: 'approve' | 'reject';
  bodyId: string;
  reasons: string;
  meetingId: string | null;
  at: string;
}

/** Decisions since the application last went to decision (a new round forgets older ones). */
export function decisionsOf(actions: ReadonlyArray<CaseAction<ApplicationAction>>): NetworkDecision[] {
  const lastSend = actions.reduce((seq, a) => (a.type === 'send-to-decision' ? a.seq : seq), 0);
  return actions
    .filter((a) => a.type === 'body-decision' && a.seq > lastSend)
    .flatMap((a) => {
      const networkIds = Array.isArray(a.payload.networkIds) ? a.payload.networkIds.map(String) : [];
      return networkIds.map((networkId) => ({
        networkId,
        outcome: a.payload.outcome === 'approve' ? ('approve' as const) : ('reject' as const),
        bodyId: String(a.payload.bodyId ?? ''),
        reasons: String(a.payload.reasons ?? ''),
        meetingId: typeof a.payload.meetingId === 'string' ? a.payload.meetingId : null,
        at: a.at,
      }));
    });
}

export function waitingNetworks(asked: readonly string[], decisions: readonly NetworkDecision[]): string[] {
  const decided = new Set(decisions.map((d) => d.networkId));
  return asked.filter((id) => !decided.has(id));
}

/** null while a network still has to decide; then the overall outcome. */
export function overallOutcome(
  asked: readonly string[],
  decisions: readonly NetworkDecision[],
): { outcome: 'approve' | 'reject'; approvedNetworkIds: string[] } | null {
  if (waitingNetworks(asked, decisions).length > 0) return null;
  const approvedNetworkIds = asked.filter((id) =>
    decisions.some((d) => d.networkId === id && d.outcome === 'approve'),
  );
  return { outcome: approvedNetworkIds.length > 0 ? 'approve' : 'reject', approvedNetworkIds };
}
