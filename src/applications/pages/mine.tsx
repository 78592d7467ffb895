import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { signInUrl } from '../../platform/auth/urls.ts';
import { ACCEPT_ATTRIBUTE } from '../../platform/files/index.ts';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatDate, type Locale } from '../../platform/i18n/index.ts';
import { ErrorSummary, type FormErrors, Tag, Textarea } from '../../platform/views/components.tsx';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { APPLICATION_ALLOWS, type ApplicationStatus } from '../domain/workflow.ts';
import { caseMessages } from '../messages/case.ts';
import { formsMessages } from '../messages/forms.ts';
import { vocabularyMessages } from '../messages/vocabulary.ts';
import type { ApplicationService } from '../service.ts';
import { Timeline } from './shared.tsx';

// The applicant's space: their applications, each with its timeline in their language, the
// coordination's questions to answer, documents to add, and withdrawal.

type View = Awaited<ReturnType<ApplicationService['space']['applicantView']>>;

export function versionOf(body: unknown): number | undefined {
  const raw = (body as Record<string, unknown> | undefined)?.version;
  return typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}

export function textOf(body: unknown, name: string): string {
  const raw = (body as Record<string, unknown> | undefined)?.[name];
  return typeof raw === 'string' ? raw.slice(0, 4000) : '';
}

