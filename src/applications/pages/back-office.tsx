import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { signInUrl } from '../../platform/auth/urls.ts';
import { ConfirmActionPage, isConfirmed } from '../../platform/cases/case-page.tsx';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatDate } from '../../platform/i18n/index.ts';
import { type FormErrors, Table } from '../../platform/views/components.tsx';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { type ApplicationCaseWork, DESTRUCTIVE_ACTIONS } from '../case-work.ts';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  STAFF_ACTIONS,
  type StaffAction,
} from '../domain/workflow.ts';
import { caseMessages } from '../messages/case.ts';
import { errorsById } from '../messages/issues.ts';
import { vocabularyMessages } from '../messages/vocabulary.ts';
import type { ApplicationService } from '../service.ts';
import { CasePage } from './case-page.tsx';
import { textOf, versionOf } from './mine.tsx';

// The coordinators' back office: the zone's applications, each case with its answers,
// documents, budget impact, decisions, log, and the actions its status allows.

export function registerBackOffice(
  app: FastifyInstance,
  service: ApplicationService,
  work: ApplicationCaseWork,
): void {
  const isStatus = (value: string): value is ApplicationStatus =>
    (APPLICATION_STATUSES as readonly string[]).includes(value);
  const isAction = (value: string): value is StaffAction =>
    (STAFF_ACTIONS as readonly string[]).includes(value);

  async function showCase(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: {
      errors?: FormErrors;
      values?: Record<string, string>;
      notice?: string | null;
      status?: number;
    } = {},
  ) {
    const view = await work.view(request.user, id);
    const page = (
      <CasePage
        ctx={pageContext(request, reply)}
        view={view}
        service={service}
        errors={extra.errors ?? {}}
        values={extra.values ?? {}}
        notice={extra.notice ?? null}
      />
    );
    return sendPage(reply, page, extra.status ?? 200);
  }

  for (const { locale, path } of localizedPaths('/applications')) {
    const m = caseMessages[locale].staff;
    const v = vocabularyMessages[locale];
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      if (!request.user) return reply.redirect(signInUrl(request), 303);
      const status = queryValue(request.query, 'status');
      const kind = queryValue(request.query, 'kind');
      const rows = await work.list(request.user, {
        status: isStatus(status) ? status : undefined,
        kind: kind === 'clinician' || kind === 'service' ? kind : undefined,
      });
      return sendPage(
        reply,
        <Layout ctx={pageContext(request, reply)} section="applications" title={m.title}>
          <h1>{m.title}</h1>
          <form method="get" action={path} class="filters">
            <label class="field__label" for="status">
              {caseMessages[locale].mine.status}
            </label>
            <select class="select" id="status" name="status">
              <option value="">{m.allOpen}</option>
              {APPLICATION_STATUSES.map((s) => (
                <option key={s} value={s} selected={s === status}>
                  {v.statuses[s]}
                </option>
              ))}
            </select>
            <label class="field__label" for="kind">
              {caseMessages[locale].mine.kind}
            </label>
            <select class="select" id="kind" name="kind">
              <option value="">{m.allKinds}</option>
              {(['clinician', 'service'] as const).map((k) => (
                <option key={k} value={k} selected={k === kind}>
                  {v.kinds[k]}
                </option>
              ))}
            </select>
            <button type="submit" class="button button--secondary">
              {m.apply}
            </button>
          </form>
          {rows.length === 0 ? <p>{m.empty}</p> : null}
          {rows.length > 0 ? (
            <div class="staff-table">
              <Table
                caption={m.title}
                head={[
                  caseMessages[locale].mine.reference,
                  m.applicant,
                  caseMessages[locale].mine.kind,
                  caseMessages[locale].mine.status,
                  m.updated,
                ]}
                rows={rows.map((row) => ({
                  key: row.caseId,
                  cells: [
                    <span class="nowrap" key="reference">
                      {row.reference}
                    </span>,
                    <a href={`${path}/${row.caseId}`} key="name">
                      {row.applicantName}
                    </a>,
                    v.kinds[row.kind as 'service'],
                    v.statuses[row.status as ApplicationStatus],
                    <span class="nowrap" key="updated">
                      {formatDate(locale, row.updatedAt)}
                    </span>,
                  ],
                }))}
              />
            </div>
          ) : null}
        </Layout>,
      );
    });

    app.get(`${path}/:id`, { schema: { hide: true } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!request.user) return reply.redirect(signInUrl(request), 303);
      return showCase(request, reply, id, {
        notice: queryValue(request.query, 'done') === '1' ? caseMessages[locale].mine.done : null,
      });
    });

    app.post(
      `${path}/:id/actions/:action`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const { id, action } = request.params as { id: string; action: string };
        if (!isAction(action)) return reply.callNotFound();
        const body = (request.body ?? {}) as Record<string, unknown>;
        const fields = ['text', 'date', 'level', 'signatories', 'reason'];
        const values = Object.fromEntries(fields.map((k) => [`${action}-${k}`, textOf(body, k)]));
        // A suspension or an end is confirmed on a page of its own before it is taken.
        const confirming = DESTRUCTIVE_ACTIONS.has(action) && !isConfirmed(body);
        const outcome = confirming
          ? await work.check(request.user, id, action, body, versionOf(body))
          : await work.act(request.user, id, action, body, versionOf(body));
        if (outcome.ok && confirming) {
          const view = await work.find(id);
          const words = {
            name: view?.row.applicantName ?? '',
            reference: view?.record.reference ?? '',
          };
          return sendPage(
            reply,
            <ConfirmActionPage
              ctx={pageContext(request, reply)}
              section="applications"
              question={format(locale, action === 'suspend' ? m.suspendQuestion : m.endQuestion, words)}
              verb={action === 'suspend' ? m.suspendVerb : m.endVerb}
              url={`${path}/${id}/actions/${action}`}
              cancelHref={`${path}/${id}`}
              version={versionOf(body) ?? null}
              fields={[{ name: 'reason', value: textOf(body, 'reason'), label: m.reason }]}
            />,
          );
        }
        if (outcome.ok) return reply.redirect(`${path}/${id}?done=1`, 303);
        if (outcome.reason === 'invalid') {
          const errors = errorsById(
            locale,
            outcome.issues.map((i) => ({ ...i, field: `${action}-${i.field}` })),
          );
          return showCase(request, reply, id, { errors, values, status: 400 });
        }
        const mine = caseMessages[locale].mine;
        return showCase(request, reply, id, {
          notice: outcome.reason === 'stale' ? mine.stale : mine.notAllowed,
          values,
          status: 409,
        });
      },
    );
  }
}
