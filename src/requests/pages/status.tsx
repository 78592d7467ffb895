import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatDate } from '../../platform/i18n/index.ts';
import { containsNiss } from '../../platform/identifiers/free-text-niss.ts';
import {
  ErrorSummary,
  type FormErrors,
  SummaryList,
  Tag,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { nameOf } from '../../reference/names.ts';
import type { LookupLimiter } from '../lookup-limiter.ts';
import { vocabularyMessages } from '../messages/index.ts';
import { statusMessages } from '../messages/status.ts';
import type { PublicStatus, RequestService } from '../service.ts';

interface StatusPageProps {
  ctx: PageContext;
  form: { reference: string; email: string };
  errors: FormErrors;
  /** A sentence when nothing matched (the same whether the reference exists or not). */
  notice: string | null;
  found: PublicStatus | null;
  zoneName: string;
}

function StatusPage({ ctx, form, errors, notice, found, zoneName }: StatusPageProps) {
  const m = statusMessages[ctx.locale];
  const v = vocabularyMessages[ctx.locale];
  // The answer goes where the person looks after sending (under the heading), and the page
  // title says it, so a screen reader announces the result first.
  const pageTitle = found
    ? `${format(ctx.locale, m.resultTitle, { reference: found.reference })}${ctx.locale === 'fr' ? '\u202f: ' : ': '}${v.statuses[found.status]} – ${m.title}`
    : notice
      ? `${m.notFoundTitle} – ${m.title}`
      : m.title;
  const answer = (
    <>
      {notice ? (
        <div class="panel panel--info" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      {found ? (
        <section aria-labelledby="result-title" class="result">
          <h2 id="result-title">{format(ctx.locale, m.resultTitle, { reference: found.reference })}</h2>
          <SummaryList
            rows={[
              {
                key: m.status,
                value: (
                  <Tag tone={found.status === 'declined' ? 'warning' : 'good'}>
                    {v.statuses[found.status]}
                  </Tag>
                ),
              },
              {
                key: m.what,
                value:
                  found.requestType === 'support-request'
                    ? v.kinds[found.kind as keyof typeof v.kinds]
                    : v.offers[found.kind as keyof typeof v.offers],
              },
              { key: m.zone, value: zoneName },
            ]}
          />
          <h3>{m.history}</h3>
          <ol class="timeline">
            {found.timeline.map((step) => (
              <li class="timeline__item" key={`${step.at}-${step.type}`}>
                <strong>{v.actions[step.type]}</strong>{' '}
                <span class="timeline__when">{formatDate(ctx.locale, step.at)}</span>
                {step.details ? <p>{step.details}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
  return (
    <Layout ctx={ctx} title={pageTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      {answer}
      <p class="lead">{m.intro}</p>
      <form method="post" class="form" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <TextInput
          id="reference"
          label={m.reference}
          hint={m.referenceHint}
          value={form.reference}
          error={errors.reference}
          width="medium"
          spellcheck={false}
        />
        <TextInput
          id="email"
          type="email"
          label={m.email}
          value={form.email}
          error={errors.email}
          autoComplete="email"
          spellcheck={false}
        />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

export function registerStatusPage(
  app: FastifyInstance,
  requests: RequestService,
  limiter: LookupLimiter,
): void {
  for (const { locale, path } of localizedPaths('/professionals/status')) {
    const empty = { errors: {}, notice: null, found: null, zoneName: '' };
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(
        reply,
        h(StatusPage, {
          ctx: pageContext(request, reply),
          form: { reference: queryValue(request.query, 'reference').slice(0, 40), email: '' },
          ...empty,
        }),
      ),
    );
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const m = statusMessages[locale];
      const form = {
        reference: queryValue(request.body, 'reference').slice(0, 40),
        email: queryValue(request.body, 'email').slice(0, 254),
      };
      const errors: FormErrors = {};
      if (!form.reference.trim()) errors.reference = m.referenceRequired;
      else if (containsNiss(form.reference)) errors.reference = m.referenceHoldsNiss;
      if (!form.email.trim()) errors.email = m.emailRequired;
      const ctx = pageContext(request, reply);
      if (Object.keys(errors).length > 0)
        return sendPage(reply, h(StatusPage, { ctx, form, ...empty, errors }), 400);
      if (!limiter.take(request.ip)) {
        return sendPage(reply, h(StatusPage, { ctx, form, ...empty, notice: m.tooMany }), 429);
      }
      const found = await requests.lookupStatus(form.reference, form.email, locale);
      const zoneName = found
        ? nameOf(requests.reference.snapshot().zones.get(found.zoneId), found.zoneId, locale)
        : '';
      return sendPage(
        reply,
        h(StatusPage, { ctx, form, ...empty, found, zoneName, notice: found ? null : m.notFound }),
      );
    });
  }
}
