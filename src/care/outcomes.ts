// What the care service answers: a recording's or a cancellation's outcome, a session as read.

import type {
  CareFunction,
  IsoDate,
  NetworkType,
  PathDecision,
  RecordedSession,
  SessionDecision,
  SessionMode,
} from './domain/index.ts';
import type { UseRefused } from './oversight.ts';
import type { PreviewDecision } from './preview.ts';
import type { InputError } from './recording.ts';
import type { SessionEvent } from './store.ts';

export interface DecisionChange {
  sessionId: string;
  date: IsoDate;
  function: CareFunction;
  mode: SessionMode;
  clinicianId: string;
  networkId: string;
  before: SessionDecision;
  after: SessionDecision;
}

export type PreviewOutcome =
  | { ok: true; decision: PreviewDecision }
  | { ok: false; status: 400; errors: InputError[] }
  | UseRefused;

export type RecordOutcome =
  | { ok: true; id: string; decision: SessionDecision; changes: DecisionChange[] }
  | { ok: false; status: 400; errors: InputError[] }
  | UseRefused;

export type CancelOutcome =
  | { ok: true; session: SessionView; events: SessionEventView[]; changes: DecisionChange[] }
  | { ok: false; status: 403 | 404 | 409 };

export interface SessionView {
  id: string;
  date: IsoDate;
  function: CareFunction;
  mode: SessionMode;
  clinicianId: string;
  networkId: string;
  locationId: string;
  networkType: NetworkType;
  bim: boolean;
  functionalAssessment: boolean;
  cancelled: boolean;
  recordedAt: string;
  decision: SessionDecision;
}

/** One line of a session's log as answered. */
export interface SessionEventView {
  kind: SessionEvent['kind'];
  at: string;
  causeSessionId: string | null;
  note: string | null;
}

/** A session with its log, as a reader sees it. */
export interface SessionRead {
  session: SessionView;
  events: SessionEventView[];
}

export function eventView(event: SessionEvent): SessionEventView {
  return {
    kind: event.kind,
    at: event.at.toISOString(),
    causeSessionId: event.causeSessionId,
    note: event.note,
  };
}

/** A session of the patient's path as recorded, with its row (its clinician and network). */
export type StoredPathSession = RecordedSession & { row: { clinicianId: string; networkId: string } };

/** What each re-decision changes, as the service reports it: the session, and its decision before and after. */
export function decisionChanges(
  path: readonly StoredPathSession[],
  results: readonly PathDecision[],
): DecisionChange[] {
  return results.flatMap((result) => {
    const before = path.find((session) => session.id === result.id);
    if (!before) return [];
    return [
      {
        sessionId: result.id,
        date: before.date,
        function: before.function,
        mode: before.mode,
        clinicianId: before.row.clinicianId,
        networkId: before.row.networkId,
        before: before.decision,
        after: result.decision,
      },
    ];
  });
}
