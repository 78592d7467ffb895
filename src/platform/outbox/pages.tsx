// Platform admins: the outbox (status, attempts, last error, send again).

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../http/pages.ts';
import { StandardProblem } from '../http/problem.ts';
import { format, formatShortDateTime } from '../i18n/index.ts';
import { isUuid } from '../ids.ts';
import { BackLink, Select, SummaryList, TableWrap, Tag } from '../views/components.tsx';
import type { PageContext } from '../views/context.ts';
import { Layout } from '../views/layout.tsx';
import { sendPage } from '../views/render.ts';
import type { OutboxAdmin } from './admin.ts';
import { outboxPageMessages } from './messages.ts';
import { OUTBOX_STATUSES, type OutboxStatus } from './store.ts';

type Overview = Awaited<ReturnType<OutboxAdmin['overview']>>;
const TONE = {
  sent: 'good',
  failed: 'warning',
  uncertain: 'warning',
  pending: 'neutral',
  sending: 'neutral',
} as const;

function OutboxPage(props: {
  ctx: PageContext;
  overview: Overview;
  status: string;
  transport: 'smtp' | 'files';
  notice: string | null;
}) {
  const { ctx, overview } = props;
  const m = outboxPageMessages[ctx.locale];
  const base = `/${ctx.locale}/admin/outbox`;
  return (
    <Layout ctx={ctx} title={m.title} section="admin">
      <BackLink href={`/${ctx.locale}/admin`} locale={ctx.locale} />
      {props.notice ? (
        <div class="panel panel--success" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <p>{m.transport[props.transport]}</p>
      <SummaryList
        rows={OUTBOX_STATUSES.map((status) => ({
          key: m.statuses[status],
          value: String(overview.counts[status]),
        }))}
      />
      <p>{m.uncertainHelp}</p>
      <form method="get" action={base} class="form filters">
        <Select
          id="status"
          label={m.filter}
          value={props.status}
          emptyLabel={m.all}
          options={OUTBOX_STATUSES.map((value) => ({ value, label: m.statuses[value] }))}
        />
        <button type="submit" class="button button--secondary">
          {m.show}
        </button>
      </form>
      {overview.messages.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <TableWrap label={m.title}>
          <table>
            <thead>
              <tr>
                {(
                  ['created', 'to', 'subject', 'topic', 'status', 'attempts', 'error', 'actions'] as const
                ).map((key) => (
                  <th scope="col" key={key}>
                    {m.columns[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.messages.map((message) => (
                <tr key={message.id}>
                  <td>{formatShortDateTime(ctx.locale, message.createdAt)}</td>
                  <td>{message.recipient}</td>
                  <td lang={message.locale}>{message.subject}</td>
                  <td>{message.topic}</td>
                  <td>
                    <Tag tone={TONE[message.status as OutboxStatus] ?? 'neutral'}>
                      {m.statuses[message.status as OutboxStatus] ?? message.status}
                    </Tag>
                  </td>
                  <td>{message.attempts}</td>
                  <td>{message.lastError ?? ''}</td>
                  <td>
                    {message.status === 'failed' || message.status === 'uncertain' ? (
                      <form method="post" action={`${base}/${message.id}/resend`} class="inline-form">
                        <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ''} />
                        <button
                          type="submit"
                          class="link-button"
                          aria-label={format(ctx.locale, m.resendLabel, {
                            subject: message.subject,
                            to: message.recipient,
                          })}
                        >
                          {m.resend}
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Layout>
  );
}

export function registerOutboxPages(app: FastifyInstance, admin: OutboxAdmin): void {
  for (const { path, locale } of localizedPaths('/admin/outbox')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const raw = queryValue(request.query, 'status');
      const status = OUTBOX_STATUSES.find((value) => value === raw);
      const overview = await admin.overview(request.user, status);
      const noticeKey = queryValue(request.query, 'notice');
      const m = outboxPageMessages[locale];
      const notice = noticeKey === 'resent' ? m.resent : noticeKey === 'unchanged' ? m.notResent : null;
      return sendPage(
        reply,
        h(OutboxPage, {
          ctx: pageContext(request, reply),
          overview,
          status: status ?? '',
          transport: admin.transportKind,
          notice,
        }),
      );
    });
  }
  for (const { path, locale } of localizedPaths('/admin/outbox/:id/resend')) {
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const id = (request.params as { id: string }).id;
      if (!isUuid(id)) throw new StandardProblem(404, 'not-found');
      const done = await admin.resend(request.user, id);
      return reply.redirect(`/${locale}/admin/outbox?notice=${done ? 'resent' : 'unchanged'}`, 303);
    });
  }
}