function MyCase({
  locale,
  ctx,
  view,
  notice,
  errors,
  answer,
  withdrawReason,
  documentKind,
}: {
  locale: Locale;
  ctx: ReturnType<typeof pageContext>;
  view: View;
  notice: string | null;
  errors: FormErrors;
  answer: string;
  withdrawReason: string;
  /** The kind chosen in an upload that was refused: shown again. */
  documentKind: string | undefined;
}) {
  const m = caseMessages[locale].mine;
  const v = vocabularyMessages[locale];
  const status = view.record.status as ApplicationStatus;
  const allows = APPLICATION_ALLOWS[status] as readonly string[];
  const base = `/${locale}/my/applications/${view.record.id}`;
  const version = <input type="hidden" name="version" value={String(view.record.version)} />;
  const csrf = <input type="hidden" name="_csrf" value={ctx.csrfToken} />;
  return (
    <Layout
      ctx={ctx}
      title={format(locale, m.caseTitle, { reference: view.record.reference })}
      hasErrors={Object.keys(errors).length > 0}
    >
      <ErrorSummary locale={locale} errors={errors} />
      {notice ? (
        <div class="panel panel--info" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <h1>{format(locale, m.caseTitle, { reference: view.record.reference })}</h1>
      <p>
        {m.status} : <Tag>{v.statuses[status]}</Tag>
      </p>
      {['approved', 'convention-signed', 'suspended', 'ended'].includes(status) ? (
        <p>
          <a href={`/${locale}/applications/${view.record.id}/convention`}>{m.convention}</a>
        </p>
      ) : null}
      <h2>{m.timeline}</h2>
      <Timeline locale={locale} actions={view.timeline} showActors={false} />
      <h2>{m.documents}</h2>
      <ul>
        {view.documents.map((d) => (
          <li key={d.id}>
            <a href={`/${locale}/applications/files/${d.id}`}>{d.originalName}</a> (
            {v.documents[d.documentKind as 'diploma'] ?? d.documentKind})
          </li>
        ))}
      </ul>
      {allows.includes('answer') ? (
        <form method="post" action={`${base}/answer`} class="form" novalidate>
          {csrf}
          {version}
          <h2>{m.answerTitle}</h2>
          <Textarea id="text" label={m.answer} value={answer} error={errors.text} />
          <button type="submit" class="button">
            {m.answerSubmit}
          </button>
        </form>
      ) : null}
      {allows.includes('upload-document') ? (
        <form
          method="post"
          action={`${base}/documents`}
          enctype="multipart/form-data"
          class="form"
          novalidate
        >
          {csrf}
          {version}
          <h2>{m.uploadTitle}</h2>
          <div class={`field${errors.file ? ' field--error' : ''}`}>
            <label class="field__label" for="file">
              {m.uploadTitle}
            </label>
            <select class="select" name="documentKind" aria-label={m.kind}>
              {(['diploma', 'visa', 'other'] as const).map((kind) => (
                <option key={kind} value={kind} selected={kind === documentKind}>
                  {v.documents[kind]}
                </option>
              ))}
            </select>
            {errors.file ? (
              <p id="file-error" class="field__error">
                {errors.file}
              </p>
            ) : null}
            <input
              type="file"
              id="file"
              name="file"
              accept={ACCEPT_ATTRIBUTE}
              aria-describedby={errors.file ? 'file-error' : undefined}
            />
          </div>
          <button type="submit" class="button button--secondary">
            {m.uploadSubmit}
          </button>
        </form>
      ) : null}
      {allows.includes('withdraw') ? (
        <form method="post" action={`${base}/withdraw`} class="form" novalidate>
          {csrf}
          {version}
          <h2>{m.withdrawTitle}</h2>
          <Textarea
            id="withdraw-text"
            name="text"
            label={m.withdrawReason}
            rows={2}
            value={withdrawReason}
            error={errors['withdraw-text']}
          />
          <button type="submit" class="button button--warning">
            {m.withdrawSubmit}
          </button>
        </form>
      ) : null}
    </Layout>
  );
}

/** The applicant's case page, with a notice or errors (also after a refused upload). */
export async function showMyCase(
  service: ApplicationService,
  request: FastifyRequest,
  reply: FastifyReply,
  locale: Locale,
  id: string,
  extra: {
    notice?: string | null;
    errors?: FormErrors;
    answer?: string;
    withdrawReason?: string;
    documentKind?: string;
    status?: number;
  },
) {
  const view = await service.space.applicantView(request.user, id);
  return sendPage(
    reply,
    <MyCase
      locale={locale}
      ctx={pageContext(request, reply)}
      view={view}
      notice={extra.notice ?? null}
      errors={extra.errors ?? {}}
      answer={extra.answer ?? ''}
      withdrawReason={extra.withdrawReason ?? ''}
      documentKind={extra.documentKind}
    />,
    extra.status ?? 200,
  );
}

export function registerMyPages(app: FastifyInstance, service: ApplicationService): void {
  const show = (
    request: FastifyRequest,
    reply: FastifyReply,
    locale: Locale,
    id: string,
    extra: Parameters<typeof showMyCase>[5],
  ) => showMyCase(service, request, reply, locale, id, extra);

  for (const { locale, path } of localizedPaths('/my/applications')) {
    const m = caseMessages[locale].mine;
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      if (!request.user) return reply.redirect(signInUrl(request), 303);
      const rows = await service.space.mine(request.user);
      const v = vocabularyMessages[locale];
      return sendPage(
        reply,
        <Layout ctx={pageContext(request, reply)} title={m.title}>
          <h1>{m.title}</h1>
          {rows.length === 0 ? <p>{m.empty}</p> : null}
          <ul class="list">
            {rows.map((row) => (
              <li key={row.caseId}>
                <a href={`${path}/${row.caseId}`}>{row.reference}</a> – {v.kinds[row.kind as 'service']} –{' '}
                {v.statuses[row.status as ApplicationStatus]} ({formatDate(locale, row.openedAt)})
              </li>
            ))}
          </ul>
          <p>
            <a href={`/${locale}/professionals/join`}>{m.startClinician}</a> ·{' '}
            <a href={`/${locale}/professionals/service`}>{m.startService}</a>
          </p>
        </Layout>,
      );
    });

    app.get(`${path}/:id`, { schema: { hide: true } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!request.user) return reply.redirect(signInUrl(request), 303);
      const sent = queryValue(request.query, 'sent') === '1';
      const done = queryValue(request.query, 'done') === '1';
      const view = sent || done ? await service.space.applicantView(request.user, id) : null;
      const notice = view
        ? sent
          ? format(locale, m.sent, { reference: view.record.reference })
          : m.done
        : null;
      return show(request, reply, locale, id, { notice });
    });

    for (const type of ['answer', 'withdraw'] as const) {
      app.post(
        `${path}/:id/${type}`,
        { schema: { hide: true }, preValidation: app.csrfProtection },
        async (request, reply) => {
          const { id } = request.params as { id: string };
          const text = textOf(request.body, 'text');
          const outcome = await service.space.applicantAct(request.user, id, {
            type,
            text,
            expectedVersion: versionOf(request.body),
          });
          if (outcome.ok) return reply.redirect(`${path}/${id}?done=1`, 303);
          if (outcome.reason === 'required')
            return show(request, reply, locale, id, { errors: { text: m.answerRequired }, status: 400 });
          if (outcome.reason === 'patient-identifier') {
            const message = formsMessages[locale].issues['patient-identifier'];
            return show(request, reply, locale, id, {
              ...(type === 'answer'
                ? { errors: { text: message }, answer: text }
                : { errors: { 'withdraw-text': message }, withdrawReason: text }),
              status: 400,
            });
          }
          return show(request, reply, locale, id, {
            notice: outcome.reason === 'stale' ? m.stale : m.notAllowed,
            answer: text,
            status: 409,
          });
        },
      );
    }
  }
}
