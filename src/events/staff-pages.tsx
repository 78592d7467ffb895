// The organiser's side: their events (coordinators: their zone's; clinicians: their own), the
// form to create one (typed text kept on error, Belgian dates), and each event's registrations
// with attendance and the CSV export. The policy decides (event.create, event.manage).

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { formatBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { type FormErrors, Table } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { careGroupMessages } from './care-group-messages.ts';
import { careGroupView, careSubmissionOf } from './care-group-pages.ts';
import type { CareGroups } from './care-groups.ts';
import { CreatePage, EMPTY_FORM, formOf } from './event-form.tsx';
import type { RequestEvents } from './from-request.ts';
import { byField, eventIssues } from './issues.ts';
import { EventManagePage } from './manage-page.tsx';
import { organiserMessages } from './organiser-messages.ts';
import { requestEventMessages } from './request-messages.ts';
import { introOf } from './request-pages.tsx';
import type { EventService } from './service.ts';
import type { EventRow } from './store.ts';

function ManageListPage({
  ctx,
  events,
  mayCreate,
}: {
  ctx: PageContext;
  events: EventRow[];
  mayCreate: boolean;
}) {
  const m = organiserMessages[ctx.locale].manage;
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

const idOf = (request: FastifyRequest) => {
  const { id } = request.params as { id: string };
  if (!isUuid(id)) throw new StandardProblem(404, 'not-found');
  return id;
};

export function registerEventStaffPages(
  app: FastifyInstance,
  events: EventService,
  fromRequests: RequestEvents | null,
  careGroups: CareGroups | null = null,
): void {
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
    /** The GP's request the form is made from (`request` in the query or the form), checked. */
    const sourceOf = async (request: FastifyRequest, caseId: string) => {
      if (!fromRequests || !isUuid(caseId)) throw new StandardProblem(404, 'not-found');
      const source = await fromRequests.source(request.user, caseId);
      return { source, fromRequest: { caseId, intro: introOf(locale, source) } };
    };
    app.get(`${base}/new`, { schema: { hide: true } }, async (request, reply) => {
      if (!request.user) throw new StandardProblem(401, 'unauthorized');
      const requestId = queryValue(request.query, 'request').slice(0, 60);
      if (requestId) {
        const { source, fromRequest } = await sourceOf(request, requestId);
        const form = fromRequests!.formFor(source, locale);
        const ctx = pageContext(request, reply);
        return sendPage(reply, h(CreatePage, { ctx, form, errors: {}, zones: zones(locale), fromRequest }));
      }
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
        const requestId = queryValue(request.body, 'request').slice(0, 60);
        const linked = requestId ? await sourceOf(request, requestId) : null;
        if (!linked && !events.mayCreateSomewhere(request.user)) throw new StandardProblem(403, 'forbidden');
        const form = formOf(request.body);
        const checked = events.checkForm(form);
        const page = (errors: FormErrors, status: number, notice: string | null = null) =>
          sendPage(
            reply,
            h(CreatePage, {
              ctx: pageContext(request, reply),
              form,
              errors,
              zones: zones(locale),
              fromRequest: linked?.fromRequest,
              notice,
            }),
            status,
          );
        if (!checked.ok) return page(byField(eventIssues(locale, checked.issues)), 400);
        if (linked) {
          const outcome = await fromRequests!.create(request.user, requestId, checked.value);
          if (!outcome.ok) return page({}, 409, requestEventMessages[locale].exists);
          return reply.redirect(`${base}/${outcome.event.id}?created=1`, 303);
        }
        const created = await events.create(request.user, checked.value);
        return reply.redirect(`${base}/${created.id}?created=1`, 303);
      },
    );
    app.get(`${base}/:id`, { schema: { hide: true } }, async (request, reply) => {
      const { event, registrations } = await events.managedEvent(request.user, idOf(request));
      const m = organiserMessages[locale];
      const saved = queryValue(request.query, 'saved');
      const notice = queryValue(request.query, 'created')
        ? m.form.created
        : saved
          ? /^\d{1,4}$/.test(saved) && saved !== '1'
            ? format(locale, careGroupMessages[locale].saved, { n: Number(saved) - 1 })
            : m.registrations.attendanceSaved
          : queryValue(request.query, 'cancelled')
            ? m.registrations.eventCancelled
            : null;
      const requestReference =
        event.requestCaseId && fromRequests ? await fromRequests.referenceOf(event.requestCaseId) : null;
      return sendPage(
        reply,
        h(EventManagePage, {
          ctx: pageContext(request, reply),
          event,
          registrations,
          notice,
          requestReference,
          care: careGroups ? await careGroupView(careGroups, request.user, event, locale, null) : null,
          present: null,
        }),
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
        if (!careGroups) {
          await events.recordAttendance(request.user, id, present.slice(0, 1000));
          return reply.redirect(`${base}/${id}?saved=1`, 303);
        }
        const submission = careSubmissionOf(request.body);
        const outcome = await careGroups.markAndRecord(
          request.user,
          id,
          present.slice(0, 1000),
          submission,
          locale,
        );
        // saved=1 is attendance alone; saved=n+1, attendance and n care sessions recorded.
        if (Object.keys(outcome.errors).length === 0)
          return reply.redirect(`${base}/${id}?saved=${outcome.recorded + 1}`, 303);
        const { event, registrations } = await events.managedEvent(request.user, id);
        const errors = outcome.errors;
        return sendPage(
          reply,
          h(EventManagePage, {
            ctx: pageContext(request, reply),
            event,
            registrations,
            notice:
              outcome.recorded > 0
                ? `${format(locale, careGroupMessages[locale].saved, { n: outcome.recorded })} ${careGroupMessages[locale].notRecorded}`
                : careGroupMessages[locale].notRecorded,
            requestReference:
              event.requestCaseId && fromRequests
                ? await fromRequests.referenceOf(event.requestCaseId)
                : null,
            care: await careGroupView(careGroups, request.user, event, locale, { submission, errors }),
            present: new Set(present),
          }),
          400,
        );
      },
    );
    app.post(
      `${base}/:id/cancel`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const id = idOf(request);
        await events.cancelEvent(request.user, id);
        return reply.redirect(`${base}/${id}?cancelled=1`, 303);
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
