import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ComponentChildren, h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatDate, type Locale, languageName } from '../../platform/i18n/index.ts';
import { ErrorSummary, type FormErrors, SummaryList, Textarea } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { nameOf } from '../../reference/names.ts';
import type { CallItem, ProposalItem } from '../clinician-answers.ts';
import type { RequestType } from '../domain/vocabulary.ts';
import { CLINICIAN_ACTIONS, type ClinicianAction } from '../domain/workflow.ts';
import { followUpMessages } from '../messages/follow-up.ts';
import { issueMessage, vocabularyMessages } from '../messages/index.ts';
import type { OwnRequest } from '../requester-view.ts';
import type { RequestService } from '../service.ts';
import { kindLabel, RequestStatusTag } from './inbox.tsx';
import { userOf } from './user.ts';

// Two pages outside the inbox: a clinician's calls and proposals (/my/proposals), answered with
// plain forms, and a GP's or an organisation's own requests (/my/requests).

type Overview = Awaited<ReturnType<RequestService['cases']['clinicians']['overview']>>;

function Csrf({ ctx, version }: { ctx: PageContext; version: number }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      <input type="hidden" name="version" value={String(version)} />
    </>
  );
}

function Call({ ctx, call, errors }: { ctx: PageContext; call: CallItem; errors: FormErrors }) {
  const m = followUpMessages[ctx.locale].clinician;
  const v = vocabularyMessages[ctx.locale];
  const { venue } = call.offer;
  const id = `call-${call.caseId}`;
  return (
    <li class="case-action" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {call.request.organisationName} – {v.offers[call.offer.offer]}
      </h3>
      <SummaryList
        rows={[
          { key: m.venue, value: `${venue.street}, ${venue.postcode}` },
          { key: m.capacity, value: String(venue.capacity) },
          { key: m.openingTimes, value: venue.openingTimes },
          { key: m.accessibility, value: v.accessibility[venue.accessibility] },
          { key: m.public, value: venue.targetPublic.map((group) => v.ageGroups[group]).join(', ') },
          {
            key: m.languages,
            value: venue.languages.map((code) => languageName(code, ctx.locale)).join(', '),
          },
          ...(call.callText ? [{ key: m.callMessage, value: call.callText }] : []),
        ]}
      />
      {call.answered ? (
        <p>{m.answered}</p>
      ) : (
        <form method="post" action={`/${ctx.locale}/my/proposals/${call.caseId}/answer-call`} class="form">
          <Csrf ctx={ctx} version={call.version} />
          <Textarea
            id={`${id}-text`}
            name="text"
            label={m.answerText}
            rows={3}
            error={errors[`${id}-text`]}
          />
          <button type="submit" class="button">
            {m.answer}
          </button>
        </form>
      )}
    </li>
  );
}

function Proposal({ ctx, item, errors }: { ctx: PageContext; item: ProposalItem; errors: FormErrors }) {
  const m = followUpMessages[ctx.locale].clinician;
  const type = item.request.requestType as RequestType;
  const id = `proposal-${item.caseId}`;
  const base = `/${ctx.locale}/my/proposals/${item.caseId}`;
  const answer = item.proposal.answer;
  return (
    <li class="case-action" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {item.reference} – {kindLabel(ctx.locale, type, item.request.kind)}
      </h3>
      <SummaryList
        rows={[
          { key: m.venue, value: `${item.request.organisationName}, ${item.request.postcode}` },
          // Who to contact, once the clinician has agreed.
          ...(answer === 'accepted'
            ? [{ key: m.contact, value: `${item.request.requesterName} – ${item.request.requesterEmail}` }]
            : []),
        ]}
      />
      {answer === 'accepted' ? <p>{m.accepted}</p> : answer === 'declined' ? <p>{m.declined}</p> : null}
      {answer === null ? (
        <div class="button-group">
          <form method="post" action={`${base}/clinician-accept`}>
            <Csrf ctx={ctx} version={item.version} />
            <button type="submit" class="button">
              {m.accept}
            </button>
          </form>
          <form method="post" action={`${base}/clinician-decline`} class="form">
            <Csrf ctx={ctx} version={item.version} />
            <Textarea
              id={`${id}-text`}
              name="text"
              label={m.declineText}
              rows={2}
              error={errors[`${id}-text`]}
            />
            <button type="submit" class="button button--secondary">
              {m.decline}
            </button>
          </form>
        </div>
      ) : null}
    </li>
  );
}

