// The organiser's side: their events (coordinators: their zone's; clinicians: their own), the
// form to create one (typed text kept on error, Belgian dates), and each event's registrations
// with attendance and the CSV export. The policy decides (event.create, event.manage).

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { type Locale, languageName } from '../platform/i18n/index.ts';
import { formatBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import {
  Checkboxes,
  ErrorSummary,
  type FormErrors,
  Select,
  Table,
  Textarea,
  TextInput,
} from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { KNOWLEDGE_TOPICS } from '../requests/domain/vocabulary.ts';
import { vocabularyMessages } from '../requests/messages/index.ts';
import { AUDIENCES, EVENT_KINDS, EVENT_LANGUAGES, type EventForm, type EventKind } from './domain/event.ts';
import { byField, eventIssues } from './issues.ts';
import { eventsMessages } from './messages.ts';
import { whenOf } from './pages.tsx';
import type { EventService } from './service.ts';
import type { EventRow, RegistrationRow } from './store.ts';

const EMPTY_FORM: EventForm = {
  kind: '',
  title: '',
  description: '',
  date: '',
  startTime: '',
  endTime: '',
  zoneId: '',
  language: '',
  venue: '',
  onlineUrl: '',
  topics: [],
  capacity: '',
  audience: '',
  leader: '',
  coLeader: '',
};

function ManageListPage({
  ctx,
  events,
  mayCreate,
}: {
  ctx: PageContext;
  events: EventRow[];
  mayCreate: boolean;
}) {
  const m = eventsMessages[ctx.locale].manage;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {mayCreate ? (
        <p>
          <a class="button" href={`/${ctx.locale}/events/manage/new`}>
            {m.create}
          </a>
        </p>
      ) : null}
      {events.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <Table
          caption={m.title}
          head={[m.date, m.event, m.registrations, m.status]}
          rows={events.map((event) => ({
            key: event.id,
            cells: [
              formatBelgianDate(ctx.locale, event.startsAt),
              <a href={`/${ctx.locale}/events/manage/${event.id}`}>{event.title}</a>,
              `${event.registered}/${event.capacity} (+${event.waitlisted})`,
              m.statuses[event.status as 'scheduled'] ?? event.status,
            ],
          }))}
        />
      )}
    </Layout>
  );
}

