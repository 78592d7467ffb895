// Platform admins: the outbox (status, attempts, last error, send again).

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { spokenDateTime } from '../audit/describe.ts';
import { localizedPaths, pageContext, queryValue } from '../http/pages.ts';
import { StandardProblem } from '../http/problem.ts';
import { format, type Locale } from '../i18n/index.ts';
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

/** The subject is in the message's language: marked as such inside the sentence (WCAG 3.1.2). */
const SUBJECT = '\u0000';
function withSubject(sentence: string, subject: string, lang: string) {
  const [before = '', after = ''] = sentence.split(SUBJECT);
  return (
    <>
      {before}
      <span lang={lang}>{subject}</span>
      {after}
    </>
  );
}

/** The family a message's topic belongs to ('requests.acknowledge' → requests), in words on the page. */
function familyOf(topic: string): 'auth' | 'requests' | 'applications' | 'directory' | 'other' {
  const family = topic.split('.')[0];
  return family === 'auth' || family === 'requests' || family === 'applications' || family === 'directory'
    ? family
    : 'other';
}

/** Where a message stands, as a sentence: sent when, next try when, given up after how many tries and why. */
function stateSentence(locale: Locale, message: Overview['messages'][number]): string {
  const m = outboxPageMessages[locale].state;
  const when = (at: Date | null) => (at ? spokenDateTime(locale, at) : '');
  const error = message.lastError ? ` ${format(locale, m.error, { error: message.lastError })}` : '';
  switch (message.status) {
    case 'sent':
      return format(locale, m.sent, { sent: when(message.sentAt) });
    case 'sending':
      return format(locale, m.sending, { since: when(message.claimedAt) });
    case 'failed':
      return format(locale, m.failed, { attempts: message.attempts }) + error;
    case 'uncertain':
      return format(locale, m.uncertain, { since: when(message.claimedAt) });
    default:
      return message.attempts > 0
        ? format(locale, m.retrying, { next: when(message.nextAttemptAt), attempts: message.attempts }) +
            error
        : m.pending;
  }
}

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
                <th scope="col">{m.columns.message}</th>
                <th scope="col">{m.columns.status}</th>
                <th scope="col">{m.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {overview.messages.map((message) => (
                <tr key={message.id}>
                  <td>
                    {withSubject(
                      format(ctx.locale, m.sentence, {
                        subject: SUBJECT,
                        to: message.recipient,
                        when: spokenDateTime(ctx.locale, message.createdAt),
                        family: m.families[familyOf(message.topic)],
                      }),
                      message.subject,
                      message.locale,
                    )}
                    <br />
                    {stateSentence(ctx.locale, message)}
                  </td>
                  <td>
                    <Tag tone={TONE[message.status as OutboxStatus] ?? 'neutral'}>
                      {m.statuses[message.status as OutboxStatus] ?? message.status}
                    </Tag>
                  </td>
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
