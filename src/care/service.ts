import { createHmac } from 'node:crypto';
import type { Clinician } from '../directory/domain/types.ts';
import type { DirectoryService } from '../directory/service.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { nameOf } from '../reference/names.ts';
import type { ReferenceService } from '../reference/service.ts';
import {
  type CareActor,
  carePolicy,
  ownClinicianId,
  type Recorder,
  type RecorderDecision,
  recorderFor,
} from './access.ts';
import { type CopaySummary, copaysOn } from './copays.ts';
import {
  type CareRulesConfig,
  DEFAULT_CARE_RULES_CONFIG,
  decideSession,
  type IsoDate,
  type PastSession,
  type ProposedSession,
  type SessionDecision,
} from './domain/index.ts';
import { CareGroupSessions } from './group-sessions.ts';
import type { ErrorContext } from './input-errors.ts';
import {
  type CancelOutcome,
  eventView,
  type PreviewOutcome,
  type RecordOutcome,
  type SessionRead,
  type SessionView,
} from './outcomes.ts';
import { CareOversight } from './oversight.ts';
import { PatientPaths } from './patient-paths.ts';
import { type RecheckTotals, recheckAll } from './recheck.ts';
import { type ConventionLookup, recentClinicians, type SessionInput } from './recording.ts';
import { CareStaffReads } from './staff-reads.ts';
import { foldStatementChanges } from './statement-rows.ts';
import {
  type CareSessionRow,
  findCareSession,
  sessionEvents,
  sessionsOfClinician,
  sessionView,
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
  /** Recording, previewing and cancelling: what changes a patient's path (patient-paths.ts). */
  private readonly paths: PatientPaths;

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
    this.paths = new PatientPaths({
      database,
      directory: options.directory,
      reference: options.reference,
      rules: this.rules,
      oversight: this.oversight,
      conventionOn: this.conventionOn,
      patientKey: (niss) => this.patientKey(niss),
    });
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
   */
  recordSession(recorder: Recorder, session: SessionInput): Promise<RecordOutcome> {
    return this.paths.record(recorder, session);
  }

  /** The decision recording would give now, nothing stored: what a clinician sees before confirming. */
  previewSession(recorder: Recorder, session: SessionInput): Promise<PreviewOutcome> {
    return this.paths.preview(recorder, session);
  }

  /** Cancels a session (it stays, flagged, with the reason in its log) and re-decides the later ones. */
  cancelSession(actor: CareActor, id: string, note: string): Promise<CancelOutcome> {
    return this.paths.cancel(actor, id, note);
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

  private view(row: CareSessionRow): SessionView {
    return sessionView(row, this.rules.capWindow.months);
  }
}
