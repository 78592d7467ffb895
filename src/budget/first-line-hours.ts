// Clinicians' time for first-line support: a clinician records the hours spent on the case of a
// GP or an organisation they were assigned to, or on a GP event they ran (knowledge session, CPM
// meeting), sees what they recorded and corrects an entry with a reason; the budget values them
// at the network's first-line hourly rate and counts them as consumed in its first-line support
// envelope (domain/figures.ts).

import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { DirectoryService } from '../directory/service.ts';
import type { EventService } from '../events/service.ts';
import { audit } from '../platform/audit/audit.ts';
import { authorize, decide, type Resource, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { cases } from '../platform/cases/tables.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { brusselsDay, type IsoDate } from '../platform/identifiers/belgian-date.ts';
import type { RequestService } from '../requests/service.ts';
import { type CorrectionForm, type CorrectionIssue, checkCorrection } from './first-line-hours-correction.ts';
import { checkHoursForm, type HoursForm, type HoursIssue } from './first-line-hours-form.ts';
import { firstLineHours } from './tables.ts';

/** Quarter hours of first-line support recorded for a network on days from `from` until before `until`. */
export async function firstLineQuarterHours(
  db: Executor,
  networkId: string,
  from: IsoDate,
  until: IsoDate,
): Promise<number> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(${firstLineHours.quarterHours})` })
    .from(firstLineHours)
    .where(
      and(
        eq(firstLineHours.networkId, networkId),
        gte(firstLineHours.day, from),
        lt(firstLineHours.day, until),
      ),
    );
  return Number(row?.total ?? 0);
}

export type RecordHoursOutcome =
  | { ok: true; id: string; reference: string }
  | { ok: false; status: 400 | 403; issues: HoursIssue[] };

export class FirstLineHoursService {
  constructor(
    private readonly database: Database,
    private readonly directory: DirectoryService,
    private readonly requests: RequestService,
    private readonly events: EventService,
    private readonly clock: Clock,
  ) {}

  /** The signed-in clinician's own profile: 401 signed out, 403 without a linked profile or the role. */
  async ownClinician(user: CurrentUser | null | undefined) {
    const person = requireUser(user);
    const clinician = await this.directory.clinicianForAccount(person.accountId);
    authorize(person, 'clinician-profile.read', {
      type: 'clinician-profile',
      id: clinician?.id,
      ownerAccountId: clinician ? person.accountId : null,
    });
    return clinician!;
  }

  today(): IsoDate {
    return brusselsDay(this.clock());
  }

  /**
   * Records the hours, or says why not. A case that does not exist and one assigned to someone
   * else are refused alike, so that references cannot be probed through this form; so are an
   * event that does not exist and one the clinician does not run.
   */
  async record(user: CurrentUser | null | undefined, form: HoursForm): Promise<RecordHoursOutcome> {
    const clinician = await this.ownClinician(user);
    const person = user!;
    const checked = checkHoursForm(form, this.today());
    if (!checked.ok) return { ok: false, status: 400, issues: checked.issues };
    const input = checked.value;
    const subject = input.event
      ? await this.eventSubject(person, clinician.id, input.event)
      : await this.caseSubject(person, clinician.id, input.reference);
    if ('issue' in subject) return { ok: false, status: 403, issues: [subject.issue] };
    const networks = subject.networkIds;
    const networkId =
      input.network === '' ? (networks.length === 1 ? networks[0] : undefined) : input.network;
    if (networkId === undefined || !networks.includes(networkId)) {
      return { ok: false, status: 400, issues: [{ field: 'network', code: 'network-required' }] };
    }
    const id = randomUUID();
    const at = this.clock();
    await this.database.db.transaction(async (tx) => {
      await tx.insert(firstLineHours).values({
        id,
        networkId,
        clinicianId: clinician.id,
        caseId: subject.caseId,
        eventId: subject.eventId,
        day: input.day,
        quarterHours: input.quarterHours,
        kind: input.kind,
        recordedAt: at,
        recordedBy: person.email,
      });
      await audit.record(tx, {
        actor: { accountId: person.accountId, email: person.email },
        action: subject.eventId ? 'event.record-hours' : 'first-line-hours.record',
        resource: subject.eventId
          ? { type: 'event', id: subject.eventId }
          : { type: 'case', id: subject.caseId },
        networkId,
      });
    });
    return { ok: true, id, reference: subject.label };
  }

  /** The case the clinician is assigned to, by its reference. */
  private async caseSubject(person: CurrentUser, clinicianId: string, reference: string): Promise<Subject> {
    const assignment = await this.requests.assignmentByReference(reference);
    const decision = decide(person, 'first-line-hours.record', {
      type: 'case',
      id: assignment?.caseId,
      networkIds: assignment?.networkIds,
      zoneId: assignment?.zoneId,
      // The assigned clinician's account: the one person who may record time on the case.
      ownerAccountId: assignment && assignment.clinicianId === clinicianId ? person.accountId : null,
    });
    if (!assignment || decision !== 'allow') return { issue: { field: 'reference', code: 'not-assigned' } };
    const { caseId, networkIds } = assignment;
    return { caseId, eventId: null, networkIds, label: assignment.reference };
  }

  /** A GP event the clinician ran (organised or leads), started by now: the zone's networks pay. */
  private async eventSubject(person: CurrentUser, clinicianId: string, eventId: string): Promise<Subject> {
    const event = await this.events.find(eventId);
    const runner = { accountId: person.accountId, clinicianId };
    const runs = event !== null && this.events.runs(event, runner);
    const resource: Resource = event
      ? { ...this.events.resourceOf(event), ownerAccountId: runs ? person.accountId : null }
      : { type: 'event' };
    const gpEvent = event?.kind === 'knowledge-session' || event?.kind === 'cpm';
    const held = event !== null && event.status === 'scheduled' && event.startsAt <= this.clock();
    if (!event || !gpEvent || !held || decide(person, 'event.record-hours', resource) !== 'allow')
      return { issue: { field: 'event', code: 'not-running' } };
    return {
      caseId: null,
      eventId: event.id,
      networkIds: [...(resource.networkIds ?? [])],
      label: event.title,
    };
  }

  /** The GP events the clinician ran in the last year, for the form's list. */
  async runEvents(user: CurrentUser | null | undefined) {
    const clinician = await this.ownClinician(user);
    return this.events.gpEventsRunBy({ accountId: user!.accountId, clinicianId: clinician.id });
  }

  /** The clinician's recorded hours, latest first, each with its request's reference or event's title. */
  async entries(user: CurrentUser | null | undefined, only?: string): Promise<HoursEntry[]> {
    const clinician = await this.ownClinician(user);
    const mine = eq(firstLineHours.clinicianId, clinician.id);
    const rows = await this.database.db
      .select({ hours: firstLineHours, reference: cases.reference })
      .from(firstLineHours)
      .leftJoin(cases, eq(cases.id, firstLineHours.caseId))
      .where(only ? and(mine, eq(firstLineHours.id, only)) : mine)
      .orderBy(desc(firstLineHours.day), desc(firstLineHours.recordedAt))
      .limit(200);
    const titles = new Map<string, string>();
    for (const eventId of new Set(rows.map((row) => row.hours.eventId).filter((id) => id !== null))) {
      titles.set(eventId, (await this.events.find(eventId))?.title ?? '');
    }
    return rows.map(({ hours, reference }) => ({
      ...hours,
      subject: hours.eventId ? (titles.get(hours.eventId) ?? '') : (reference ?? ''),
    }));
  }

  /** One of the clinician's own entries; 404 for anyone else's (entries are not public). */
  async entry(user: CurrentUser | null | undefined, id: string): Promise<HoursEntry> {
    const [found] = await this.entries(user, id);
    if (!found) throw new StandardProblem(404, 'not-found');
    return found;
  }

  /**
   * Corrects an entry (its day and hours; 0 withdraws it) with a reason; the audit log keeps what
   * it was, what it became and why.
   */
  async correct(
    user: CurrentUser | null | undefined,
    id: string,
    form: CorrectionForm,
  ): Promise<{ ok: true } | { ok: false; issues: CorrectionIssue[] }> {
    const entry = await this.entry(user, id);
    const person = user!;
    const checked = checkCorrection(form, this.today());
    if (!checked.ok) return checked;
    const { day, quarterHours, reason } = checked.value;
    await this.database.db.transaction(async (tx) => {
      await tx
        .update(firstLineHours)
        .set({ day, quarterHours, correctedAt: this.clock(), correctionReason: reason })
        .where(and(eq(firstLineHours.id, id), eq(firstLineHours.clinicianId, entry.clinicianId)));
      await audit.record(tx, {
        actor: { accountId: person.accountId, email: person.email },
        action: 'first-line-hours.correct',
        resource: entry.eventId ? { type: 'event', id: entry.eventId } : { type: 'case', id: entry.caseId },
        networkId: entry.networkId,
        detail: {
          entry: id,
          before: { day: entry.day, quarterHours: entry.quarterHours },
          after: { day, quarterHours },
          reason,
        },
      });
    });
    return { ok: true };
  }
}

type Subject =
  | { caseId: string | null; eventId: string | null; networkIds: readonly string[]; label: string }
  | { issue: HoursIssue };

export type HoursEntry = typeof firstLineHours.$inferSelect & { subject: string };