function CreatePage({
  ctx,
  form,
  errors,
  zones,
}: {
  ctx: PageContext;
  form: EventForm;
  errors: FormErrors;
  zones: Array<{ value: string; label: string }>;
}) {
  const m = eventsMessages[ctx.locale].form;
  const e = eventsMessages[ctx.locale];
  const topics = vocabularyMessages[ctx.locale].topics;
  const text = (id: keyof EventForm & keyof typeof m, extra: Record<string, unknown> = {}) => (
    <TextInput id={id} label={m[id]} value={form[id] as string} error={errors[id]} {...extra} />
  );
  return (
    <Layout ctx={ctx} title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      <form method="post" class="form" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <Select
          id="kind"
          label={m.kind}
          value={form.kind}
          error={errors.kind}
          emptyLabel=""
          options={EVENT_KINDS.map((k) => ({ value: k, label: e.kinds[k] }))}
        />
        <TextInput id="title" label={m.titleField} value={form.title} error={errors.title} />
        <Textarea
          id="description"
          label={m.description}
          hint={m.descriptionHint}
          value={form.description}
          error={errors.description}
          maxLength={4000}
        />
        {text('date', { hint: m.dateHint, width: 'medium' })}
        {text('startTime', { hint: m.timeHint, width: 'short' })}
        {text('endTime', { hint: m.timeHint, width: 'short' })}
        <Select
          id="zoneId"
          label={m.zone}
          value={form.zoneId}
          error={errors.zoneId}
          emptyLabel=""
          options={zones}
        />
        <Select
          id="language"
          label={m.language}
          value={form.language}
          error={errors.language}
          emptyLabel=""
          options={EVENT_LANGUAGES.map((code) => ({ value: code, label: languageName(code, ctx.locale) }))}
        />
        {text('venue', { hint: m.venueHint })}
        {text('onlineUrl', { hint: m.onlineUrlHint, type: 'url', spellcheck: false })}
        <Checkboxes
          name="topics"
          legend={m.topics}
          error={errors.topics}
          values={form.topics}
          options={KNOWLEDGE_TOPICS.map((t) => ({ value: t, label: topics[t] }))}
        />
        {text('capacity', { width: 'short', inputMode: 'numeric' })}
        <Select
          id="audience"
          label={m.audience}
          value={form.audience}
          error={errors.audience}
          emptyLabel=""
          options={AUDIENCES.map((a) => ({ value: a, label: e.audiences[a] }))}
        />
        {text('leader', { hint: m.leaderHint })}
        {text('coLeader', { hint: m.coLeaderHint })}
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

function EventManagePage({
  ctx,
  event,
  registrations,
  notice,
}: {
  ctx: PageContext;
  event: EventRow;
  registrations: RegistrationRow[];
  notice: string | null;
}) {
  const m = eventsMessages[ctx.locale].registrations;
  const live = registrations.filter((r) => r.status !== 'cancelled');
  return (
    <Layout ctx={ctx} title={`${m.title} – ${event.title}`}>
      <p class="caption">{eventsMessages[ctx.locale].kinds[event.kind as EventKind]}</p>
      <h1>{event.title}</h1>
      <p>{whenOf(ctx.locale, event)}</p>
      {notice ? (
        <div class="panel panel--info" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <h2>{m.title}</h2>
      {live.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <form method="post" action={`/${ctx.locale}/events/manage/${event.id}/attendance`} class="form">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <Table
            caption={m.title}
            head={[m.name, m.email, m.practice, m.status, m.attended]}
            rows={live.map((r) => ({
              key: r.id,
              cells: [
                r.name,
                r.email,
                r.practice ?? '',
                m.statuses[r.status as 'registered'],
                r.status === 'registered' ? (
                  <span class="checkboxes__item">
                    <input
                      class="checkboxes__input"
                      type="checkbox"
                      id={`present-${r.id}`}
                      name="present"
                      value={r.id}
                      checked={r.attended === true}
                    />
                    <label
                      class="checkboxes__label"
                      for={`present-${r.id}`}
                    >{`${m.attended}: ${r.name}`}</label>
                  </span>
                ) : (
                  ''
                ),
              ],
            }))}
          />
          <button type="submit" class="button">
            {m.saveAttendance}
          </button>
        </form>
      )}
      <p>
        <a href={`/${ctx.locale}/events/manage/${event.id}/registrations.csv`} download>
          {m.export}
        </a>
      </p>
    </Layout>
  );
}

function formOf(body: unknown): EventForm {
  const raw = (body as Record<string, unknown> | undefined)?.topics;
  const topics = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (t): t is string => typeof t === 'string',
  );
  const text = (name: keyof EventForm, max = 600) => queryValue(body, name).slice(0, max);
  return {
    kind: text('kind', 40),
    title: text('title'),
    description: text('description', 5000),
    date: text('date', 40),
    startTime: text('startTime', 20),
    endTime: text('endTime', 20),
    zoneId: text('zoneId', 60),
    language: text('language', 10),
    venue: text('venue'),
    onlineUrl: text('onlineUrl'),
    topics: topics.slice(0, 10).map((t) => t.slice(0, 60)),
    capacity: text('capacity', 10),
    audience: text('audience', 40),
    leader: text('leader'),
    coLeader: text('coLeader'),
  };
}

const idOf = (request: FastifyRequest) => {
  const { id } = request.params as { id: string };
  if (!isUuid(id)) throw new StandardProblem(404, 'not-found');
  return id;
};

export function registerEventStaffPages(app: FastifyInstance, events: EventService): void {
  const zones = (locale: Locale) =>
    events.zoneIds().map((id) => ({ value: id, label: events.zoneName(id, locale) }));
  for (const { locale, path: base } of localizedPaths('/events/manage')) {
    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const list = await events.managed(request.user);
      return sendPage(
        reply,
        h(ManageListPage, {
          ctx: pageContext(request),
          events: list,
          mayCreate: events.mayCreateSomewhere(request.user),
        }),
      );
    });
    app.get(`${base}/new`, { schema: { hide: true } }, async (request, reply) => {
      if (!request.user) throw new StandardProblem(401, 'unauthorized');
      if (!events.mayCreateSomewhere(request.user)) throw new StandardProblem(403, 'forbidden');
      return sendPage(
        reply,
        h(CreatePage, {
          ctx: pageContext(request, reply),
          form: EMPTY_FORM,
          errors: {},
          zones: zones(locale),
        }),
      );
    });
    app.post(
      `${base}/new`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        if (!request.user) throw new StandardProblem(401, 'unauthorized');
        if (!events.mayCreateSomewhere(request.user)) throw new StandardProblem(403, 'forbidden');
        const form = formOf(request.body);
        const checked = events.checkForm(form);
        if (!checked.ok) {
          const errors = byField(eventIssues(locale, checked.issues));
          return sendPage(
            reply,
            h(CreatePage, { ctx: pageContext(request, reply), form, errors, zones: zones(locale) }),
            400,
          );
        }
        const created = await events.create(request.user, checked.value);
        return reply.redirect(`${base}/${created.id}?created=1`, 303);
      },
    );
    app.get(`${base}/:id`, { schema: { hide: true } }, async (request, reply) => {
      const { event, registrations } = await events.managedEvent(request.user, idOf(request));
      const m = eventsMessages[locale];
      const notice = queryValue(request.query, 'created')
        ? m.form.created
        : queryValue(request.query, 'saved')
          ? m.registrations.attendanceSaved
          : null;
      return sendPage(
        reply,
        h(EventManagePage, { ctx: pageContext(request, reply), event, registrations, notice }),
      );
    });
    app.post(
      `${base}/:id/attendance`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const id = idOf(request);
        const raw = (request.body as Record<string, unknown> | undefined)?.present;
        const present = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
          (v): v is string => typeof v === 'string' && isUuid(v),
        );
        await events.recordAttendance(request.user, id, present.slice(0, 1000));
        return reply.redirect(`${base}/${id}?saved=1`, 303);
      },
    );
    app.get(`${base}/:id/registrations.csv`, { schema: { hide: true } }, async (request, reply) => {
      const { event, csv } = await events.exportCsv(request.user, idOf(request), locale);
      const day = event.startsAt.toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="registrations-${day}.csv"`)
        .send(csv);
    });
  }
}
