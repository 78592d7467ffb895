import { createHmac, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Clinician } from '../directory/domain/types.ts';
import type { DirectoryService } from '../directory/service.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { normalizePostcode } from '../platform/identifiers/postcode.ts';
import { nameOf } from '../reference/names.ts';
import type { ReferenceService } from '../reference/service.ts';
import {
  type CareActor,
  carePolicy,
  ownClinicianId,
  type Recorder,
  type RecorderDecision,
  recorderFor,
  visibleChanges,
} from './access.ts';
import { type CopaySummary, copaysOn } from './copays.ts';
import {
  type CareRulesConfig,
  cancelInPath,
  DEFAULT_CARE_RULES_CONFIG,
  decideSession,
  type IsoDate,
  type PastSession,
  type PathDecision,
  type ProposedSession,
  recordInPath,
  type SessionDecision,
  windowStart,
} from './domain/index.ts';
import { CareGroupSessions } from './group-sessions.ts';
import type { ErrorContext } from './input-errors.ts';
import {
  type CancelOutcome,
  type DecisionChange,
  decisionChanges,
  eventView,
  type PreviewOutcome,
  type RecordOutcome,
  type SessionRead,
  type SessionView,
  type StoredPathSession,
} from './outcomes.ts';
import { CareOversight } from './oversight.ts';
import { previewDecision } from './preview.ts';
import { type RecheckTotals, recheckAll } from './recheck.ts';
import {
  type ConventionLookup,
  checkRecording,
  conventionError,
  nameSignature,
  proposedSession,
  recentClinicians,
  type SessionInput,
} from './recording.ts';
import { type SqlClient, ThenCommit, withPatientLocked } from './sql.ts';
import { CareStaffReads } from './staff-reads.ts';
import { foldStatementChanges } from './statement-rows.ts';
import {
  type CareSessionRow,
  findCareSession,
  markCancelled,
  patientPath,
  patientPathQuery,
  recordedSessionInsert,
  rememberClinician,
  sessionEvents,
  sessionsOfClinician,
  sessionView,
  toRecordedSession,
  writeRedecisions,
} from './store.ts';

export {
  authenticateCareCaller,
  type CareAccess,
  type CareActor,
  carePolicy,
  type Recorder,
} from './access.ts';
export type { PreviewOutcome } from './outcomes.ts';

/** Before any convention Passerelle records: where a search of every year's counters starts. */
export interface CareOptions {
  directory: DirectoryService;
  reference: ReferenceService;
  /** Without it the service quotes and reports, but cannot record (the CLI's billing). */
  patientKeySecret?: string | undefined;
  /** Previews and recordings per clinician per hour (SESSION_PREVIEWS_PER_HOUR); unset: no limit. */
  previewsPerHour?: number | undefined;
  /** Which hour a preview or recording counts in (tests move it). */
  clock?: Clock | undefined;
  rules?: CareRulesConfig;
}

/** Quotes, session recording with caps and copays, cancellations and statements. */
export class CareService {
  readonly rules: CareRulesConfig;
  private readonly namesWritten = new Map<string, string>();
  /** The hourly limit on previews and recordings, and the audit of who reads what. */
  private readonly oversight: CareOversight;
  /** Clinicians as the directory gave them a moment ago (see recording.ts). */
  private readonly clinician: (id: string) => Promise<Clinician | null>;
  /** The convention's standing on a date, asked each time: a suspension applies at once, on every instance. */
  private readonly conventionOn: ConventionLookup;

  /** What network staff read: statements, the sessions of their networks, their filters. */
  readonly staff: CareStaffReads;
  /** Group sessions recorded from an event's attendance, anonymous ones included. */
  readonly groups: CareGroupSessions;

  constructor(
    private readonly database: Database,
    private readonly options: CareOptions,
  ) {
    this.rules = options.rules ?? DEFAULT_CARE_RULES_CONFIG;
    this.oversight = new CareOversight(database, options.previewsPerHour, options.clock ?? systemClock);
    this.clinician = recentClinicians(options.directory);
    this.staff = new CareStaffReads(database, options.reference, this.oversight, this.clinician, this.rules);
    this.conventionOn = (clinicianId, networkId, date) =>
      options.directory.conventions.standingOn(clinicianId, networkId, date);
    this.groups = new CareGroupSessions(database, options.reference, this.conventionOn, this.rules);
  }

  /**
   * A signed-in caller: the clinician their account is linked to comes from the directory (one
   * query), and is the one their recordings use (recorderFor).
   */
  async actorFor(user: CurrentUser): Promise<CareActor> {
    return {
      kind: 'account',
      user,
      clinician: await this.options.directory.clinicianForAccount(user.accountId),
    };
  }

