// What a secretary types: a meeting's date and place, a decision with its votes and reasons,
// a declared conflict of interest. Pure checks returning issues by field; nothing is thrown.

import { parseBelgianDate } from '../../platform/identifiers/belgian-date.ts';
import type { QuorumCount } from './quorum.ts';

export interface CommitteeIssue {
  field: string;
  code: CommitteeIssueCode;
}

export type CommitteeIssueCode =
  | 'date-missing'
  | 'date-invalid'
  | 'date-in-past'
  | 'time-missing'
  | 'time-invalid'
  | 'mode-missing'
  | 'place-missing'
  | 'too-long'
  | 'outcome-missing'
  | 'reasons-missing'
  | 'votes-invalid'
  | 'votes-total'
  | 'votes-outcome'
  | 'no-quorum'
  | 'member-missing'
  | 'note-missing';

export type CommitteeChecked<T> = { ok: true; value: T } | { ok: false; issues: CommitteeIssue[] };

/** How a meeting is held. Not a "mode": in Passerelle a mode is how a clinician offers care (platform/vocabulary); the stored field keeps its name `mode`. */
export const MEETING_FORMATS = ['in-person', 'online'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export interface MeetingDetails {
  heldOn: string;
  startsAt: string;
  mode: MeetingFormat;
  place: string;
}

const TEXT_LIMIT = 300;
const REASONS_LIMIT = 4000;

/**
 * A meeting's day as the secretary types it (03/12/2026, 3.12.2026, 2026-12-03), or null when
 * it is not a real day or not a year a meeting can be held in (a typo such as 0226).
 */
export function parseDay(text: string): string | null {
  const day = parseBelgianDate(text.trim());
  return day !== null && day >= '2000-01-01' && day <= '2100-12-31' ? day : null;
}

/** `today` is the Brussels day the meeting is planned on: a meeting is planned for today or later. */
export function checkMeeting(input: Record<string, string>, today: string): CommitteeChecked<MeetingDetails> {
  const issues: CommitteeIssue[] = [];
  const dateText = (input.heldOn ?? '').trim();
  const heldOn = parseDay(dateText);
  if (!dateText) issues.push({ field: 'heldOn', code: 'date-missing' });
  else if (!heldOn) issues.push({ field: 'heldOn', code: 'date-invalid' });
  else if (heldOn < today) issues.push({ field: 'heldOn', code: 'date-in-past' });
  const time = (input.startsAt ?? '').trim();
  const clock = /^(\d{1,2})[:h.](\d{2})$/.exec(time);
  const startsAt =
    clock && Number(clock[1]) < 24 && Number(clock[2]) < 60
      ? `${clock[1]!.padStart(2, '0')}:${clock[2]}`
      : null;
  if (!time) issues.push({ field: 'startsAt', code: 'time-missing' });
  else if (!startsAt) issues.push({ field: 'startsAt', code: 'time-invalid' });
  const mode = (MEETING_FORMATS as readonly string[]).includes(input.mode ?? '')
    ? (input.mode as MeetingFormat)
    : null;
  if (!mode) issues.push({ field: 'mode', code: 'mode-missing' });
  const place = (input.place ?? '').trim();
  if (!place) issues.push({ field: 'place', code: 'place-missing' });
  else if (place.length > TEXT_LIMIT) issues.push({ field: 'place', code: 'too-long' });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { heldOn: heldOn!, startsAt: startsAt!, mode: mode!, place } };
}

export interface DecisionDetails {
  outcome: 'approve' | 'reject';
  reasons: string;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

function count(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * A decision needs the item's quorum, reasons, and votes that add up to the members present
 * who may vote and that carry the outcome: approval needs more votes for than against.
 */
export function checkDecision(
  input: Record<string, string>,
  quorum: QuorumCount,
): CommitteeChecked<DecisionDetails> {
  if (!quorum.met) return { ok: false, issues: [{ field: 'quorum', code: 'no-quorum' }] };
  const issues: CommitteeIssue[] = [];
  const outcome = input.outcome === 'approve' || input.outcome === 'reject' ? input.outcome : null;
  if (!outcome) issues.push({ field: 'outcome', code: 'outcome-missing' });
  const reasons = (input.reasons ?? '').trim();
  if (!reasons) issues.push({ field: 'reasons', code: 'reasons-missing' });
  else if (reasons.length > REASONS_LIMIT) issues.push({ field: 'reasons', code: 'too-long' });
  const votes = {
    votesFor: count(input.votesFor),
    votesAgainst: count(input.votesAgainst),
    abstentions: count(input.abstentions),
  };
  for (const [field, value] of Object.entries(votes)) {
    if (value === null) issues.push({ field, code: 'votes-invalid' });
  }
  const { votesFor, votesAgainst, abstentions } = votes;
  if (votesFor !== null && votesAgainst !== null && abstentions !== null) {
    if (votesFor + votesAgainst + abstentions !== quorum.present) {
      issues.push({ field: 'votesFor', code: 'votes-total' });
    } else if (outcome && (outcome === 'approve') !== votesFor > votesAgainst) {
      issues.push({ field: 'outcome', code: 'votes-outcome' });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      outcome: outcome!,
      reasons,
      votesFor: votesFor!,
      votesAgainst: votesAgainst!,
      abstentions: abstentions!,
    },
  };
}

/** A declared conflict of interest: which member, and a short note of why (for the minutes). */
export function checkRecusal(
  input: Record<string, string>,
  memberIds: readonly string[],
): CommitteeChecked<{ accountId: string; note: string }> {
  const issues: CommitteeIssue[] = [];
  const accountId = input.memberId ?? '';
  if (!memberIds.includes(accountId)) issues.push({ field: 'memberId', code: 'member-missing' });
  const note = (input.note ?? '').trim();
  if (!note) issues.push({ field: 'note', code: 'note-missing' });
  else if (note.length > TEXT_LIMIT) issues.push({ field: 'note', code: 'too-long' });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { accountId, note } };
}
