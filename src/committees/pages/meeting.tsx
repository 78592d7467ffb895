// A meeting's page: when and where, attendance and quorum, the agenda with recusals and
// decisions, closing. Each form carries the meeting's version: a form sent from a page that
// someone else changed meanwhile is refused with the current page and the typed text kept.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatDate, formatDateAt } from '../../platform/i18n/index.ts';
import {
  BackLink,
  Checkboxes,
  ErrorSummary,
  type FormErrors,
  SummaryList,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { committeeMessages } from '../messages/index.ts';
import type { ChangeOutcome, CommitteeService, MeetingView } from '../service.ts';
import { MeetingStatusTag } from './bodies.tsx';
import { askToConfirmClose } from './close.tsx';
import { DecisionFacts, ItemFacts, ItemForms, QuorumLine } from './item.tsx';
import { formFields, formList, formVersion, issueErrors, type NetworkName } from './shared.ts';

const DONE = ['attendance', 'agenda', 'recusal', 'recusal-withdrawn', 'decision', 'close'] as const;
type Done = (typeof DONE)[number];

interface PageState {
  notice: { tone: 'success' | 'warning'; text: string } | null;
  errors: FormErrors;
  /** What was typed in the form that failed, by input id. */
  values: Record<string, string>;
  /** Ticked members, when the attendance form is shown again. */
  present: string[] | null;
}

function MeetingPage({
  ctx,
  view,
  state,
  networkName,
  me,
}: {
  ctx: PageContext;
  me: string | null;
  view: MeetingView;
  state: PageState;
  networkName: NetworkName;
}) {
  const all = committeeMessages[ctx.locale];
  const m = all.meeting;
  const s = view.state;
  const open = view.status === 'open';
  const title = format(ctx.locale, m.title, { date: formatDate(ctx.locale, s.heldOn) });
  const hidden = (
    <>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      <input type="hidden" name="version" value={String(view.version)} />
    </>
  );
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(state.errors).length > 0}>
      <BackLink href={`/${ctx.locale}/committees`} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={state.errors} />
      <span class="heading-caption">{s.body.names[ctx.locale]}</span>
      <h1>
        {title} <MeetingStatusTag locale={ctx.locale} status={view.status} />
      </h1>
      {state.notice ? (
        <div class={`panel panel--${state.notice.tone}`} role="status">
          <p>{state.notice.text}</p>
        </div>
      ) : null}
      <SummaryList
        rows={[
          { key: m.when, value: formatDateAt(ctx.locale, s.heldOn, s.startsAt) },
          { key: m.where, value: `${all.modes[s.mode]} – ${s.place}` },
        ]}
      />
      {!open ? (
        <p>
          <a href={`/${ctx.locale}/committees/meetings/${s.id}/minutes`}>{m.minutesLink}</a>
        </p>
      ) : null}
      <h2 id="attendance">{m.attendanceTitle}</h2>
      <p class={s.quorum.met ? 'panel panel--success' : 'panel panel--warning'} data-quorum={s.quorum.met}>
        <QuorumLine locale={ctx.locale} quorum={s.quorum} />
      </p>
      {s.members.length === 0 ? <p>{m.noMembers}</p> : null}
      {!s.attendanceTaken && s.members.length > 0 ? <p>{m.attendanceNotTaken}</p> : null}
      {open && view.may.manage && s.members.length > 0 ? (
        <form method="post" action={`/${ctx.locale}/committees/meetings/${s.id}/attendance`} novalidate>
          {hidden}
          <Checkboxes
            name="present"
            legend={m.attendanceLegend}
            hint={m.attendanceHint}
            values={
              state.present ?? s.members.filter((member) => member.present).map((member) => member.accountId)
            }
            options={s.members.map((member) => ({ value: member.accountId, label: member.displayName }))}
          />
          <button type="submit" class="button">
            {m.saveAttendance}
          </button>
        </form>
      ) : (
        <ul>
          {s.members.map((member) => (
            <li key={member.accountId}>
              {member.displayName} – {member.present ? all.minutes.present : all.minutes.absent}
            </li>
          ))}
        </ul>
      )}
      <h2 id="agenda">{m.agendaTitle}</h2>
      {s.items.length === 0 ? <p>{m.emptyAgenda}</p> : null}
      {open && view.newItems > 0 ? (
        <div class="panel panel--info">
          <p>{format(ctx.locale, m.newItems, { count: view.newItems })}</p>
          {view.may.manage ? (
            <form
              method="post"
              action={`/${ctx.locale}/committees/meetings/${s.id}/agenda`}
              class="inline-form"
            >
              {hidden}
              <button type="submit" class="button button--secondary">
                {m.addItems}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
      {s.items.map((item, index) => (
        <section key={item.item.applicationId} aria-labelledby={`item-${index + 1}`} class="card">
          <ItemFacts
            locale={ctx.locale}
            item={item}
            networkName={networkName}
            position={index + 1}
            linked
            impacts={view.impacts.get(item.item.applicationId) ?? []}
            mayConfigure={(networkId) => view.configures.includes(networkId)}
          />
          <p>
            <QuorumLine locale={ctx.locale} quorum={item.quorum} />
          </p>
          {item.decision ? (
            <DecisionFacts locale={ctx.locale} decision={item.decision} />
          ) : open ? (
            <ItemForms
              ctx={ctx}
              meetingId={s.id}
              item={item}
              position={index + 1}
              members={s.members}
              version={view.version}
              may={{
                manage: view.may.manage,
                decide: view.may.decide,
                recused: item.recusals.some((recusal) => recusal.accountId === me),
              }}
              form={state}
            />
          ) : (
            <p>{m.notDecided}</p>
          )}
        </section>
      ))}
      {open && view.may.manage ? (
        <section aria-labelledby="close-title">
          <h2 id="close-title">{m.closeTitle}</h2>
          <p>{m.closeHint}</p>
          <form method="post" action={`/${ctx.locale}/committees/meetings/${s.id}/close`}>
            {hidden}
            <button type="submit" class="button button--warning">
              {m.close}
            </button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

export function registerMeetingPages(
  app: FastifyInstance,
  committees: CommitteeService,
  networkName: NetworkName,
) {
  for (const { locale, path } of localizedPaths('/committees/meetings/:id')) {
    const m = committeeMessages[locale];
    async function show(request: FastifyRequest, reply: FastifyReply, state: PageState, status = 200) {
      const { id } = request.params as { id: string };
      const view = await committees.meeting(request.user, id);
      return sendPage(
        reply,
        h(MeetingPage, {
          ctx: pageContext(request, reply),
          me: request.user?.accountId ?? null,
          view,
          state,
          networkName,
        }),
        status,
      );
    }
    const blank: PageState = { notice: null, errors: {}, values: {}, present: null };

    /** After a change: back to the page (303), or the page again with what went wrong. */
    function answer(
      request: FastifyRequest,
      reply: FastifyReply,
      outcome: ChangeOutcome,
      done: Done,
      kept: Omit<PageState, 'notice' | 'errors'> & { prefix?: string },
    ) {
      const { id } = request.params as { id: string };
      if (outcome.ok) return reply.redirect(`/${locale}/committees/meetings/${id}?done=${done}`, 303);
      const { prefix = '', ...keep } = kept;
      if (outcome.reason === 'invalid') {
        return show(
          request,
          reply,
          { ...keep, notice: null, errors: issueErrors(locale, outcome.issues, prefix) },
          400,
        );
      }
      const text = outcome.reason === 'desk' ? m.notices.desk[outcome.desk] : m.notices[outcome.reason];
      return show(request, reply, { ...keep, notice: { tone: 'warning', text }, errors: {} }, 409);
    }

    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const done = queryValue(request.query, 'done') as Done;
      const notice = DONE.includes(done) ? { tone: 'success' as const, text: m.notices.done[done] } : null;
      return show(request, reply, { ...blank, notice });
    });

    const post = { schema: { hide: true }, preValidation: app.csrfProtection };
    app.post(`${path}/attendance`, post, async (request, reply) => {
      const { id } = request.params as { id: string };
      const present = formList(request.body, 'present');
      const outcome = await committees.recordAttendance(request.user, id, formVersion(request.body), present);
      return answer(request, reply, outcome, 'attendance', { values: {}, present });
    });

    app.post(`${path}/agenda`, post, async (request, reply) => {
      const { id } = request.params as { id: string };
      const outcome = await committees.addNewItems(request.user, id, formVersion(request.body));
      return answer(request, reply, outcome, 'agenda', { values: {}, present: null });
    });

    app.post(`${path}/close`, post, async (request, reply) => {
      const { id } = request.params as { id: string };
      if (await askToConfirmClose(request, reply, committees, locale)) return reply;
      const outcome = await committees.close(request.user, id, formVersion(request.body));
      return answer(request, reply, outcome, 'close', { values: {}, present: null });
    });

    /** The input ids of an item's form are prefixed by its position on the agenda. */
    async function itemPrefix(request: FastifyRequest, form: 'r' | 'd'): Promise<string> {
      const { id, applicationId } = request.params as { id: string; applicationId: string };
      const view = await committees.meeting(request.user, id);
      const index = view.state.items.findIndex((item) => item.item.applicationId === applicationId);
      return `i${index + 1}-${form}-`;
    }
    const prefixed = (prefix: string, values: Record<string, string>) =>
      Object.fromEntries(Object.entries(values).map(([key, value]) => [`${prefix}${key}`, value]));

    app.post(`${path}/items/:applicationId/recusals`, post, async (request, reply) => {
      const { id, applicationId } = request.params as { id: string; applicationId: string };
      const values = formFields(request.body, ['memberId', 'note']);
      const version = formVersion(request.body);
      const outcome = await committees.declareRecusal(request.user, id, applicationId, version, values);
      const prefix = outcome.ok ? '' : await itemPrefix(request, 'r');
      return answer(request, reply, outcome, 'recusal', {
        values: prefixed(prefix, values),
        present: null,
        prefix,
      });
    });

    app.post(`${path}/items/:applicationId/recusals/withdraw`, post, async (request, reply) => {
      const { id, applicationId } = request.params as { id: string; applicationId: string };
      const { memberId = '' } = formFields(request.body, ['memberId']);
      const version = formVersion(request.body);
      const outcome = await committees.withdrawRecusal(request.user, id, applicationId, memberId, version);
      return answer(request, reply, outcome, 'recusal-withdrawn', { values: {}, present: null });
    });

    app.post(`${path}/items/:applicationId/decision`, post, async (request, reply) => {
      const { id, applicationId } = request.params as { id: string; applicationId: string };
      const values = formFields(request.body, [
        'outcome',
        'reasons',
        'votesFor',
        'votesAgainst',
        'abstentions',
      ]);
      const version = formVersion(request.body);
      const outcome = await committees.decide(request.user, id, applicationId, version, values);
      const prefix = outcome.ok ? '' : await itemPrefix(request, 'd');
      return answer(request, reply, outcome, 'decision', {
        values: prefixed(prefix, values),
        present: null,
        prefix,
      });
    });
  }
}