  /**
   * The one decision that `actor` records and previews for `clinicianId`, with the clinician
   * resolved once: the account's own (loaded with the actor), or, for the token holder, from the
   * directory as it was a moment ago (recording.ts).
   */
  recorderFor(actor: CareActor, clinicianId: string): Promise<RecorderDecision> {
    return recorderFor(actor, clinicianId, this.clinician);
  }

  /**
   * A clinician's recorded sessions, most recent first (at most `limit`), for their own list.
   * Null when the actor may not read them.
   */
  async clinicianSessions(actor: CareActor, clinicianId: string, limit = 100): Promise<SessionView[] | null> {
    if (actor.kind === 'account' && ownClinicianId(actor) !== clinicianId) return null;
    const rows = await sessionsOfClinician(this.database.pool, clinicianId, limit);
    const readable = rows.filter((row) => carePolicy.mayReadSession(actor, row));
    for (const row of readable) await this.oversight.read(actor, row);
    return readable.map((row) => this.view(row));
  }

  /** The networks sessions can be recorded in and statements asked for. */
  networkIds(): ReadonlySet<string> {
    return new Set(this.options.reference.snapshot().networks.keys());
  }

  /** What input errors need to be written out: the known networks, and a network's name. */
  errorContext(): ErrorContext {
    const networks = this.options.reference.snapshot().networks;
    return {
      networks: [...networks.keys()].join(', '),
      networkName: (id, locale) => nameOf(networks.get(id), id, locale),
    };
  }

  /** What patients pay on `date` (flyers, information pages); null before the scheme. */
  copaysOn(date: IsoDate): CopaySummary | null {
    return copaysOn(date, this.rules);
  }

  quote(proposed: ProposedSession, history: readonly PastSession[]): SessionDecision {
    return decideSession(proposed, history, this.rules);
  }

  /** The pseudonymous key of a patient: HMAC-SHA256 of the NISS (11 digits) with the platform secret. */
  patientKey(niss: string): string {
    const secret = this.options.patientKeySecret;
    if (!secret) throw new Error('CareService was opened without a patient key secret');
    return createHmac('sha256', secret).update(niss).digest('hex');
  }

