// Everything that changes or previews one patient's path of sessions: recording, previewing
// and cancelling, each deciding the path again under the patient's lock (sql.ts). CareService
// (service.ts) hands these on; the reads and statements stay there.

import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DirectoryService } from '../directory/service.ts';
import type { Database } from '../platform/db/database.ts';
import { normalizePostcode } from '../platform/identifiers/postcode.ts';
import type { ReferenceService } from '../reference/service.ts';
import { type CareActor, carePolicy, type Recorder, visibleChanges } from './access.ts';
import {
  type CareRulesConfig,
  cancelInPath,
  type IsoDate,
  type PathDecision,
  recordInPath,
  windowStart,
} from './domain/index.ts';
import {
  type CancelOutcome,
  type DecisionChange,
  decisionChanges,
  eventView,
  type PreviewOutcome,
  type RecordOutcome,
  type SessionView,
  type StoredPathSession,
} from './outcomes.ts';
import type { CareOversight } from './oversight.ts';
import { PatientBatches } from './patient-batches.ts';
import { previewDecision } from './preview.ts';
import { recordingsInsert } from './recorded-insert.ts';
import {
  type ConventionLookup,
  checkRecording,
  conventionError,
  nameSignature,
  proposedSession,
  type SessionInput,
} from './recording.ts';
import { type Read, type SqlClient, ThenCommit } from './sql.ts';
import {
  type CareSessionRow,
  findCareSession,
  markCancelled,
  patientPath,
  patientPathRead,
  rememberClinician,
  sessionEvents,
  sessionView,
  toRecordedSession,
  writeRedecisions,
} from './store.ts';

/** What the paths need from the care service that owns them. */
export interface PatientPathsDeps {
  database: Database;
  directory: DirectoryService;
  reference: ReferenceService;
  rules: CareRulesConfig;
  oversight: CareOversight;
  conventionOn: ConventionLookup;
  patientKey: (niss: string) => string;
}

export class PatientPaths {
  /** The name each clinician's sessions were last written under, by this instance. */
  private readonly namesWritten = new Map<string, string>();
  /** Every change under a patient's lock goes through these shared transactions. */
  private readonly batches: PatientBatches;

  constructor(private readonly deps: PatientPathsDeps) {
    this.batches = new PatientBatches(deps.database.pool);
  }

  /**
   * Records a session and decides it, under the patient's lock: caps count every clinician and
   * network. Sessions dated after it are decided again; every change is returned and logged.
   * The recorder holds the policy's decision and the clinician: neither is asked again here.
   */
  async record(recorder: Recorder, session: SessionInput): Promise<RecordOutcome> {
    const { actor, clinician } = recorder;
    const input = { ...session, clinicianId: recorder.clinicianId };
    // The convention is asked below, in the round trip that opens the transaction (sql.ts).
    const checked = await checkRecording(input, clinician, null, this.deps.reference);
    if (!checked.ok) return { ok: false, status: 400, errors: checked.errors };
    const patientKey = this.deps.patientKey(checked.niss);
    const proposed = proposedSession(input, checked.networkKind, this.deps.rules);
    const id = randomUUID();
    const from = windowStart(input.date, this.deps.rules);
    const conventions = this.deps.directory.conventions;
    // The hour's use is taken in that round trip too, before anything is written.
    const hourlyUse = this.deps.oversight.takeQuery(actor, input.clinicianId);
    const recorded = await this.withPatientPath(
      patientKey,
      from,
      [conventions.standingRead(input.clinicianId, input.networkId), ...(hourlyUse ? [hourlyUse] : [])],
      // The hour's use and the clinician's name are rows of the clinician's.
      input.clinicianId,
      async (tx, rows, [conventionRows, useRows]) => {
        const use = useRows ? this.deps.oversight.takenFrom(useRows) : { ok: true as const };
        // Nothing written yet in either case: the transaction ends without a change.
        if (!use.ok) return use;
        const refused = conventionError(input, conventions.standingFrom(conventionRows!, input.date));
        if (refused) return { ok: false as const, status: 400 as const, errors: [refused] };
        const path = rows.map((row) => this.recorded(row));
        const [own, ...rest] = recordInPath(path, { ...proposed, id }, this.deps.rules);
        // In the same transaction, so that a recorded session always has its clinician's name.
        if (this.namesWritten.get(checked.clinician.id) !== nameSignature(checked.clinician)) {
          await rememberClinician(tx, checked.clinician);
        }
        const recording = {
          row: {
            id,
            patientKey,
            clinicianId: input.clinicianId,
            networkId: input.networkId,
            locationId: input.locationId,
            residencePostcode:
              input.residencePostcode === undefined ? null : normalizePostcode(input.residencePostcode),
            ...proposed,
          },
          decision: own!.decision,
          audited: this.deps.oversight.entry(actor, 'care-session.record', {
            id,
            clinicianId: input.clinicianId,
            networkId: input.networkId,
          }),
        };
        const changes = decisionChanges(path, rest);
        const done = { ok: true as const, decision: own!.decision, changes };
        // Usually the last statement: it goes with the commit. Later sessions re-decided point
        // at this one (cause_session_id), so their update comes after it.
        if (changes.length === 0)
          return new ThenCommit({ parts: [recording], combine: recordingsInsert }, done);
        await tx.query(recordingsInsert([recording]));
        await this.writeChanges(tx, changes, id);
        return done;
      },
    );
    if (!recorded.ok) return recorded;
    this.namesWritten.set(checked.clinician.id, nameSignature(checked.clinician));
    return { ok: true, id, decision: recorded.decision, changes: visibleChanges(actor, recorded.changes) };
  }

