import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatDate, formatDateTime, type Locale, languageName } from '../../platform/i18n/index.ts';
import {
  BackLink,
  ErrorSummary,
  type FormErrors,
  Select,
  SummaryList,
  Textarea,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import type { ActOutcome, CaseView } from '../case-work.ts';
import { appointmentText } from '../domain/appointment.ts';
import type { RequestType } from '../domain/vocabulary.ts';
import { REQUEST_ACTIONS, type StaffAction } from '../domain/workflow.ts';
import { inboxMessages } from '../messages/inbox.ts';
import { issueMessage, vocabularyMessages } from '../messages/index.ts';
import type { RequestService } from '../service.ts';
import { registerAssignPage } from './assign.tsx';
import { kindLabel, StatusTag } from './inbox.tsx';
import { partnerFlow } from './partner-flow.tsx';
import { supportFlow } from './support-flow.tsx';
import { userOf } from './user.ts';

type Notice = 'done' | 'stale' | 'not-allowed' | null;

function ActionForm({
  ctx,
  view,
  action,
  errors,
  typed,
  zones,
}: {
  ctx: PageContext;
  view: CaseView;
  action: StaffAction;
  errors: FormErrors;
  /** What was typed in a refused form, by input id, shown back as it was written. */
  typed: Record<string, string>;
  zones: Array<{ value: string; label: string }>;
}) {
  const m = inboxMessages[ctx.locale].forms;
  const base = `/${ctx.locale}/inbox/cases/${view.record.id}`;
  if (action === 'assign-clinician') {
    return (
      <section class="case-action" aria-labelledby={`${action}-title`}>
        <h3 id={`${action}-title`}>{m[action].title}</h3>
        <a class="button" href={`${base}/assign`}>
          {m[action].submit}
        </a>
      </section>
    );
  }
  const id = (field: string) => `${action}-${field}`;
  const fields = {
    schedule: (
      <>
        <TextInput
          id={id('date')}
          name="date"
          label={m.schedule.date}
          value={typed[id('date')]}
          error={errors[id('date')]}
          width="medium"
        />
        <TextInput
          id={id('time')}
          name="time"
          label={m.schedule.time}
          value={typed[id('time')]}
          error={errors[id('time')]}
          width="short"
        />
        <TextInput
          id={id('place')}
          name="place"
          label={m.schedule.place}
          value={typed[id('place')]}
          error={errors[id('place')]}
        />
      </>
    ),
    decline: (
      <Textarea
        id={id('reason')}
        name="reason"
        label={m.decline.reason}
        error={errors[id('reason')]}
        rows={3}
      />
    ),
    reassign: (
      <>
        <Select
          id={id('toZoneId')}
          name="toZoneId"
          label={m.reassign.zone}
          error={errors[id('toZoneId')]}
          options={zones}
        />
        <TextInput id={id('reason')} name="reason" label={m.reassign.reason} error={errors[id('reason')]} />
      </>
    ),
    note: <Textarea id={id('text')} name="text" label={m.note.text} error={errors[id('text')]} rows={3} />,
    message: (
      <Textarea id={id('text')} name="text" label={m.message.text} error={errors[id('text')]} rows={4} />
    ),
  } as Partial<Record<StaffAction, preact.ComponentChildren>>;
  return (
    <section class="case-action" aria-labelledby={`${action}-title`}>
      <h3 id={`${action}-title`}>{m[action].title}</h3>
      <form method="post" action={`${base}/${action}`} novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="version" value={String(view.record.version)} />
        {fields[action] ?? null}
        <button type="submit" class="button">
          {m[action].submit}
        </button>
      </form>
    </section>
  );
}

function actionDetails(
  locale: Locale,
  payload: Record<string, unknown>,
  zoneName: (id: string) => string,
): string | null {
  const parts = [
    payload.clinicianName,
    appointmentText(locale, payload),
    payload.reason,
    payload.text,
    typeof payload.toZoneId === 'string' ? `→ ${zoneName(payload.toZoneId)}` : null,
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(' – ') : null;
}

function CasePage({
  ctx,
  view,
  notice,
  errors,
  zoneName,
  networkName,
  doneAction,
  allZones,
  typed = {},
}: {
  ctx: PageContext;
  view: CaseView;
  allZones: string[];
  notice: Notice;
  errors: FormErrors;
  typed?: Record<string, string>;
  zoneName: (id: string) => string;
  networkName: (id: string) => string;
  doneAction: string;
}) {
  const m = inboxMessages[ctx.locale];
  const v = vocabularyMessages[ctx.locale];
  const { record, request } = view;
  const type = request.requestType as RequestType;
  const details = request.details as Record<string, unknown>;
  const rows = (type === 'support-request' ? supportFlow : partnerFlow).rows(ctx.locale, details);
  const phone = (details.requester ?? details.contact) as { phone?: string | null } | undefined;
  const title = format(ctx.locale, m.case.title, { reference: record.reference });
  const zones = allZones
    .filter((zone) => zone !== record.zoneId)
    .map((zone) => ({ value: zone, label: zoneName(zone) }));
  return (
    <Layout ctx={ctx} section="inbox" title={title} hasErrors={Object.keys(errors).length > 0}>
      <BackLink href={`/${ctx.locale}/inbox`} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>
        {title} <StatusTag locale={ctx.locale} status={record.status} />
      </h1>
      {notice ? (
        <div class="panel panel--info" role="status">
          <p>
            {notice === 'done'
              ? format(ctx.locale, m.case.done, {
                  action: v.actions[doneAction as StaffAction] ?? doneAction,
                })
              : notice === 'stale'
                ? m.case.stale
                : m.case.notAllowed}
          </p>
        </div>
      ) : null}
      <p class="lead">{kindLabel(ctx.locale, type, request.kind)}</p>
      <SummaryList
        rows={[
          { key: m.case.requester, value: `${request.requesterName} – ${request.organisationName}` },
          {
            key: m.case.email,
            value: <a href={`mailto:${request.requesterEmail}`}>{request.requesterEmail}</a>,
          },
          ...(phone?.phone ? [{ key: m.case.phone, value: phone.phone }] : []),
          { key: m.case.correspondence, value: languageName(request.language, ctx.locale) },
          { key: m.columns.zone, value: zoneName(record.zoneId) },
          { key: m.case.networks, value: record.networkIds.map(networkName).join(', ') },
          { key: m.case.received, value: formatDate(ctx.locale, record.openedAt) },
          ...(record.respondBy
            ? [{ key: m.case.respondBy, value: formatDate(ctx.locale, record.respondBy) }]
            : []),
        ]}
      />
      <h2>{m.case.actions}</h2>
      {view.allowed.length === 0 ? <p>{m.case.noActions}</p> : null}
      <div class="case-actions">
        {view.allowed.map((action) => (
          <ActionForm
            key={action}
            ctx={ctx}
            view={view}
            action={action}
            errors={errors}
            typed={typed}
            zones={zones}
          />
        ))}
      </div>
      <h2>{m.case.request}</h2>
      <SummaryList rows={rows.map((row) => ({ key: row.key, value: row.value }))} />
      <h2>{m.case.timeline}</h2>
      <ol class="timeline">
        {[...view.actions].reverse().map((action) => (
          <li class="timeline__item" key={action.seq}>
            <strong>{v.actions[action.type]}</strong>
            {action.type === 'note' ? ` (${m.case.internal})` : null}{' '}
            <span class="timeline__when">
              {formatDateTime(ctx.locale, action.at)}
              {action.actor.kind === 'staff'
                ? ` – ${format(ctx.locale, m.case.by, { who: action.actor.label })}`
                : null}
              {action.actor.zoneId
                ? ` (${format(ctx.locale, m.case.fromZone, { zone: zoneName(action.actor.zoneId) })})`
                : null}
            </span>
            {actionDetails(ctx.locale, action.payload, zoneName) ? (
              <p>{actionDetails(ctx.locale, action.payload, zoneName)}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </Layout>
  );
}

const STAFF_ACTIONS = REQUEST_ACTIONS.filter((action): action is StaffAction => action !== 'submit');

export function registerCasePages(app: FastifyInstance, requests: RequestService): void {
  const snapshot = () => requests.reference.snapshot();
  for (const { locale, path } of localizedPaths('/inbox/cases/:id')) {
    const zoneName = (id: string) => snapshot().zones.get(id)?.names[locale] ?? id;
    const networkName = (id: string) => snapshot().networks.get(id)?.names[locale] ?? id;

    async function show(
      request: FastifyRequest,
      reply: FastifyReply,
      state: {
        notice: Notice;
        errors: FormErrors;
        doneAction: string;
        status: number;
        typed?: Record<string, string>;
      },
    ) {
      const { id } = request.params as { id: string };
      const view = await requests.cases.view(userOf(request), id);
      const page = h(CasePage, {
        ctx: pageContext(request, reply),
        view,
        allZones: [...snapshot().zones.keys()],
        notice: state.notice,
        errors: state.errors,
        zoneName,
        networkName,
        doneAction: state.doneAction,
        typed: state.typed ?? {},
      });
      return sendPage(reply, page, state.status);
    }

    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const done = queryValue(request.query, 'done');
      const doneAction = (STAFF_ACTIONS as readonly string[]).includes(done) ? done : '';
      return show(request, reply, {
        notice: doneAction ? 'done' : null,
        errors: {},
        doneAction,
        status: 200,
      });
    });

    app.post(
      `${path}/:action`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const { id, action } = request.params as { id: string; action: string };
        if (!(STAFF_ACTIONS as readonly string[]).includes(action)) return reply.callNotFound();
        const type = action as StaffAction;
        const body = (request.body ?? {}) as Record<string, unknown>;
        const rawVersion = queryValue(body, 'version');
        const version = /^\d{1,9}$/.test(rawVersion) ? Number(rawVersion) : Number.NaN;
        const input = Object.fromEntries(
          ['reason', 'text', 'toZoneId', 'clinicianId', 'date', 'time', 'place'].map((key) => [
            key,
            queryValue(body, key),
          ]),
        );
        const outcome: ActOutcome = await requests.cases.act(
          userOf(request),
          id,
          type,
          input,
          Number.isInteger(version) ? version : undefined,
        );
        if (outcome.ok) return reply.redirect(`/${locale}/inbox/cases/${id}?done=${type}`, 303);
        if (outcome.reason === 'invalid') {
          const m = inboxMessages[locale].issues;
          const errors = Object.fromEntries(
            outcome.issues.map((issue) => [
              `${type}-${issue.field}`,
              issue.code in m
                ? m[issue.code as keyof typeof m]
                : issueMessage(locale, issue as Parameters<typeof issueMessage>[1]),
            ]),
          );
          const typed = Object.fromEntries(
            Object.entries(input).map(([key, value]) => [`${type}-${key}`, value]),
          );
          return show(request, reply, { notice: null, errors, doneAction: '', status: 400, typed });
        }
        return show(request, reply, { notice: outcome.reason, errors: {}, doneAction: '', status: 409 });
      },
    );
  }
  registerAssignPage(app, requests);
}