  /**
   * Records a session and decides it, under the patient's lock: caps count every clinician and
   * network. Sessions dated after it are decided again; every change is returned and logged.
   * The recorder holds the policy's decision and the clinician: neither is asked again here.
   */
  async recordSession(recorder: Recorder, session: SessionInput): Promise<RecordOutcome> {
    const { actor, clinician } = recorder;
    const input = { ...session, clinicianId: recorder.clinicianId };
    // The convention is asked below, in the round trip that opens the transaction (sql.ts).
    const checked = await checkRecording(input, clinician, null, this.options.reference);
    if (!checked.ok) return { ok: false, status: 400, errors: checked.errors };
    const patientKey = this.patientKey(checked.niss);
    const proposed = proposedSession(input, checked.networkKind, this.rules);
    const id = randomUUID();
    const from = windowStart(input.date, this.rules);
    const conventions = this.options.directory.conventions;
    // The hour's use is taken in that round trip too, before anything is written.
    const hourlyUse = this.oversight.takeQuery(actor, input.clinicianId);
    const recorded = await this.withPatientPath(
      patientKey,
      from,
      [conventions.standingQuery(input.clinicianId, input.networkId), ...(hourlyUse ? [hourlyUse] : [])],
      async (tx, rows, [conventionRows, useRows]) => {
        const use = useRows ? this.oversight.takenFrom(useRows) : { ok: true as const };
        // Nothing written yet in either case: the transaction ends without a change.
        if (!use.ok) return use;
        const refused = conventionError(input, conventions.standingFrom(conventionRows!, input.date));
        if (refused) return { ok: false as const, status: 400 as const, errors: [refused] };
        const path = rows.map((row) => this.recorded(row));
        const [own, ...rest] = recordInPath(path, { ...proposed, id }, this.rules);
        // In the same transaction, so that a recorded session always has its clinician's name.
        if (this.namesWritten.get(checked.clinician.id) !== nameSignature(checked.clinician)) {
          await rememberClinician(tx, checked.clinician);
        }
        const insert = recordedSessionInsert(
          {
            id,
            patientKey,
            clinicianId: input.clinicianId,
            networkId: input.networkId,
            locationId: input.locationId,
            residencePostcode:
              input.residencePostcode === undefined ? null : normalizePostcode(input.residencePostcode),
            ...proposed,
          },
          own!.decision,
          this.oversight.entry(actor, 'care-session.record', {
            id,
            clinicianId: input.clinicianId,
            networkId: input.networkId,
          }),
        );
        const changes = decisionChanges(path, rest);
        const done = { ok: true as const, decision: own!.decision, changes };
        // Usually the last statement: it goes with the commit. Later sessions re-decided point
        // at this one (cause_session_id), so their update comes after it.
        if (changes.length === 0) return new ThenCommit(insert, done);
        await tx.query(insert);
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
  async previewSession(recorder: Recorder, session: SessionInput): Promise<PreviewOutcome> {
    const { actor, clinician } = recorder;
    const input = { ...session, clinicianId: recorder.clinicianId };
    const checked = await checkRecording(input, clinician, this.conventionOn, this.options.reference);
    if (!checked.ok) return { ok: false, status: 400, errors: checked.errors };
    const use = await this.oversight.take(actor, input.clinicianId);
    if (!use.ok) return use;
    // Who previewed for which network and date: never the NISS nor the patient's key.
    await this.oversight.previewed(actor, {
      clinicianId: input.clinicianId,
      networkId: input.networkId,
      date: input.date,
    });
    const rows = await patientPath(
      this.database.pool,
      this.patientKey(checked.niss),
      windowStart(input.date, this.rules),
    );
    const path = rows.map((row) => this.recorded(row));
    const [own] = recordInPath(
      path,
      { ...proposedSession(input, checked.networkKind, this.rules), id: randomUUID() },
      this.rules,
    );
    return { ok: true, decision: previewDecision(own!.decision) };
  }

  /** Cancels a session (it stays, flagged, with the reason in its log) and re-decides the later ones. */
  async cancelSession(actor: CareActor, id: string, note: string): Promise<CancelOutcome> {
    const found = await findCareSession(this.database.pool, id);
    if (!found) return { ok: false, status: 404 };
    if (!carePolicy.mayReadSession(actor, found) || !carePolicy.mayRecordFor(actor, found.clinicianId)) {
      return { ok: false, status: 403 };
    }
    const from = windowStart(found.date, this.rules);
    const outcome = await this.withPatientPath(found.patientKey, from, [], async (tx, rows) => {
      const current = await findCareSession(tx, id);
      if (!current || current.cancelled) return null;
      const path = rows.map((row) => this.recorded(row));
      const results = cancelInPath(path, id, this.rules);
      await markCancelled(tx, id, note);
      await this.oversight.cancelled(tx, actor, {
        id,
        clinicianId: current.clinicianId,
        networkId: current.networkId,
      });
      const changes = await this.applyChanges(tx, path, results, id);
      // Read inside the transaction: once it commits, the answer needs nothing more from the database.
      const [row, events] = await Promise.all([findCareSession(tx, id), sessionEvents(tx, id)]);
      return { row: row!, events, changes };
    });
    if (!outcome) return { ok: false, status: 409 };
    return {
      ok: true,
      session: this.view(outcome.row),
      events: outcome.events.map(eventView),
      changes: visibleChanges(actor, outcome.changes),
    };
  }

  async getSession(actor: CareActor, id: string): Promise<SessionRead | null> {
    const row = await findCareSession(this.database.pool, id);
    if (!row || !carePolicy.mayReadSession(actor, row)) return null;
    const events = await sessionEvents(this.database.pool, id);
    await this.oversight.read(actor, row);
    return { session: this.view(row), events: events.map(eventView) };
  }

  /**
   * Moves recorded changes into the statements' counters (a poller calls it); returns how many.
   * A backlog (after an import, or an outage) may take longer than a request may: long work.
   */
  foldStatementChanges(): Promise<number> {
    return foldStatementChanges(this.database.longWork.db);
  }

  /**
   * Decides every session again from nothing and counts those whose stored decision differs
   * (an audit after a change of configuration, and the benchmark's "re-decide everything").
   */
  async recheckDecisions(actor: CareActor): Promise<RecheckTotals | null> {
    if (!carePolicy.mayReadStatement(actor, null)) return null;
    return recheckAll(this.database.pool, this.rules);
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
   * and the rows of `alongside`, all read in the round trip that opens the transaction (sql.ts).
   */
  private withPatientPath<T>(
    key: string,
    from: IsoDate,
    alongside: readonly string[],
    work: (
      tx: SqlClient,
      path: CareSessionRow[],
      alongside: pg.QueryResultRow[][],
    ) => Promise<T | ThenCommit<T>>,
  ): Promise<T> {
    return withPatientLocked(
      this.database.pool,
      key,
      async (tx, [path, ...read]) => work(tx, path as CareSessionRow[], read),
      [patientPathQuery(key, from), ...alongside],
    );
  }

  private recorded(row: CareSessionRow): StoredPathSession {
    return { ...toRecordedSession(row, this.rules.capWindow.months), row };
  }

  private view(row: CareSessionRow): SessionView {
    return sessionView(row, this.rules.capWindow.months);
  }
}
