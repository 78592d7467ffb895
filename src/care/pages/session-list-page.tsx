// /{locale}/sessions: the sessions of the networks a coordinator or network admin reads, filtered
// by clinician, month, function and outcome; /{locale}/sessions/{id}: one session with its log.
// Every session shown is a staff read, audited through the care service's oversight.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { reach, requireUser } from '../../platform/auth/policy.ts';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { StandardProblem } from '../../platform/http/problem.ts';
import {
  format,
  formatDate,
  formatEuros,
  formatShortDate,
  formatShortDateTime,
} from '../../platform/i18n/index.ts';
import { parseBelgianMonth } from '../../platform/identifiers/belgian-date.ts';
import {
  BackLink,
  ErrorSummary,
  type FormErrors,
  Select,
  SummaryList,
  Table,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { CARE_FUNCTIONS, type ReasonCode } from '../domain/index.ts';
import { careMessages } from '../messages.ts';
import type { SessionRead, SessionView } from '../outcomes.ts';
import type { CareService } from '../service.ts';
import { SESSION_OUTCOMES, type SessionOutcome, type StaffSessionFilters } from '../staff-sessions.ts';
import { staffMessages } from './staff-messages.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Typed = { clinician: string; month: string; function: string; outcome: string };

function outcomeOf(session: SessionView): SessionOutcome {
  return session.cancelled ? 'cancelled' : session.decision.reimbursable ? 'reimbursed' : 'not-reimbursed';
}

function SessionListPage(props: {
  ctx: PageContext;
  typed: Typed;
  errors: FormErrors;
  sessions: SessionView[];
  clinicians: Map<string, string>;
}) {
  const { ctx, typed, errors, sessions, clinicians } = props;
  const t = staffMessages[ctx.locale];
  const m = careMessages[ctx.locale].labels;
  return (
    <Layout
      ctx={ctx}
      title={t.sessions.title}
      section="network-sessions"
      hasErrors={Object.keys(errors).length > 0}
    >
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{t.sessions.title}</h1>
      <p class="lead">{t.sessions.intro}</p>
      <form method="get" action={`/${ctx.locale}/sessions`} class="filters">
        <Select
          id="clinician"
          label={t.statements.clinician}
          value={typed.clinician}
          emptyLabel={t.statements.any}
          options={[...clinicians].map(([value, label]) => ({ value, label }))}
        />
        <TextInput
          id="month"
          label={t.statements.month}
          value={typed.month}
          error={errors.month}
          width="short"
        />
        <Select
          id="function"
          label={t.sessions.function}
          value={typed.function}
          emptyLabel={t.statements.any}
          options={CARE_FUNCTIONS.map((value) => ({ value, label: m.functions[value] }))}
        />
        <Select
          id="outcome"
          label={t.sessions.outcome}
          value={typed.outcome}
          emptyLabel={t.statements.any}
          options={SESSION_OUTCOMES.map((value) => ({ value, label: t.sessions.outcomes[value] }))}
        />
        <button type="submit" class="button button--secondary">
          {t.statements.show}
        </button>
      </form>
      {sessions.length === 0 ? (
        <p>{t.sessions.none}</p>
      ) : (
        <div class="staff-table">
          <Table
            caption={t.sessions.title}
            head={[
              t.sessions.date,
              t.statements.clinician,
              t.sessions.function,
              t.sessions.mode,
              t.sessions.outcome,
            ]}
            rows={sessions.map((session) => ({
              key: session.id,
              cells: [
                <a href={`/${ctx.locale}/sessions/${session.id}`} key="date">
                  {formatShortDate(ctx.locale, session.date)}
                </a>,
                clinicians.get(session.clinicianId) ?? session.clinicianId,
                m.functions[session.function],
                m.modes[session.mode],
                t.sessions.outcomes[outcomeOf(session)],
              ],
            }))}
          />
        </div>
      )}
    </Layout>
  );
}

function SessionPage({ ctx, read, clinician }: { ctx: PageContext; read: SessionRead; clinician: string }) {
  const t = staffMessages[ctx.locale];
  const m = careMessages[ctx.locale].labels;
  const { session, events } = read;
  const title = format(ctx.locale, t.session.title, { date: formatDate(ctx.locale, session.date) });
  const { decision } = session;
  return (
    <Layout ctx={ctx} title={title} section="network-sessions">
      <BackLink href={`/${ctx.locale}/sessions`} locale={ctx.locale} />
      <h1>{title}</h1>
      <SummaryList
        rows={[
          { key: t.statements.clinician, value: clinician },
          { key: t.sessions.function, value: m.functions[session.function] },
          { key: t.sessions.mode, value: m.modes[session.mode] },
          { key: t.session.decision, value: t.sessions.outcomes[outcomeOf(session)] },
          ...(decision.reason
            ? [{ key: t.session.reason, value: m.reasons[decision.reason as ReasonCode] }]
            : []),
          ...(decision.sessionNumber !== null
            ? [{ key: t.session.number, value: String(decision.sessionNumber) }]
            : []),
          {
            key: t.sessions.copay,
            value: decision.copayCents === null ? '–' : formatEuros(ctx.locale, decision.copayCents),
          },
          {
            key: t.sessions.fee,
            value:
              decision.feeCents === null ? t.session.unknownFee : formatEuros(ctx.locale, decision.feeCents),
          },
        ]}
      />
      <Table
        caption={t.session.log}
        head={[t.session.at, t.session.event, t.session.note]}
        rows={events.map((event, index) => ({
          key: String(index),
          cells: [
            formatShortDateTime(ctx.locale, new Date(event.at)),
            event.causeSessionId
              ? `${t.session.events[event.kind]} (${format(ctx.locale, t.session.cause, { id: event.causeSessionId.slice(0, 8) })})`
              : t.session.events[event.kind],
            event.note ?? '',
          ],
        }))}
      />
    </Layout>
  );
}

export function registerSessionListPages(app: FastifyInstance, care: CareService): void {
  for (const { locale, path } of localizedPaths('/sessions')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const user = requireUser(request.user);
      const networkIds = [...new Set(reach(user, 'care-session.read').networkIds)];
      if (networkIds.length === 0) throw new StandardProblem(403, 'forbidden');
      const typed: Typed = {
        clinician: queryValue(request.query, 'clinician').slice(0, 60),
        month: queryValue(request.query, 'month').trim().slice(0, 20),
        function: queryValue(request.query, 'function').slice(0, 40),
        outcome: queryValue(request.query, 'outcome').slice(0, 40),
      };
      const errors: FormErrors = {};
      const t = staffMessages[locale].statements;
      const month = typed.month ? parseBelgianMonth(typed.month) : null;
      if (typed.month && !month)
        errors.month = format(locale, t.badMonth, { field: t.month, value: typed.month });
      const filters: StaffSessionFilters = {
        networkIds,
        clinicianId: UUID.test(typed.clinician) ? typed.clinician : undefined,
        month: month ?? undefined,
        function: (CARE_FUNCTIONS as readonly string[]).includes(typed.function) ? typed.function : undefined,
        outcome: (SESSION_OUTCOMES as readonly string[]).includes(typed.outcome)
          ? (typed.outcome as SessionOutcome)
          : undefined,
      };
      const actor = await care.actorFor(user);
      const sessions = errors.month ? [] : await care.staff.networkSessions(actor, filters);
      const clinicians = await care.staff.recordingClinicians(networkIds);
      return sendPage(
        reply,
        h(SessionListPage, { ctx: pageContext(request, reply), typed, errors, sessions, clinicians }),
        Object.keys(errors).length > 0 ? 400 : 200,
      );
    });

    app.get(`${path}/:id`, { schema: { hide: true } }, async (request, reply) => {
      const user = requireUser(request.user);
      const { id } = request.params as { id: string };
      const read = UUID.test(id) ? await care.getSession(await care.actorFor(user), id) : null;
      if (!read) throw new StandardProblem(404, 'not-found');
      const clinicians = await care.staff.recordingClinicians();
      const clinician = clinicians.get(read.session.clinicianId) ?? read.session.clinicianId;
      return sendPage(reply, h(SessionPage, { ctx: pageContext(request, reply), read, clinician }));
    });
  }
}
