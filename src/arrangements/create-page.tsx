// The coordinator's side: the panel on a GP's case-advice request (its arrangement, or the way to
// make one) and the form, filled from the request's preferred times, that makes it. Errors are
// named above the form and everything typed comes back.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { can } from '../platform/auth/policy.ts';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { formatBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { ErrorSummary, type FormErrors, Select, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import type { CasePanel } from '../requests/case-panels.ts';
import { caseResource } from '../requests/case-work.ts';
import {
  type ArrangementForm,
  type ArrangementIssue,
  readArrangementForm,
} from './domain/arrangement-form.ts';
import { WEEKDAYS, type Weekday } from './domain/schedule.ts';
import { arrangementMessages } from './messages.ts';
import type { ArrangementService } from './service.ts';
import { type ArrangementSource, formFromPreferredTimes } from './source.ts';

const OPEN = new Set(['submitted', 'acknowledged', 'in-progress', 'scheduled']);

/** The case page's panel, for a GP's case-advice request only. */
export function arrangementPanel(arrangements: ArrangementService): CasePanel {
  return async ({ user, view, locale }) => {
    const { request, record } = view;
    if (request.requestType !== 'support-request' || request.kind !== 'case-advice') return null;
    const m = arrangementMessages[locale];
    const active = await arrangements.activeOf(record.id);
    const mayCreate = OPEN.has(record.status) && can(user, 'case.update', caseResource(record));
    if (!active && !mayCreate) return null;
    const assigned = view.actions.some((action) => action.type === 'assign-clinician');
    const body = active
      ? h(
          'p',
          null,
          `${m.panel.linked} `,
          format(locale, m.list.with, {
            practice: active.practice,
            weekday: m.weekdays[active.weekday as Weekday],
            start: active.startTime,
            end: active.endTime,
          }),
          `, ${active.clinicianName} (${formatBelgianDate(locale, active.firstDay)} – ${formatBelgianDate(locale, active.lastDay)})`,
        )
      : !assigned
        ? h('p', null, m.panel.noClinician)
        : [
            h('p', null, m.panel.none),
            h(
              'p',
              null,
              h(
                'a',
                {
                  class: 'button button--secondary',
                  href: `/${locale}/arrangements/new?request=${record.id}`,
                },
                m.panel.create,
              ),
            ),
          ];
    return h(
      'section',
      { class: 'case-panel', 'aria-labelledby': 'case-arrangement-title' },
      h('h2', { id: 'case-arrangement-title' }, m.panel.heading),
      body,
    );
  };
}

/** Issues as page errors, keyed by field id (the summary links land on the field). */
export function errorsOf(locale: Locale, issues: readonly ArrangementIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) errors[issue.field] ??= arrangementMessages[locale].errors[issue.code];
  return errors;
}

function CreatePage(props: {
  ctx: PageContext;
  source: ArrangementSource;
  form: ArrangementForm;
  errors: FormErrors;
  notice?: string | null;
}) {
  const { ctx, source, form, errors, notice } = props;
  const m = arrangementMessages[ctx.locale].form;
  const text = (id: keyof ArrangementForm & keyof typeof m, hint?: string, width?: 'short' | 'medium') => (
    <TextInput
      id={id}
      label={m[id] as string}
      hint={hint}
      value={form[id]}
      error={errors[id]}
      width={width}
    />
  );
  return (
    <Layout ctx={ctx} title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      {notice ? (
        <div class="panel panel--warning" role="alert">
          <p>{notice}</p>
        </div>
      ) : null}
      <p class="lead">
        {format(ctx.locale, m.intro, {
          reference: source.reference,
          practice: source.practice,
          clinician: source.clinician?.name ?? '',
          times: source.preferredTimes?.trim() || m.noTimes,
        })}
      </p>
      <form method="post" class="form" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="request" value={source.caseId} />
        <Select
          id="weekday"
          label={m.weekday}
          value={form.weekday}
          error={errors.weekday}
          emptyLabel=""
          options={WEEKDAYS.map((day) => ({
            value: day,
            label: arrangementMessages[ctx.locale].weekdays[day],
          }))}
        />
        {text('startTime', m.timeHint, 'short')}
        {text('endTime', m.timeHint, 'short')}
        {text('firstDay', m.dateHint, 'medium')}
        {text('lastDay', m.dateHint, 'medium')}
        <Select
          id="everyWeeks"
          label={m.everyWeeks}
          value={form.everyWeeks}
          error={errors.everyWeeks}
          options={(['1', '2', '3', '4'] as const).map((n) => ({ value: n, label: m.every[n] }))}
        />
        {text('venue')}
        {text('onlineUrl', m.onlineHint)}
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

export function registerCreatePages(app: FastifyInstance, arrangements: ArrangementService): void {
  for (const { locale, path } of localizedPaths('/arrangements/new')) {
    const sourceOf = async (user: Parameters<ArrangementService['source']>[0], id: string) => {
      if (!user) throw new StandardProblem(401, 'unauthorized');
      if (!isUuid(id)) throw new StandardProblem(404, 'not-found');
      const source = await arrangements.source(user, id);
      if (!source.clinician) throw new StandardProblem(409, 'conflict');
      return source;
    };
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const source = await sourceOf(request.user ?? null, queryValue(request.query, 'request').slice(0, 60));
      const form = formFromPreferredTimes(source.preferredTimes);
      return sendPage(reply, h(CreatePage, { ctx: pageContext(request, reply), source, form, errors: {} }));
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const source = await sourceOf(request.user ?? null, queryValue(request.body, 'request').slice(0, 60));
      const form = readArrangementForm(request.body);
      const outcome = await arrangements.create(request.user ?? null, source.caseId, form);
      if (outcome.ok) return reply.redirect(`/${locale}/inbox/cases/${source.caseId}`, 303);
      const ctx = pageContext(request, reply);
      if (outcome.issues === 'exists') {
        const notice = arrangementMessages[locale].form.exists;
        return sendPage(reply, h(CreatePage, { ctx, source, form, errors: {}, notice }), 409);
      }
      return sendPage(
        reply,
        h(CreatePage, { ctx, source, form, errors: errorsOf(locale, outcome.issues) }),
        400,
      );
    });
  }
}
