import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ComponentChildren, h } from 'preact';
import {
  CaseLayout,
  CaseTimeline,
  ConfirmActionPage,
  isConfirmed,
  orderActions,
} from '../../platform/cases/case-page.tsx';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatDate, type Locale, languageName } from '../../platform/i18n/index.ts';
import { type FormErrors, SummaryList } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { nameOf } from '../../reference/names.ts';
import type { ActOutcome, CaseView } from '../case-work.ts';
import { appointmentText } from '../domain/appointment.ts';
import type { RequestType } from '../domain/vocabulary.ts';
import {
  DESTRUCTIVE_ACTIONS,
  REQUEST_NEXT,
  STAFF_REQUEST_ACTIONS,
  type StaffAction,
} from '../domain/workflow.ts';
import { inboxMessages } from '../messages/inbox.ts';
import { issueMessage, vocabularyMessages } from '../messages/index.ts';
import type { RequestService } from '../service.ts';
import { registerAssignPage } from './assign.tsx';
import { ActionForm } from './case-action-form.tsx';
import { ProposedClinicianAnswer } from './follow-up-panel.tsx';
import { kindLabel, RequestStatusTag } from './inbox.tsx';
import { partnerFlow } from './partner-flow.tsx';
import { supportFlow } from './support-flow.tsx';
import { userOf } from './user.ts';

type Notice = 'done' | 'stale' | 'not-allowed' | null;

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
  values,
  zoneName,
  networkName,
  doneAction,
  allZones,
  panels,
}: {
  ctx: PageContext;
  view: CaseView;
  /** Other capabilities' panels (case-panels.ts), shown under the request. */
  panels: ComponentChildren[];
  allZones: string[];
  notice: Notice;
  errors: FormErrors;
  values: Record<string, string>;
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
    <CaseLayout
      ctx={ctx}
      section="inbox"
      title={title}
      heading={
        <>
          {title} <RequestStatusTag locale={ctx.locale} status={record.status} />
        </>
      }
      backHref={`/${ctx.locale}/inbox`}
      errors={errors}
      notice={
        notice === 'done'
          ? format(ctx.locale, m.case.done, { action: v.actions[doneAction as StaffAction] ?? doneAction })
          : notice === 'stale'
            ? m.case.stale
            : notice === 'not-allowed'
              ? m.case.notAllowed
              : null
      }
      content={
        <>
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
          <h2>{m.case.request}</h2>
          <SummaryList rows={rows.map((row) => ({ key: row.key, value: row.value }))} />
          {panels}
        </>
      }
      actions={orderActions(view.allowed, REQUEST_NEXT[record.status], DESTRUCTIVE_ACTIONS).map(
        ({ action, tone }) => (
          <ActionForm
            key={action}
            ctx={ctx}
            view={view}
            action={action}
            tone={tone}
            errors={errors}
            values={values}
            zones={zones}
          />
        ),
      )}
      noActions={m.case.noActions}
      after={<ProposedClinicianAnswer ctx={ctx} view={view} />}
      timeline={
        <CaseTimeline
          locale={ctx.locale}
          actions={view.actions}
          label={(action) => v.actions[action.type]}
          qualifier={(action) => (action.type === 'note' ? m.case.internal : null)}
          who={(action) =>
            action.actor.kind === 'staff' || action.actor.kind === 'clinician'
              ? [
                  format(ctx.locale, m.case.by, { who: action.actor.label }),
                  action.actor.zoneId
                    ? `(${format(ctx.locale, m.case.fromZone, { zone: zoneName(action.actor.zoneId) })})`
                    : null,
                ]
                  .filter(Boolean)
                  .join(' ')
              : null
          }
          details={(action) => actionDetails(ctx.locale, action.payload, zoneName)}
        />
      }
    />
  );
}

const INPUT_FIELDS = ['reason', 'text', 'toZoneId', 'clinicianId', 'date', 'time', 'place'] as const;

export function registerCasePages(app: FastifyInstance, requests: RequestService): void {
  const snapshot = () => requests.reference.snapshot();
  for (const { locale, path } of localizedPaths('/inbox/cases/:id')) {
    const zoneName = (id: string) => nameOf(snapshot().zones.get(id), id, locale);
    const networkName = (id: string) => nameOf(snapshot().networks.get(id), id, locale);

    async function show(
      request: FastifyRequest,
      reply: FastifyReply,
      state: {
        notice: Notice;
        errors: FormErrors;
        values?: Record<string, string>;
        doneAction: string;
        status: number;
      },
    ) {
      const { id } = request.params as { id: string };
      const view = await requests.cases.view(userOf(request), id);
      const panelInput = { user: userOf(request), view, locale };
      const panels = (await Promise.all(requests.casePanels.map((panel) => panel(panelInput)))).filter(
        (panel) => panel !== null,
      );
      const page = h(CasePage, {
        panels,
        ctx: pageContext(request, reply),
        view,
        allZones: [...snapshot().zones.keys()],
        notice: state.notice,
        errors: state.errors,
        values: state.values ?? {},
        zoneName,
        networkName,
        doneAction: state.doneAction,
      });
      return sendPage(reply, page, state.status);
    }

    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const done = queryValue(request.query, 'done');
      const doneAction = (STAFF_REQUEST_ACTIONS as readonly string[]).includes(done) ? done : '';
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
        if (!(STAFF_REQUEST_ACTIONS as readonly string[]).includes(action)) return reply.callNotFound();
        const type = action as StaffAction;
        const body = (request.body ?? {}) as Record<string, unknown>;
        const rawVersion = queryValue(body, 'version');
        const version = /^\d{1,9}$/.test(rawVersion) ? Number(rawVersion) : Number.NaN;
        const expected = Number.isInteger(version) ? version : undefined;
        const input = Object.fromEntries(INPUT_FIELDS.map((key) => [key, queryValue(body, key)]));
        const values = Object.fromEntries(
          Object.entries(input).map(([key, value]) => [`${type}-${key}`, value]),
        );
        // A decline is confirmed on a page of its own before it is taken (no JavaScript needed).
        const confirming = DESTRUCTIVE_ACTIONS.has(type) && !isConfirmed(body);
        const outcome: ActOutcome = confirming
          ? await requests.cases.check(userOf(request), id, type, input, expected)
          : await requests.cases.act(userOf(request), id, type, input, expected);
        if (outcome.ok && confirming) {
          const m = inboxMessages[locale];
          const labels: Partial<Record<string, string>> = { reason: m.forms.decline.reason };
          return sendPage(
            reply,
            h(ConfirmActionPage, {
              ctx: pageContext(request, reply),
              section: 'inbox',
              question: format(locale, m.case.declineQuestion, { reference: outcome.record.reference }),
              verb: m.case.declineVerb,
              url: `/${locale}/inbox/cases/${id}/${type}`,
              cancelHref: `/${locale}/inbox/cases/${id}`,
              version: expected ?? null,
              fields: Object.entries(input)
                .filter(([, value]) => value !== '')
                .map(([name, value]) => ({ name, value, label: labels[name] })),
            }),
          );
        }
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
          return show(request, reply, { notice: null, errors, values, doneAction: '', status: 400 });
        }
        return show(request, reply, {
          notice: outcome.reason,
          errors: {},
          values,
          doneAction: '',
          status: 409,
        });
      },
    );
  }
  registerAssignPage(app, requests);
}
