// A group session of the care convention recorded from its attendance, in one step: when the
// conventioned clinician who leads it marks who came, each present participant's group session
// is recorded through care's own use cases (CareService.recordSession, or for a free and
// anonymous community group care.groups.recordAnonymous), once per registration.
//
// Once per registration: event_care_sessions keeps a row per registration recorded. The row is
// taken before care records (a second marking at the same time finds it taken and skips it),
// then completed with the session's id, or given back when care refuses, so that the organiser
// corrects the national number and saves again.

import { and, eq, isNull } from 'drizzle-orm';
import {
  CARE_FUNCTIONS,
  type CareFunction,
  conventionOn,
  isAnonymousGroupFunction,
} from '../care/domain/index.ts';
import { inputErrorMessage } from '../care/input-errors.ts';
import type { CareService, Recorder } from '../care/service.ts';
import type { Clinician } from '../directory/domain/types.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Database } from '../platform/db/database.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import { validateNiss } from '../platform/identifiers/niss.ts';
import { careGroupMessages } from './care-group-messages.ts';
import type { EventService } from './service.ts';
import type { EventRow, RegistrationRow } from './store.ts';
import { eventCareSessions } from './tables.ts';

export type CareGroupLink = typeof eventCareSessions.$inferSelect;

/** What the organiser sends with the attendance (typed values, kept as typed). */
export interface CareGroupSubmission {
  /** '' when no care session is to be recorded. */
  careFunction: string;
  networkId: string;
  locationId: string;
  /** Per registration id. */
  niss: Record<string, string>;
  bim: ReadonlySet<string>;
  assessment: ReadonlySet<string>;
}

/** Who may record the group's care sessions: the conventioned clinician leading it, as care's recorder. */
export interface CareGroupRecorder {
  recorder: Recorder;
  clinician: Clinician;
}

export interface CareGroupOutcome {
  recorded: number;
  /** Field name (careFunction, networkId, locationId, niss-<registration id>) → sentence. */
  errors: Record<string, string>;
}

/** The care functions offered in groups on a date: what the organiser chooses from. */
export function groupFunctionsOn(date: string): CareFunction[] {
  const convention = conventionOn(date);
  if (!convention) return [];
  return CARE_FUNCTIONS.filter((fn) => convention.functions[fn]?.modes.group !== undefined);
}

export class CareGroups {
  constructor(
    private readonly database: Database,
    private readonly events: EventService,
    private readonly care: CareService,
  ) {}

  /** The day the group met (its sessions' date), in Brussels. */
  dayOf(event: Pick<EventRow, 'startsAt'>): string {
    return brusselsDay(event.startsAt);
  }

  networkName(id: string, locale: Locale): string {
    return this.events.reference.snapshot().networks.get(id)?.names[locale] ?? id;
  }

  isAnonymous(event: Pick<EventRow, 'startsAt'>, careFunction: CareFunction): boolean {
    return isAnonymousGroupFunction(this.dayOf(event), careFunction, this.care.rules);
  }

  /**
   * The recorder for this event's care sessions: only a group session, and only its leading
   * clinician (the account's own clinician, who organised it or was named its leader).
   */
  async recorderFor(user: CurrentUser | null, event: EventRow): Promise<CareGroupRecorder | null> {
    if (!user || event.kind !== 'group-session' || event.status === 'cancelled') return null;
    const actor = await this.care.actorFor(user);
    const clinician = actor.kind === 'account' ? actor.clinician : null;
    if (!clinician || clinician.networks.length === 0) return null;
    const leads =
      event.leaderClinicianId === clinician.id ||
      (event.leaderClinicianId === null && event.organiserAccountId === user.accountId);
    if (!leads) return null;
    const decision = await this.care.recorderFor(actor, clinician.id);
    return decision.ok ? { recorder: decision.recorder, clinician } : null;
  }

  links(eventId: string): Promise<CareGroupLink[]> {
    return this.database.db.select().from(eventCareSessions).where(eq(eventCareSessions.eventId, eventId));
  }

  /** The sessions recorded for the event, as its clinician reads them. */
  async recordedSessions(who: CareGroupRecorder, links: readonly CareGroupLink[]) {
    const done = links.filter((link) => link.careSessionId !== null);
    return this.care.groups.sessionsByIds(
      who.recorder.actor,
      done.filter((link) => !link.anonymous).map((link) => link.careSessionId!),
      done.filter((link) => link.anonymous).map((link) => link.careSessionId!),
    );
  }