  /**
   * The decision recording would give now, with the same checks and the patient's same path,
   * and nothing stored: what a clinician sees before confirming. A session recorded meanwhile
   * (by anyone) may change it; recording decides again under the patient's lock.
   */
  async preview(recorder: Recorder, session: SessionInput): Promise<PreviewOutcome> {
    const { actor, clinician } = recorder;
    const input = { ...session, clinicianId: recorder.clinicianId };
    const checked = await checkRecording(input, clinician, this.deps.conventionOn, this.deps.reference);
    if (!checked.ok) return { ok: false, status: 400, errors: checked.errors };
    const use = await this.deps.oversight.take(actor, input.clinicianId);
    if (!use.ok) return use;
    // Who previewed for which network and date: never the NISS nor the patient's key.
    await this.deps.oversight.previewed(actor, {
      clinicianId: input.clinicianId,
      networkId: input.networkId,
      date: input.date,
    });
    const rows = await patientPath(
      this.deps.database.pool,
      this.deps.patientKey(checked.niss),
      windowStart(input.date, this.deps.rules),
    );
    const path = rows.map((row) => this.recorded(row));
    const [own] = recordInPath(
      path,
      { ...proposedSession(input, checked.networkKind, this.deps.rules), id: randomUUID() },
      this.deps.rules,
    );
    return { ok: true, decision: previewDecision(own!.decision) };
  }

  /** Cancels a session (it stays, flagged, with the reason in its log) and re-decides the later ones. */
  async cancel(actor: CareActor, id: string, note: string): Promise<CancelOutcome> {
    const found = await findCareSession(this.deps.database.pool, id);
    if (!found) return { ok: false, status: 404 };
    if (!carePolicy.mayReadSession(actor, found) || !carePolicy.mayRecordFor(actor, found.clinicianId)) {
      return { ok: false, status: 403 };
    }
    const from = windowStart(found.date, this.deps.rules);
    const outcome = await this.withPatientPath(
      found.patientKey,
      from,
      [],
      found.clinicianId,
      async (tx, rows) => {
        const current = await findCareSession(tx, id);
        if (!current || current.cancelled) return null;
        const path = rows.map((row) => this.recorded(row));
        const results = cancelInPath(path, id, this.deps.rules);
        await markCancelled(tx, id, note);
        await this.deps.oversight.cancelled(tx, actor, {
          id,
          clinicianId: current.clinicianId,
          networkId: current.networkId,
        });
        const changes = await this.applyChanges(tx, path, results, id);
        // Read inside the transaction: once it commits, the answer needs nothing more from the database.
        const [row, events] = await Promise.all([findCareSession(tx, id), sessionEvents(tx, id)]);
        return { row: row!, events, changes };
      },
    );
    if (!outcome) return { ok: false, status: 409 };
    return {
      ok: true,
      session: this.view(outcome.row),
      events: outcome.events.map(eventView),
      changes: visibleChanges(actor, outcome.changes),
    };
  }

  /** Writes each re-decision on its session, with an event naming the session that caused it. */
  private async applyChanges(
    tx: SqlClient,
    path: readonly StoredPathSession[],
    results: readonly PathDecision[],
    causeSessionId: string,
  ): Promise<DecisionChange[]> {
    const changes = decisionChanges(path, results);
    await this.writeChanges(tx, changes, causeSessionId);
    return changes;
  }

  private async writeChanges(tx: SqlClient, changes: readonly DecisionChange[], causeSessionId: string) {
    await writeRedecisions(
      tx,
      changes.map((change) => ({ sessionId: change.sessionId, decision: change.after })),
      causeSessionId,
    );
  }

  /**
   * Runs `work` under the patient's lock, with their path from `from` on as it stands under it
   * and the rows of `alongside`, all read in the round trip that opens the transaction (sql.ts),
   * perhaps shared with other patients' changes (patient-batches.ts; `rowOrder` orders them).
   */
  private withPatientPath<T>(
    key: string,
    from: IsoDate,
    alongside: readonly Read[],
    rowOrder: string,
    work: (
      tx: SqlClient,
      path: CareSessionRow[],
      alongside: pg.QueryResultRow[][],
    ) => Promise<T | ThenCommit<T>>,
  ): Promise<T> {
    return this.batches.run(
      key,
      async (tx, [path, ...read]) => work(tx, path as CareSessionRow[], read),
      [patientPathRead(key, from), ...alongside],
      rowOrder,
    );
  }

  private recorded(row: CareSessionRow): StoredPathSession {
    return { ...toRecordedSession(row, this.deps.rules.capWindow.months), row };
  }

  private view(row: CareSessionRow): SessionView {
    return sessionView(row, this.deps.rules.capWindow.months);
  }
}
