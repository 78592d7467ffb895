// The events' JSON API (the contract an outside test checks):
//   GET  /api/v1/events?kind=&language=&zone=&from=   the public agenda
//   POST /api/v1/events/{id}/registrations            register without an account

import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import {
  fieldErrorsFromValidation,
  invalidParameters,
  ProblemError,
  StandardProblem,
} from '../platform/http/problem.ts';
import { IsoDateString, LangParam, Problem, Uuid } from '../platform/http/schemas.ts';
import { parseBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { EVENT_KINDS, EVENT_LANGUAGES } from './domain/event.ts';
import { checkRegistration, REGISTRATION_LIMITS } from './domain/registration.ts';
import { brusselsInstant } from './domain/time.ts';
import { registrationIssues } from './issues.ts';
import { eventsMessages } from './messages.ts';
import type { EventService } from './service.ts';
import type { EventRow } from './store.ts';

const AgendaQuery = Type.Object(
  {
    kind: Type.Optional(Type.Enum([...EVENT_KINDS])),
    language: Type.Optional(Type.Enum([...EVENT_LANGUAGES])),
    zone: Type.Optional(Type.String({ maxLength: 60 })),
    from: Type.Optional(IsoDateString),
    lang: LangParam,
  },
  { additionalProperties: false },
);

const EventItem = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  language: Type.String(),
  zone: Type.String(),
  capacity: Type.Integer(),
  registered: Type.Integer(),
  waitlisted: Type.Integer(),
  venue: Type.Union([Type.String(), Type.Null()]),
});

const RegistrationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: REGISTRATION_LIMITS.name }),
    email: Type.String({ minLength: 1, maxLength: REGISTRATION_LIMITS.email }),
    language: Type.Enum([...EVENT_LANGUAGES]),
    practice: Type.Optional(Type.String({ maxLength: REGISTRATION_LIMITS.practice })),
  },
  { additionalProperties: false },
);

const RegistrationAnswer = Type.Object({
  reference: Type.String(),
  status: Type.Enum(['registered', 'waitlisted']),
});

function item(event: EventRow) {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    language: event.language,
    zone: event.zoneId,
    capacity: event.capacity,
    registered: event.registered,
    waitlisted: event.waitlisted,
    venue: event.venue,
  };
}

/** What the body holds as text, whatever its shape (a schema error must not hide the others). */
function textOf(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

export function registerEventRoutes(app: FastifyInstance, events: EventService): void {
  app.get(
    '/api/v1/events',
    {
      schema: {
        summary: 'Upcoming events: knowledge sessions for GPs, CPM meetings, group sessions for the public',
        description:
          'Scheduled events from `from` (a date, Brussels time; today by default), soonest first. `registered` and ' +
          '`waitlisted` count live registrations.',
        tags: ['events'],
        querystring: AgendaQuery,
        response: { 200: Type.Object({ items: Type.Array(EventItem) }), 400: Problem },
      },
    },
    async (request) => {
      const query = request.query as Type.Static<typeof AgendaQuery>;
      const day = query.from ? parseBelgianDate(query.from) : null;
      if (query.from && !day) {
        throw invalidParameters(request.locale, [
          { field: 'from', code: 'invalid', message: eventsMessages[request.locale].agenda.fromInvalid },
        ]);
      }
      const rows = await events.list({
        kind: query.kind,
        language: query.language,
        zoneId: query.zone,
        from: day ? brusselsInstant(day, '00:00') : undefined,
      });
      return { items: rows.map(item) };
    },
  );

  app.post(
    '/api/v1/events/:id/registrations',
    {
      attachValidation: true,
      schema: {
        summary: 'Register for an event, without an account',
        description:
          'A place while there is one, otherwise the waiting list (`status`). A confirmation e-mail with an .ics ' +
          'and a cancel link follows. Invalid input → 400 naming every field; the same e-mail twice, or a past or ' +
          'cancelled event → 409; no such event → 404.',
        tags: ['events'],
        params: Type.Object({ id: Uuid }, { additionalProperties: false }),
        querystring: Type.Object({ lang: LangParam }, { additionalProperties: false }),
        body: RegistrationBody,
        response: { 201: RegistrationAnswer, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request: FastifyRequest, reply) => {
      const { id } = request.params as { id: string };
      // An id that is not a UUID names no event: 404, as for one that does not exist.
      if (!isUuid(String(id))) throw new StandardProblem(404, 'not-found');
      const event = await events.find(id);
      if (!event) throw new StandardProblem(404, 'not-found');
      const locale = request.locale;
      const body = request.body;
      const checked = checkRegistration(
        {
          name: textOf(body, 'name'),
          email: textOf(body, 'email'),
          language: textOf(body, 'language'),
          practice: textOf(body, 'practice'),
        },
        event.kind as 'cpm',
        { practiceRequired: false },
      );
      const schemaErrors = request.validationError?.validation
        ? fieldErrorsFromValidation(locale, request.validationError.validation)
        : [];
      if (schemaErrors.length > 0 || !checked.ok) {
        const named = new Set(schemaErrors.map((error) => error.field));
        const domain = checked.ok
          ? []
          : registrationIssues(locale, checked.issues).filter((e) => !named.has(e.field));
        throw invalidParameters(locale, [...schemaErrors, ...domain]);
      }
      const outcome = await events.register(id, checked.value);
      if (!outcome.ok) {
        if (outcome.reason === 'not-found') throw new StandardProblem(404, 'not-found');
        const m = eventsMessages[locale].api;
        throw new ProblemError(409, 'conflict', outcome.reason === 'duplicate' ? m.duplicate : m.closed);
      }
      return reply.code(201).send({ reference: outcome.reference, status: outcome.status });
    },
  );
}
