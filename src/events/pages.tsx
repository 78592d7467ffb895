// The public side of events: the agenda per language (/{locale}/events, filters by kind, zone,
// language and date), each event's page with its registration form (plain HTML, CSRF like the
// other public forms), the confirmation, and cancelling by the e-mailed link. No JavaScript.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { format, type Locale, languageName } from '../platform/i18n/index.ts';
import { brusselsDay, parseBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { ErrorSummary, type FormErrors, Select, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { isOneOf } from '../platform/vocabulary/index.ts';
import type { CareGroups } from './care-groups.ts';
import { EVENT_KINDS, EVENT_LANGUAGES, type EventKind } from './domain/event.ts';
import { checkRegistration, type RegistrationForm } from './domain/registration.ts';
import { brusselsInstant } from './domain/time.ts';
import type { RequestEvents } from './from-request.ts';
import { byField, registrationIssues } from './issues.ts';
import { eventsMessages } from './messages.ts';
import { organiserMessages } from './organiser-messages.ts';
import { CancelPage, EventPage, MessagePage } from './public-views.tsx';
import type { EventService } from './service.ts';
import { registerEventStaffPages } from './staff-pages.tsx';
import type { EventRow } from './store.ts';
import { eventKindLabel, whenOf } from './wording.ts';

interface AgendaFilter {
  kind: string;
  zone: string;
  language: string;
  from: string;
}

function AgendaPage(props: {
  ctx: PageContext;
  events: EventRow[];
  filter: AgendaFilter;
  errors: FormErrors;
  zones: Array<{ value: string; label: string }>;
  /** The person may organise events: a link to their list. */
  organiser: boolean;
}) {
  const { ctx, events, filter, errors, zones, organiser } = props;
  const m = eventsMessages[ctx.locale].agenda;
  return (
    <Layout ctx={ctx} title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {organiser ? (
        <p>
          <a href={`/${ctx.locale}/events/manage`}>{organiserMessages[ctx.locale].manage.all}</a>
        </p>
      ) : null}
      <form method="get" class="form filters" aria-label={m.filters}>
        <Select
          id="kind"
          label={m.kind}
          value={filter.kind}
          emptyLabel={m.any}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: eventKindLabel(ctx.locale, kind) }))}
        />
        <Select id="zone" label={m.zone} value={filter.zone} emptyLabel={m.any} options={zones} />
        <Select
          id="language"
          label={m.language}
          value={filter.language}
          emptyLabel={m.any}
          options={EVENT_LANGUAGES.map((code) => ({ value: code, label: languageName(code, ctx.locale) }))}
        />
        <TextInput
          id="from"
          label={m.from}
          hint={m.fromHint}
          value={filter.from}
          error={errors.from}
          width="medium"
        />
        <button type="submit" class="button button--secondary">
          {m.apply}
        </button>
      </form>
      <h2 role="status">{format(ctx.locale, m.count, { count: events.length })}</h2>
      {events.length === 0 ? <p>{m.none}</p> : null}
      <ul class="result-list">
        {events.map((event) => (
          <li class="result" key={event.id}>
            <h3>
              <a href={`/${ctx.locale}/events/${event.id}`}>{event.title}</a>
            </h3>
            <p>
              {eventKindLabel(ctx.locale, event.kind)} · {whenOf(ctx.locale, event)} ·{' '}
              {languageName(event.language, ctx.locale)}
            </p>
            <p>
              {event.venue ?? m.online} ·{' '}
              {format(ctx.locale, m.places, { free: Math.max(0, event.capacity - event.registered) })}
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function registrationForm(body: unknown, locale: Locale): RegistrationForm {
  return {
    name: queryValue(body, 'name').slice(0, 400),
    email: queryValue(body, 'email').slice(0, 400),
    language: queryValue(body, 'language').slice(0, 2) || locale,
    practice: queryValue(body, 'practice').slice(0, 400),
  };
}

export function registerEventPages(
  app: FastifyInstance,
  events: EventService,
  fromRequests: RequestEvents | null = null,
  careGroups: CareGroups | null = null,
): void {
  const zoneOptions = (locale: Locale) =>
    events.zoneIds().map((id) => ({ value: id, label: events.zoneName(id, locale) }));
  const loadEvent = async (request: FastifyRequest) => {
    const { id } = request.params as { id: string };
    return isUuid(id) ? events.find(id) : null;
  };
  const notFound = (reply: FastifyReply) => reply.callNotFound();
  for (const { locale, path } of localizedPaths('/events')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const q = request.query;
      const filter = {
        kind: queryValue(q, 'kind').slice(0, 40),
        zone: queryValue(q, 'zone').slice(0, 60),
        language: queryValue(q, 'language').slice(0, 2),
        from: queryValue(q, 'from').slice(0, 24),
      };
      const day = filter.from.trim() ? parseBelgianDate(filter.from) : null;
      const errors: FormErrors =
        filter.from.trim() && !day ? { from: eventsMessages[locale].agenda.fromInvalid } : {};
      const rows = await events.list({
        kind: isOneOf(EVENT_KINDS, filter.kind) ? filter.kind : undefined,
        zoneId: events.zoneIds().includes(filter.zone) ? filter.zone : undefined,
        language: isOneOf(EVENT_LANGUAGES, filter.language) ? filter.language : undefined,
        from: day && day > brusselsDay(events.now()) ? brusselsInstant(day, '00:00') : undefined, // The agenda never lists the past, whatever `from` says.
      });
      const ctx = pageContext(request);
      return sendPage(
        reply,
        h(AgendaPage, {
          ctx,
          events: rows,
          filter,
          errors,
          zones: zoneOptions(locale),
          organiser: events.mayCreateSomewhere(request.user),
        }),
        Object.keys(errors).length > 0 ? 400 : 200,
      );
    });

    app.get(`${path}/cancel`, { schema: { hide: true } }, async (request, reply) => {
      const token = queryValue(request.query, 'token').slice(0, 64);
      const found = await events.cancellable(token);
      const ctx = pageContext(request, reply);
      if (!found) {
        const m = eventsMessages[locale].cancel;
        return sendPage(
          reply,
          h(MessagePage, { ctx, title: m.invalidTitle, body: [m.invalid], back: path }),
          404,
        );
      }
      return sendPage(reply, h(CancelPage, { ctx, token, event: found.event }));
    });

    app.post(
      `${path}/cancel`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const m = eventsMessages[locale].cancel;
        const done = await events.cancel(queryValue(request.body, 'token').slice(0, 64));
        const ctx = pageContext(request);
        return done
          ? sendPage(reply, h(MessagePage, { ctx, title: m.doneTitle, body: [m.done], back: path }))
          : sendPage(
              reply,
              h(MessagePage, { ctx, title: m.invalidTitle, body: [m.invalid], back: path }),
              404,
            );
      },
    );

    app.get(`${path}/:id`, { schema: { hide: true } }, async (request, reply) => {
      const event = await loadEvent(request);
      if (!event) return notFound(reply);
      const ctx = pageContext(request, reply);
      const form = { name: '', email: '', language: locale, practice: '' };
      return sendPage(
        reply,
        h(EventPage, {
          ctx,
          event,
          zoneName: events.zoneName(event.zoneId, locale),
          form,
          errors: {},
          notice: null,
          now: events.now(),
        }),
      );
    });

    app.post(
      `${path}/:id`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const event = await loadEvent(request);
        if (!event) return notFound(reply);
        const form = registrationForm(request.body, locale);
        const page = (errors: FormErrors, notice: string | null, status: number, current = event) =>
          sendPage(
            reply,
            h(EventPage, {
              ctx: pageContext(request, reply),
              event: current,
              zoneName: events.zoneName(event.zoneId, locale),
              form,
              errors,
              notice,
              now: events.now(),
            }),
            status,
          );
        const checked = checkRegistration(form, event.kind as EventKind, { practiceRequired: true });
        if (!checked.ok) return page(byField(registrationIssues(locale, checked.issues)), null, 400);
        const outcome = await events.register(event.id, checked.value);
        const m = eventsMessages[locale].confirmation;
        if (!outcome.ok) {
          const current = (await events.find(event.id)) ?? event;
          return page(
            outcome.reason === 'duplicate' ? { email: m.duplicate } : {},
            outcome.reason === 'duplicate' ? null : m.closed,
            409,
            current,
          );
        }
        const registered = outcome.status === 'registered';
        return sendPage(
          reply,
          h(MessagePage, {
            ctx: pageContext(request),
            title: registered ? m.registeredTitle : m.waitlistedTitle,
            body: [
              format(locale, m.reference, { reference: outcome.reference }),
              registered ? m.registered : m.waitlisted,
              `${event.title} – ${whenOf(locale, event)}`,
            ],
            back: path,
          }),
        );
      },
    );
  }
  registerEventStaffPages(app, events, fromRequests, careGroups);
}
