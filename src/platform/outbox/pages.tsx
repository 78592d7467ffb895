// Platform admins: the outbox (status, attempts, last error, send again) and the .eml files.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../http/pages.ts';
import { StandardProblem } from '../http/problem.ts';
import { format, formatDateTime } from '../i18n/index.ts';
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
      <p>
        {m.transport[props.transport]}{' '}
        {props.transport === 'files' ? <a href={`/${ctx.locale}/admin/mail`}>{m.filesLink}</a> : null}
      </p>
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
                  <td>{formatDateTime(ctx.locale, message.createdAt)}</td>
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

function MailFilesPage({ ctx, files, folder }: { ctx: PageContext; files: string[]; folder: string }) {
  const m = outboxPageMessages[ctx.locale].files;
  return (
    <Layout ctx={ctx} title={m.title} section="admin">
      <BackLink href={`/${ctx.locale}/admin/outbox`} locale={ctx.locale} />
      <h1>{m.title}</h1>
      <p>{format(ctx.locale, m.intro, { count: files.length, folder })}</p>
      {files.length === 0 ? <p>{m.none}</p> : null}
      <ul>
        {files.map((name) => (
          <li key={name}>
            <a href={`/${ctx.locale}/admin/mail/${name}`}>{name}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function MailFilePage({
  ctx,
  name,
  mail,
}: {
  ctx: PageContext;
  name: string;
  mail: Awaited<ReturnType<OutboxAdmin['mailFile']>>;
}) {
  const m = outboxPageMessages[ctx.locale].file;
  const { parsed } = mail;
  const language = String(parsed.headers.get('content-language') ?? '');
  const addresses = (value: typeof parsed.to) =>
    Array.isArray(value) ? value.map((a) => a.text).join(', ') : (value?.text ?? '');
  return (
    <Layout ctx={ctx} title={parsed.subject ?? name} section="admin">
      <BackLink href={`/${ctx.locale}/admin/mail`} locale={ctx.locale} />
      <h1 lang={language || undefined}>{parsed.subject ?? name}</h1>
      <SummaryList
        rows={[
          { key: m.from, value: parsed.from?.text ?? '' },
          { key: m.to, value: addresses(parsed.to) },
          { key: m.date, value: parsed.date ? formatDateTime(ctx.locale, parsed.date) : '' },
          { key: m.language, value: language },
        ]}
      />
      <pre class="mail-source" lang={language || undefined}>
        {parsed.text ?? ''}
      </pre>
      <h2>{m.source}</h2>
      <pre class="mail-source">{mail.source}</pre>
    </Layout>
  );
}

export function registerOutboxPages(app: FastifyInstance, admin: OutboxAdmin, folder: string): void {
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
  for (const { path } of localizedPaths('/admin/mail')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(
        reply,
        h(MailFilesPage, { ctx: pageContext(request), files: admin.mailFiles(request.user), folder }),
      ),
    );
  }
  for (const { path } of localizedPaths('/admin/mail/:name')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const name = (request.params as { name: string }).name;
      const mail = await admin.mailFile(request.user, name);
      return sendPage(reply, h(MailFilePage, { ctx: pageContext(request), name, mail }));
    });
  }
}
