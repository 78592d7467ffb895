// A GP's knowledge-session request becomes an event in one step: the coordinator of the request's
// zone opens the event form from the case page, already filled from the request (kind, topics,
// zone, language, audience, the assigned clinician as leader), adds date, time, place and
// capacity, and the event keeps the request's id. The request's read goes through the requests'
// case work (policy and audit); making the event goes through event.create as any other.

import { eq } from 'drizzle-orm';
import { authorize } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { cases } from '../platform/cases/tables.ts';
import type { Database } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { isOneOf } from '../platform/vocabulary/index.ts';
import { caseResource } from '../requests/case-work.ts';
import type { RequestService } from '../requests/service.ts';
import { EVENT_LANGUAGES, type EventDraft, type EventForm } from './domain/event.ts';
import { EMPTY_FORM } from './event-form.tsx';
import { requestEventMessages } from './request-messages.ts';
import type { EventService } from './service.ts';
import type { EventRow } from './store.ts';
import * as store from './store.ts';

/** What an event takes from the request it is made from. */
export interface EventSource {
  caseId: string;
  reference: string;
  zoneId: string;
  language: string;
  topics: string[];
  practice: string;
  preferredTimes: string | null;
  /** The clinician the coordinator assigned to the request (latest), if any. */
  clinician: { id: string; name: string } | null;
}

const OPEN = new Set(['submitted', 'acknowledged', 'in-progress', 'scheduled']);

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string }).code === '23505' ||
  (error as { cause?: { code?: string } }).cause?.code === '23505';

export type FromRequestOutcome = { ok: true; event: EventRow } | { ok: false; reason: 'exists' };

export class RequestEvents {
  constructor(
    private readonly database: Database,
    private readonly events: EventService,
    private readonly requests: RequestService,
  ) {}

  /**
   * The request, when it can become an event: a GP's knowledge-session request, still open, and
   * the person works on it (case.update: a coordinator of its zone). 401 signed out; 404 for a
   * case they may not see or that is no knowledge-session request; 409 once it is closed.
   */
  async source(user: CurrentUser | null, caseId: string): Promise<EventSource> {
    const view = await this.requests.cases.view(user, caseId);
    authorize(user, 'case.update', caseResource(view.record));
    const { request, record } = view;
    if (request.requestType !== 'support-request' || request.kind !== 'knowledge-session')
      throw new StandardProblem(404, 'not-found');
    if (!OPEN.has(record.status)) throw new StandardProblem(409, 'conflict');
    const details = request.details as {
      topics?: unknown;
      practice?: { name?: unknown };
      preferredTimes?: unknown;
    };
    const assigned = view.actions.filter((action) => action.type === 'assign-clinician').at(-1)?.payload;
    return {
      caseId: record.id,
      reference: record.reference,
      zoneId: record.zoneId,
      language: request.language,
      topics: Array.isArray(details.topics) ? details.topics.filter((t) => typeof t === 'string') : [],
      practice: typeof details.practice?.name === 'string' ? details.practice.name : request.organisationName,
      preferredTimes: typeof details.preferredTimes === 'string' ? details.preferredTimes : null,
      clinician:
        typeof assigned?.clinicianId === 'string'
          ? { id: assigned.clinicianId, name: String(assigned.clinicianName ?? '') }
          : null,
    };
  }

  /** The form, filled from the request; the organiser adds when, where and how many. */
  formFor(source: EventSource, locale: Locale): EventForm {
    return {
      ...EMPTY_FORM,
      kind: 'knowledge-session',
      title: format(locale, requestEventMessages[locale].titleDefault, { practice: source.practice }),
      zoneId: source.zoneId,
      language: isOneOf(EVENT_LANGUAGES, source.language) ? source.language : '',
      topics: source.topics,
      audience: 'gps',
      leader: source.clinician?.name ?? '',
    };
  }

  /** The scheduled event made from a request (for the case page), or null. */
  eventOf(caseId: string): Promise<EventRow | null> {
    return store.scheduledEventOfRequest(this.database.db, caseId);
  }

  /** Makes the event, linked to the request and led by its assigned clinician; one per request. */
  async create(user: CurrentUser | null, caseId: string, draft: EventDraft): Promise<FromRequestOutcome> {
    const source = await this.source(user, caseId);
    if (await this.eventOf(source.caseId)) return { ok: false, reason: 'exists' };
    try {
      const event = await this.events.create(user, draft, {
        requestCaseId: source.caseId,
        leaderClinicianId: source.clinician?.id ?? null,
      });
      return { ok: true, event };
    } catch (error) {
      // Two coordinators submitting at once: the unique index keeps one event per request.
      if (isUniqueViolation(error)) return { ok: false, reason: 'exists' };
      throw error;
    }
  }

  /** The request's reference, for the event's organiser page (the platform's cases table). */
  async referenceOf(caseId: string): Promise<string | null> {
    const [row] = await this.database.db
      .select({ reference: cases.reference })
      .from(cases)
      .where(eq(cases.id, caseId));
    return row?.reference ?? null;
  }
}
