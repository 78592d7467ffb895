// A meeting as the page shows it, and its minutes: the same facts, frozen when the meeting
// closes (names as they were then), so the minutes never change afterwards.

import type { Locale } from '../../platform/i18n/index.ts';
import type { AgendaItem } from './decision-desk.ts';
import type { MeetingFormat } from './forms.ts';
import type { QuorumCount, RecusalCause } from './quorum.ts';

export interface MemberAttendance {
  accountId: string;
  displayName: string;
  present: boolean;
}

export interface ItemRecusal {
  accountId: string;
  displayName: string;
  cause: RecusalCause;
  /** Why, for a declared conflict; empty for an involved member. */
  note: string;
}

export interface RecordedDecision {
  outcome: 'approve' | 'reject';
  reasons: string;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  recordedByName: string;
  recordedAt: string;
  /** The application's status after the decision; null while the decision desk has not confirmed it. */
  applicationStatus: string | null;
}

export interface ItemState {
  item: AgendaItem;
  /** Networks of the item this body decides for, and those that wait for another body. */
  networks: { here: string[]; elsewhere: string[] };
  recusals: ItemRecusal[];
  quorum: QuorumCount;
  decision: RecordedDecision | null;
}

export interface MeetingState {
  id: string;
  body: { id: string; names: Record<Locale, string>; networkIds: string[] };
  heldOn: string;
  startsAt: string;
  mode: MeetingFormat;
  place: string;
  members: MemberAttendance[];
  /** Whether anyone has recorded attendance yet (before that, nobody counts as present). */
  attendanceTaken: boolean;
  quorum: QuorumCount;
  items: ItemState[];
}

export interface Minutes extends Omit<MeetingState, 'items'> {
  items: Array<Omit<ItemState, 'item'> & { item: Omit<AgendaItem, 'involvedAccountIds'> }>;
  closedAt: string;
  closedByName: string;
}

/** The minutes of a meeting being closed: everything the page shows, with the time and who closed it. */
export function minutesOf(state: MeetingState, closedAt: Date, closedByName: string): Minutes {
  return {
    ...state,
    items: state.items.map(({ item, ...rest }) => {
      const { involvedAccountIds: _involved, ...shown } = item;
      return { ...rest, item: shown };
    }),
    closedAt: closedAt.toISOString(),
    closedByName,
  };
}
