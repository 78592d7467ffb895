// The two sides' pages: the clinician's list of their arrangements (signed in; skip a date, end,
// log a past slot's hours, download the dates) and the GP's page reached by the link e-mailed to
// them (skip a date, end, download the dates). A failed form comes back with its error named
// and what was typed; nothing here answers 500 for bad input.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { isUuid } from '../platform/ids.ts';
import { ErrorSummary, type FormErrors } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import type { ReferenceService } from '../reference/service.ts';
import { arrangementMessages } from './messages.ts';
import { arrangementCalendar } from './notifications.ts';
import type { ArrangementService, ArrangementView, Side } from './service.ts';
import type { ArrangementRow } from './store.ts';
import { ArrangementCard, type CardProps } from './views.tsx';

interface Failure {
  errors: FormErrors;
  typed: Record<string, string>;
}
const NO_FAILURE: Failure = { errors: {}, typed: {} };

function ListPage(props: {
  ctx: PageContext;
  title: string;
  intro: string;
  notice: string | null;
  cards: Array<Omit<CardProps, 'ctx' | 'errors' | 'typed' | 'now'>>;
  empty: string;
  now: Date;
  failure: Failure;
  /** The clinician's list is a work area of the header; the GP's page is not. */
  section?: 'arrangements';
}) {
  const { ctx, title, intro, notice, cards, empty, now, failure, section } = props;
  return (
    <Layout ctx={ctx} title={title} section={section} hasErrors={Object.keys(failure.errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={failure.errors} />
      <h1>{title}</h1>
      <p class="lead">{intro}</p>
      {notice ? (
        <div class="panel" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      {cards.length === 0 ? <p>{empty}</p> : null}
      {cards.map((card) => (
        <ArrangementCard key={card.view.arrangement.id} ctx={ctx} now={now} {...card} {...failure} />
      ))}
    </Layout>
  );
}

const sendCalendar = (reply: FastifyReply, view: ArrangementView, locale: Locale) =>
  reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', 'attachment; filename="arrangement.ics"')
    .send(
      arrangementCalendar(
        view.arrangement,
        // An ended arrangement keeps only the dates held before it ended.
        view.slots.filter((slot) => !slot.skipped && slot.startsAt < (view.arrangement.endedAt ?? Infinity)),
        locale,
      ),
    );

/** Runs a skip or an end for one side; the failure to show, or null when done. */
async function act(
  arrangements: ArrangementService,
  kind: 'skip' | 'end',
  row: ArrangementRow,
  side: Side,
  request: FastifyRequest,
  locale: Locale,
): Promise<Failure | null> {
  const m = arrangementMessages[locale].errors;
  if (kind === 'skip') {
    const outcome = await arrangements.skip(
      row,
      side,
      queryValue(request.body, 'day').slice(0, 10),
      request.user ?? null,
    );
    if (outcome === 'invalid') return { errors: { [`arrangement-${row.id}`]: m['not-held'] }, typed: {} };
    if (outcome === 'ended') return { errors: { [`arrangement-${row.id}`]: m.ended }, typed: {} };
    return null;
  }
  const reason = queryValue(request.body, 'reason').slice(0, 2000);
  const outcome = await arrangements.end(row, side, reason, request.user ?? null);
  if (outcome === 'done') return null;
  const key = `reason-${row.id}`;
  return { errors: { [key]: m[outcome] }, typed: { [key]: reason } };
}

export function registerArrangementPages(
  app: FastifyInstance,
  arrangements: ArrangementService,
  reference: ReferenceService,
): void {
  const networkOptions = (ids: string[], locale: Locale) =>
    ids.map((id) => {
      // Reference packs may leave German out: French, the source language, stands in.
      const names: Partial<Record<Locale, string>> | undefined = reference.snapshot().networks.get(id)?.names;
      return { value: id, label: names?.[locale] ?? names?.fr ?? id };
    });
  for (const { locale, path: base } of localizedPaths('/arrangements')) {
    const m = arrangementMessages[locale];
    const clinicianList = async (
      request: FastifyRequest,
      reply: FastifyReply,
      failure: Failure,
      status = 200,
    ) => {
      const views = await arrangements.mine(request.user);
      const cards = await Promise.all(
        views.map(async (view) => ({
          view,
          action: `${base}/${view.arrangement.id}`,
          calendarHref: `${base}/${view.arrangement.id}/calendar.ics`,
          hours: { networks: networkOptions(await arrangements.networksOf(view.arrangement), locale) },
        })),
      );
      const notice = queryValue(request.query, 'done') ? m.list.done : null;
      const ctx = pageContext(request, reply);
      const page = { ctx, title: m.list.title, intro: m.list.intro, empty: m.list.none, notice, cards };
      const section = 'arrangements' as const;
      return sendPage(reply, h(ListPage, { ...page, now: arrangements.now(), failure, section }), status);
    };
    const own = (request: FastifyRequest) => {
      const { id } = request.params as { id: string };
      if (!isUuid(id)) throw new StandardProblem(404, 'not-found');
      return arrangements.own(request.user, id);
    };
    app.get(base, { schema: { hide: true } }, (request, reply) => clinicianList(request, reply, NO_FAILURE));
    app.get(`${base}/:id/calendar.ics`, { schema: { hide: true } }, async (request, reply) =>
      sendCalendar(reply, await arrangements.view(await own(request)), locale),
    );
    for (const kind of ['skip', 'end'] as const) {
      app.post(
        `${base}/:id/${kind}`,
        { schema: { hide: true }, preValidation: app.csrfProtection },
        async (request, reply) => {
          const failure = await act(arrangements, kind, await own(request), 'clinician', request, locale);
          return failure
            ? clinicianList(request, reply, failure, 400)
            : reply.redirect(`${base}?done=1`, 303);
        },
      );
    }
    app.post(
      `${base}/:id/hours`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const row = await own(request);
        const day = queryValue(request.body, 'day').slice(0, 10);
        const hours = queryValue(request.body, 'hours').slice(0, 20);
        const network = queryValue(request.body, 'network').slice(0, 60);
        const outcome = await arrangements.logHours(request.user ?? null, row, day, hours, network);
        if (outcome.ok) return reply.redirect(`${base}?done=1`, 303);
        const key = `${outcome.code === 'network-required' ? 'network' : 'hours'}-${row.id}-${day}`;
        const typed = { [`hours-${row.id}-${day}`]: hours, [`network-${row.id}-${day}`]: network };
        return clinicianList(request, reply, { errors: { [key]: m.errors[outcome.code] }, typed }, 400);
      },
    );

    // ——— The GP, by link ———
    const gpBase = `${base}/gp`;
    const byToken = async (token: string) => {
      const row = await arrangements.byToken(token);
      if (!row) throw new StandardProblem(404, 'not-found');
      return row;
    };
    const gpPage = async (
      request: FastifyRequest,
      reply: FastifyReply,
      token: string,
      failure: Failure,
      status = 200,
    ) => {
      const row = await arrangements.byToken(token);
      const ctx = pageContext(request, reply);
      if (!row)
        return sendPage(
          reply,
          h(ListPage, {
            ctx,
            title: m.gp.title,
            intro: m.gp.invalid,
            notice: null,
            cards: [],
            empty: '',
            now: arrangements.now(),
            failure: NO_FAILURE,
          }),
          404,
        );
      const card = {
        view: await arrangements.view(row),
        action: gpBase,
        calendarHref: `${gpBase}/calendar.ics?token=${token}`,
        hidden: { token },
      };
      const intro = format(locale, m.gp.intro, { clinician: row.clinicianName, practice: row.practice });
      const notice = queryValue(request.query, 'done') ? m.list.done : null;
      const page = {
        ctx,
        title: m.gp.title,
        intro,
        notice,
        cards: [card],
        empty: '',
        now: arrangements.now(),
        failure,
      };
      return sendPage(reply, h(ListPage, page), status);
    };
    app.get(gpBase, { schema: { hide: true } }, (request, reply) =>
      gpPage(request, reply, queryValue(request.query, 'token').slice(0, 100), NO_FAILURE),
    );
    app.get(`${gpBase}/calendar.ics`, { schema: { hide: true } }, async (request, reply) => {
      const row = await byToken(queryValue(request.query, 'token').slice(0, 100));
      return sendCalendar(reply, await arrangements.view(row), locale);
    });
    for (const kind of ['skip', 'end'] as const) {
      app.post(
        `${gpBase}/${kind}`,
        { schema: { hide: true }, preValidation: app.csrfProtection },
        async (request, reply) => {
          const token = queryValue(request.body, 'token').slice(0, 100);
          const failure = await act(arrangements, kind, await byToken(token), 'gp', request, locale);
          // Back to the page by its link: the token stays in the URL, as in the e-mail.
          if (!failure) return reply.redirect(`${gpBase}?token=${token}&done=1`, 303);
          return gpPage(request, reply, token, failure, 400);
        },
      );
    }
  }
}