  /**
   * Marks attendance (always), then records the care session of each present participant not
   * recorded yet. Errors name the field to correct; what was recorded stays recorded.
   */
  async markAndRecord(
    user: CurrentUser | null,
    eventId: string,
    present: readonly string[],
    submission: CareGroupSubmission,
    locale: Locale,
  ): Promise<CareGroupOutcome> {
    await this.events.recordAttendance(user, eventId, present);
    if (submission.careFunction === '') return { recorded: 0, errors: {} };
    const { event, registrations } = await this.events.managedEvent(user, eventId);
    const who = await this.recorderFor(user, event);
    if (!who) return { recorded: 0, errors: {} };
    const m = careGroupMessages[locale].errors;
    const day = this.dayOf(event);
    const errors: Record<string, string> = {};
    const careFunction = groupFunctionsOn(day).find((fn) => fn === submission.careFunction);
    if (!careFunction) errors.careFunction = m.careFunction;
    if (!who.clinician.networks.includes(submission.networkId)) errors.networkId = m.network;
    if (!who.clinician.locations.some((l) => l.id === submission.locationId)) errors.locationId = m.location;
    if (day > brusselsDay(this.events.now())) errors.careFunction = m.notYet;
    if (!careFunction || Object.keys(errors).length > 0) return { recorded: 0, errors };

    const anonymous = this.isAnonymous(event, careFunction);
    const taken = new Set((await this.links(eventId)).map((link) => link.registrationId));
    const presentIds = new Set(present);
    const due = registrations.filter(
      (r: RegistrationRow) => r.status === 'registered' && presentIds.has(r.id) && !taken.has(r.id),
    );
    let recorded = 0;
    for (const registration of due) {
      const field = `niss-${registration.id}`;
      const common = {
        date: day,
        function: careFunction,
        networkId: submission.networkId,
        locationId: submission.locationId,
      };
      let session: Omit<Parameters<CareService['recordSession']>[1], keyof typeof common> | null = null;
      if (!anonymous) {
        const typed = (submission.niss[registration.id] ?? '').trim();
        const niss = validateNiss(typed);
        if (typed === '') errors[field] = format(locale, m.nissMissing, { name: registration.name });
        else if (!niss.ok)
          errors[field] = this.careError(locale, niss.error === 'format' ? 'niss-format' : 'niss-checksum');
        else if (!niss.birthDate) errors[field] = m.nissNoBirthDate;
        if (!niss.ok || !niss.birthDate || typed === '') continue;
        session = {
          niss: niss.niss,
          birthDate: niss.birthDate,
          bim: submission.bim.has(registration.id),
          mode: 'group',
          functionalAssessment: submission.assessment.has(registration.id),
        };
      }
      if (!(await this.take(event.id, registration.id, careFunction, anonymous))) continue;
      const outcome = session
        ? await this.care.recordSession(who.recorder, { ...common, ...session })
        : await this.care.groups.recordAnonymous(who.recorder, {
            ...common,
            sourceKey: `event-registration:${registration.id}`,
            groupKey: `event:${event.id}`,
          });
      if (outcome.ok) {
        await this.complete(registration.id, outcome.id);
        recorded += 1;
        continue;
      }
      await this.giveBack(registration.id);
      errors[field] =
        outcome.status === 400
          ? outcome.errors.map((error) => this.careError(locale, error.code, error)).join(' ')
          : outcome.status === 429
            ? format(locale, m.limit, { minutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)) })
            : m.anonymousRefused;
      // The hourly limit refuses every following one too: stop here.
      if (outcome.status === 429) break;
    }
    return { recorded, errors };
  }

  private careError(
    locale: Locale,
    code: Parameters<typeof inputErrorMessage>[1]['code'],
    error?: Parameters<typeof inputErrorMessage>[1],
  ): string {
    return inputErrorMessage(locale, error ?? { field: 'niss', code }, this.care.errorContext());
  }

  /** Takes the registration for recording; false when another marking took it first. */
  private async take(eventId: string, registrationId: string, careFunction: string, anonymous: boolean) {
    const rows = await this.database.db
      .insert(eventCareSessions)
      .values({ registrationId, eventId, careFunction, anonymous })
      .onConflictDoNothing()
      .returning({ id: eventCareSessions.registrationId });
    return rows.length > 0;
  }

  private async complete(registrationId: string, careSessionId: string): Promise<void> {
    await this.database.db
      .update(eventCareSessions)
      .set({ careSessionId })
      .where(eq(eventCareSessions.registrationId, registrationId));
  }

  private async giveBack(registrationId: string): Promise<void> {
    await this.database.db
      .delete(eventCareSessions)
      .where(
        and(eq(eventCareSessions.registrationId, registrationId), isNull(eventCareSessions.careSessionId)),
      );
  }
}
