// The list of a person's deciding bodies with their meetings, and the form for a new meeting.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext } from '../../platform/http/pages.ts';
import { format, formatDateAt, type Locale } from '../../platform/i18n/index.ts';
import {
  BackLink,
  ErrorSummary,
  type FormErrors,
  Radios,
  Table,
  Tag,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import type { DecidingBody } from '../domain/bodies.ts';
import { MEETING_FORMATS } from '../domain/forms.ts';
import { committeeMessages } from '../messages/index.ts';
import type { CommitteeService } from '../service.ts';
import { formFields, issueErrors, type NetworkName } from './shared.ts';

type BodyList = Awaited<ReturnType<CommitteeService['bodiesFor']>>;

export function StatusTag({ locale, status }: { locale: Locale; status: string }) {
  const m = committeeMessages[locale].status;
  return <Tag tone={status === 'open' ? 'good' : 'neutral'}>{status === 'open' ? m.open : m.closed}</Tag>;
}

function BodiesPage({
  ctx,
  bodies,
  networkName,
}: {
  ctx: PageContext;
  bodies: BodyList;
  networkName: NetworkName;
}) {
  const m = committeeMessages[ctx.locale].list;
  const modes = committeeMessages[ctx.locale].modes;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {bodies.map(({ body, mayManage, meetings }) => (
        <section key={body.id} aria-labelledby={`body-${body.id}`}>
          <h2 id={`body-${body.id}`}>{body.names[ctx.locale]}</h2>
          <p>
            {format(ctx.locale, m.networks, {
              networks: body.networkIds.map((id) => networkName(id, ctx.locale)).join(', '),
            })}
          </p>
          <p>
            {format(ctx.locale, m.quorum, {
              minimum: body.quorum.minimumPresent,
              majority: body.quorum.majorityOfMembers ? 'yes' : 'no',
            })}
          </p>
          {mayManage ? (
            <p>
              <a class="button" href={`/${ctx.locale}/committees/${body.id}/meetings/new`}>
                {m.newMeeting}
              </a>
            </p>
          ) : null}
          {meetings.length === 0 ? (
            <p>{m.noMeetings}</p>
          ) : (
            <div class="staff-table">
              <Table
                caption={format(ctx.locale, m.meetings, { body: body.names[ctx.locale] })}
                head={[m.columns.date, m.columns.place, m.columns.status]}
                rows={meetings.map((meeting) => ({
                  key: meeting.id,
                  cells: [
                    <a href={`/${ctx.locale}/committees/meetings/${meeting.id}`} class="nowrap" key="date">
                      {formatDateAt(ctx.locale, meeting.heldOn, meeting.startsAt)}
                    </a>,
                    `${modes[meeting.mode === 'online' ? 'online' : 'in-person']} – ${meeting.place}`,
                    <StatusTag locale={ctx.locale} status={meeting.status} key="status" />,
                  ],
                }))}
              />
            </div>
          )}
        </section>
      ))}
    </Layout>
  );
}

function NewMeetingPage({
  ctx,
  body,
  errors,
  values,
}: {
  ctx: PageContext;
  body: DecidingBody;
  errors: FormErrors;
  values: Record<string, string>;
}) {
  const m = committeeMessages[ctx.locale].newMeeting;
  const modes = committeeMessages[ctx.locale].modes;
  return (
    <Layout ctx={ctx} title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <BackLink href={`/${ctx.locale}/committees`} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <span class="heading-caption">{body.names[ctx.locale]}</span>
      <h1>{m.title}</h1>
      <p>{m.agendaHint}</p>
      <form method="post" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <TextInput
          id="heldOn"
          label={m.heldOn}
          hint={m.heldOnHint}
          error={errors.heldOn}
          value={values.heldOn}
          width="medium"
        />
        <TextInput
          id="startsAt"
          label={m.startsAt}
          hint={m.startsAtHint}
          error={errors.startsAt}
          value={values.startsAt}
          width="short"
        />
        <Radios
          name="mode"
          legend={m.mode}
          error={errors.mode}
          value={values.mode}
          options={MEETING_FORMATS.map((mode) => ({ value: mode, label: modes[mode] }))}
        />
        <TextInput id="place" label={m.place} error={errors.place} value={values.place} />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

export function registerBodyPages(
  app: FastifyInstance,
  committees: CommitteeService,
  networkName: NetworkName,
) {
  for (const { locale, path } of localizedPaths('/committees')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const bodies = await committees.bodiesFor(request.user);
      return sendPage(reply, h(BodiesPage, { ctx: pageContext(request, reply), bodies, networkName }));
    });

    const show = async (
      request: FastifyRequest,
      reply: FastifyReply,
      errors: FormErrors,
      values: Record<string, string>,
    ) => {
      const { bodyId } = request.params as { bodyId: string };
      const body = await committees.body(request.user, bodyId, 'committee.meeting.manage');
      const page = h(NewMeetingPage, { ctx: pageContext(request, reply), body, errors, values });
      return sendPage(reply, page, Object.keys(errors).length > 0 ? 400 : 200);
    };

    app.get(`${path}/:bodyId/meetings/new`, { schema: { hide: true } }, (request, reply) =>
      show(request, reply, {}, {}),
    );

    app.post(
      `${path}/:bodyId/meetings/new`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const { bodyId } = request.params as { bodyId: string };
        const values = formFields(request.body, ['heldOn', 'startsAt', 'mode', 'place']);
        const outcome = await committees.createMeeting(request.user, bodyId, values);
        if (outcome.ok) return reply.redirect(`/${locale}/committees/meetings/${outcome.id}`, 303);
        return show(request, reply, issueErrors(locale, outcome.issues), values);
      },
    );
  }
}
