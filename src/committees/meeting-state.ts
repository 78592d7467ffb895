// Puts a meeting's rows together into what its page and its minutes show: members present and
// absent, the meeting's quorum, and for each item its recusals, quorum and decision.

import type { DecidingBody } from './domain/bodies.ts';
import type { AgendaItem } from './domain/decision-desk.ts';
import type { MeetingFormat } from './domain/forms.ts';
import type { ItemRecusal, MeetingState, MemberAttendance } from './domain/minutes.ts';
import { networksOfItem, quorumOf, recusalsFor } from './domain/quorum.ts';
import type { AttendanceRow, DecisionRow, ItemRow, MeetingRow, MemberRow, RecusalRow } from './store.ts';

export interface MeetingRows {
  meeting: MeetingRow;
  body: DecidingBody;
  roster: MemberRow[];
  items: ItemRow[];
  attendance: AttendanceRow[];
  recusals: RecusalRow[];
  decisions: DecisionRow[];
}

/** A meeting's rows, loaded for one request, and what they add up to. */
export type LoadedMeeting = MeetingRows & { state: MeetingState };

export function agendaItemOf(row: ItemRow): AgendaItem {
  return {
    applicationId: row.applicationId,
    reference: row.reference,
    kind: row.kind === 'service' ? 'service' : 'clinician',
    applicantName: row.applicantName,
    networkIds: row.networkIds,
    involvedAccountIds: row.involvedAccountIds,
    path: row.path,
  };
}

/**
 * The members: those whose attendance was recorded (with their name as it was then), then
 * current members not yet in the attendance list, absent.
 */
export function membersOfMeeting(rows: Pick<MeetingRows, 'roster' | 'attendance'>): MemberAttendance[] {
  const recorded = rows.attendance.map(({ accountId, displayName, present }) => ({
    accountId,
    displayName,
    present,
  }));
  const known = new Set(recorded.map((member) => member.accountId));
  const newcomers = rows.roster
    .filter((member) => !known.has(member.accountId))
    .map((member) => ({ ...member, present: false }));
  return [...recorded, ...newcomers];
}

export function meetingState(rows: MeetingRows): MeetingState {
  const { meeting, body } = rows;
  const members = membersOfMeeting(rows);
  const memberIds = members.map((member) => member.accountId);
  const presentIds = members.filter((member) => member.present).map((member) => member.accountId);
  const nameOf = (id: string) => members.find((member) => member.accountId === id)?.displayName ?? id;
  const items = rows.items.map((row) => {
    const item = agendaItemOf(row);
    const declared = rows.recusals.filter((r) => r.applicationId === row.applicationId);
    const recusals: ItemRecusal[] = recusalsFor(
      item,
      memberIds,
      declared.map((r) => r.accountId),
    ).map(({ accountId, cause }) => {
      const row = declared.find((r) => r.accountId === accountId);
      return {
        accountId,
        displayName: row?.displayName ?? nameOf(accountId),
        cause,
        note: cause === 'declared' ? (row?.note ?? '') : '',
      };
    });
    const decision = rows.decisions.find((d) => d.applicationId === row.applicationId);
    return {
      item,
      networks: networksOfItem(body.networkIds, item.networkIds),
      recusals,
      quorum: quorumOf(
        body.quorum,
        memberIds,
        presentIds,
        recusals.map((r) => r.accountId),
      ),
      decision: decision
        ? {
            outcome: decision.outcome === 'approve' ? ('approve' as const) : ('reject' as const),
            reasons: decision.reasons,
            votesFor: decision.votesFor,
            votesAgainst: decision.votesAgainst,
            abstentions: decision.abstentions,
            recordedByName: decision.recordedByName,
            recordedAt: decision.recordedAt.toISOString(),
            applicationStatus: decision.applicationStatus,
          }
        : null,
    };
  });
  return {
    id: meeting.id,
    body: { id: body.id, names: body.names, networkIds: body.networkIds },
    heldOn: meeting.heldOn,
    startsAt: meeting.startsAt,
    mode: meeting.mode === 'online' ? 'online' : ('in-person' satisfies MeetingFormat),
    place: meeting.place,
    members,
    attendanceTaken: rows.attendance.length > 0,
    quorum: quorumOf(body.quorum, memberIds, presentIds),
    items,
  };
}
