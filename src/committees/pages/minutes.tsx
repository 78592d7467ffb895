// The minutes of a closed meeting, from the snapshot written when it closed: the same page on
// screen and on paper (the site's print style sheet leaves out navigation, links and buttons).

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext } from '../../platform/http/pages.ts';
import { format, formatDate, formatDateAt, formatDateTime } from '../../platform/i18n/index.ts';
import { BackLink, SummaryList } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import type { Minutes } from '../domain/minutes.ts';
import { committeeMessages } from '../messages/index.ts';
import type { CommitteeService, MeetingView } from '../service.ts';
import { DecisionFacts, ItemFacts, QuorumLine } from './item.tsx';
import type { NetworkName } from './shared.ts';

function names(list: Array<{ displayName: string }>, nobody: string): string {
  return list.length > 0 ? list.map((member) => member.displayName).join(', ') : nobody;
}

function MinutesBody({
  ctx,
  minutes,
  networkName,
}: {
  ctx: PageContext;
  minutes: Minutes;
  networkName: NetworkName;
}) {
  const all = committeeMessages[ctx.locale];
  const m = all.minutes;
  return (
    <>
      <SummaryList
        rows={[
          { key: all.meeting.when, value: formatDateAt(ctx.locale, minutes.heldOn, minutes.startsAt) },
          { key: all.meeting.where, value: `${all.modes[minutes.mode]} – ${minutes.place}` },
          {
            key: m.present,
            value: names(
              minutes.members.filter((x) => x.present),
              m.nobody,
            ),
          },
          {
            key: m.absent,
            value: names(
              minutes.members.filter((x) => !x.present),
              m.nobody,
            ),
          },
          { key: all.meeting.quorumTitle, value: <QuorumLine locale={ctx.locale} quorum={minutes.quorum} /> },
        ]}
      />
      <h2>{all.meeting.agendaTitle}</h2>
      {minutes.items.length === 0 ? <p>{all.meeting.emptyAgenda}</p> : null}
      {minutes.items.map((item, index) => (
        <section key={item.item.applicationId} aria-labelledby={`item-${index + 1}`} class="card">
          <ItemFacts
            locale={ctx.locale}
            item={item}
            networkName={networkName}
            position={index + 1}
            linked={false}
          />
          <p>{format(ctx.locale, m.itemQuorum, { ...item.quorum })}</p>
          <h4>{all.meeting.decisionTitle}</h4>
          {item.decision ? (
            <DecisionFacts locale={ctx.locale} decision={item.decision} />
          ) : (
            <p>{all.meeting.notDecided}</p>
          )}
        </section>
      ))}
      <p>
        {format(ctx.locale, m.closed, {
          when: formatDateTime(ctx.locale, new Date(minutes.closedAt)),
          who: minutes.closedByName,
        })}
      </p>
    </>
  );
}

function MinutesPage({
  ctx,
  view,
  networkName,
}: {
  ctx: PageContext;
  view: MeetingView;
  networkName: NetworkName;
}) {
  const m = committeeMessages[ctx.locale].minutes;
  const title = format(ctx.locale, m.heading, { date: formatDate(ctx.locale, view.state.heldOn) });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={`/${ctx.locale}/committees/meetings/${view.state.id}`} locale={ctx.locale} />
      <span class="heading-caption">{(view.minutes ?? view.state).body.names[ctx.locale]}</span>
      <h1>{title}</h1>
      {view.minutes ? (
        <>
          <p class="no-print field__hint">{m.printHint}</p>
          <MinutesBody ctx={ctx} minutes={view.minutes} networkName={networkName} />
        </>
      ) : (
        <p>{m.notYet}</p>
      )}
    </Layout>
  );
}

export function registerMinutesPage(
  app: FastifyInstance,
  committees: CommitteeService,
  networkName: NetworkName,
) {
  for (const { path } of localizedPaths('/committees/meetings/:id/minutes')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      const view = await committees.meeting(request.user, id);
      return sendPage(reply, h(MinutesPage, { ctx: pageContext(request, reply), view, networkName }));
    });
  }
}