function ProposalsPage(props: {
  ctx: PageContext;
  overview: Overview;
  notice: string | null;
  errors: FormErrors;
}) {
  const { ctx, overview, errors } = props;
  const m = followUpMessages[ctx.locale].clinician;
  return (
    <Layout ctx={ctx} section="proposals" title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      {props.notice ? (
        <div class="panel panel--info" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <p class="lead">{m.intro}</p>
      <h2>{m.calls}</h2>
      {overview.calls.length === 0 ? <p>{m.noCalls}</p> : null}
      <ul class="results">
        {overview.calls.map((call) => (
          <Call key={call.caseId} ctx={ctx} call={call} errors={errors} />
        ))}
      </ul>
      <h2>{m.proposals}</h2>
      {overview.proposals.length === 0 ? <p>{m.noProposals}</p> : null}
      <ul class="results">
        {overview.proposals.map((item) => (
          <Proposal key={item.caseId} ctx={ctx} item={item} errors={errors} />
        ))}
      </ul>
    </Layout>
  );
}

function OwnRequestItem({
  locale,
  item,
  zoneName,
  panels,
}: {
  locale: Locale;
  item: OwnRequest;
  zoneName: string;
  panels: ComponentChildren[];
}) {
  const m = followUpMessages[locale].mine;
  const v = vocabularyMessages[locale];
  return (
    <li class="case-action" aria-labelledby={`request-${item.reference}`}>
      <h2 id={`request-${item.reference}`}>
        {item.reference} <RequestStatusTag locale={locale} status={item.status} />
      </h2>
      <p>
        {kindLabel(locale, item.requestType, item.kind)} ·{' '}
        {format(locale, m.sent, { date: formatDate(locale, item.openedAt) })} · {zoneName}
      </p>
      <h3>{m.history}</h3>
      <ol class="timeline">
        {[...item.timeline].reverse().map((step) => (
          <li class="timeline__item" key={`${step.at}-${step.type}`}>
            <strong>{v.actions[step.type]}</strong>{' '}
            <span class="timeline__when">{formatDate(locale, step.at)}</span>
            {step.details ? <p>{step.details}</p> : null}
          </li>
        ))}
      </ol>
      {panels}
    </li>
  );
}

function MyRequestsPage({
  ctx,
  items,
  zoneName,
  panels,
}: {
  ctx: PageContext;
  items: OwnRequest[];
  zoneName: (id: string) => string;
  /** Other capabilities' parts of each request, by case id. */
  panels: Map<string, ComponentChildren[]>;
}) {
  const m = followUpMessages[ctx.locale].mine;
  return (
    <Layout ctx={ctx} section="my-requests" title={m.title}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {items.length === 0 ? <p>{m.none}</p> : null}
      <ul class="results">
        {items.map((item) => (
          <OwnRequestItem
            key={item.reference}
            locale={ctx.locale}
            item={item}
            zoneName={zoneName(item.zoneId)}
            panels={panels.get(item.caseId) ?? []}
          />
        ))}
      </ul>
    </Layout>
  );
}

export function registerFollowUpPages(app: FastifyInstance, requests: RequestService): void {
  const answers = requests.cases.clinicians;
  for (const { locale, path } of localizedPaths('/my/proposals')) {
    async function show(
      request: FastifyRequest,
      reply: FastifyReply,
      notice: string | null,
      errors: FormErrors,
      status = 200,
    ) {
      const overview = await answers.overview(userOf(request));
      return sendPage(
        reply,
        h(ProposalsPage, { ctx: pageContext(request, reply), overview, notice, errors }),
        status,
      );
    }

    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const done = queryValue(request.query, 'done');
      const m = followUpMessages[locale].clinician;
      const notice = (CLINICIAN_ACTIONS as readonly string[]).includes(done)
        ? m.done[done as ClinicianAction]
        : null;
      return show(request, reply, notice, {});
    });

    app.post(
      `${path}/:id/:action`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const { id, action } = request.params as { id: string; action: string };
        if (!(CLINICIAN_ACTIONS as readonly string[]).includes(action)) return reply.callNotFound();
        const type = action as ClinicianAction;
        const body = (request.body ?? {}) as Record<string, unknown>;
        const rawVersion = queryValue(body, 'version');
        const version = /^\d{1,9}$/.test(rawVersion) ? Number(rawVersion) : undefined;
        const outcome = await answers.answer(
          userOf(request),
          id,
          type,
          { text: queryValue(body, 'text') },
          version,
        );
        if (outcome.ok) return reply.redirect(`/${locale}/my/proposals?done=${type}`, 303);
        if (outcome.reason === 'invalid') {
          const prefix = type === 'answer-call' ? 'call' : 'proposal';
          const errors = Object.fromEntries(
            outcome.issues.map((issue) => [
              `${prefix}-${id}-${issue.field}`,
              issueMessage(locale, issue as Parameters<typeof issueMessage>[1]),
            ]),
          );
          return show(request, reply, null, errors, 400);
        }
        return show(request, reply, followUpMessages[locale].clinician.notAllowed, {}, 409);
      },
    );
  }

  for (const { locale, path } of localizedPaths('/my/requests')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const items = await requests.ownRequests(userOf(request), locale);
      const zones = requests.reference.snapshot().zones;
      const panels = new Map<string, ComponentChildren[]>();
      for (const item of items) {
        const shown = await Promise.all(
          requests.ownRequestPanels.map((panel) => panel({ caseId: item.caseId, locale })),
        );
        panels.set(
          item.caseId,
          shown.filter((panel) => panel !== null),
        );
      }
      return sendPage(
        reply,
        h(MyRequestsPage, {
          ctx: pageContext(request, reply),
          items,
          panels,
          zoneName: (id) => nameOf(zones.get(id), id, locale),
        }),
      );
    });
  }
}
