import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren, VNode } from 'preact';
import { localizedPaths, pageContext } from '../../platform/http/pages.ts';
import { format, type Locale } from '../../platform/i18n/index.ts';
import { BackLink, ErrorSummary, type FormErrors } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import {
  type Data,
  type FieldHelpers,
  fieldHelpers,
  fieldId,
  setPath,
} from '../../platform/views/question-pages.ts';
import { sendPage } from '../../platform/views/render.ts';
import type { Issue } from '../domain/checks.ts';
import { formsMessages } from '../messages/forms.ts';
import type { ApplicationKind, ApplicationService } from '../service.ts';
import type { AccountForm } from './account-step.tsx';

// The two questionnaires as GOV.UK question pages: a start page, one page per group of
// questions, check your answers with change links, then submission. The draft lives on the
// server per account (progress kept between visits and devices); every page is a plain form.

export interface QuestionPage {
  /** Field names (dotted paths); `multiple` fields are lists (checkboxes). */
  fields: Array<{ name: string; multiple?: boolean }>;
  render(helpers: FieldHelpers): ComponentChildren;
  /** Shown above the page's form, outside it (the documents page's upload forms). */
  before?(extra: FlowExtra): ComponentChildren;
}

/** What a page may need besides the draft: the documents uploaded, the form's CSRF token. */
export interface FlowExtra {
  ctx: PageContext;
  documents: Array<{ documentKind: string; originalName: string }>;
  uploadErrors: FormErrors;
}

export interface FlowSpec<S extends string> {
  form: ApplicationKind;
  path: string;
  sections: readonly S[];
  pages: Record<S, QuestionPage>;
  check(service: ApplicationService, section: S, data: Data, documents: ReadonlySet<string>): Issue[];
  rows(
    locale: Locale,
    data: Data,
    documents: FlowExtra['documents'],
  ): Array<{ section: S; key: string; value: ComponentChildren }>;
  texts(locale: Locale): { title: string; checkTitle: string; declaration: string; submit: string };
  startPage(ctx: PageContext, next: string | null, resume: boolean, account?: AccountForm): VNode;
}

export function issueText(locale: Locale, issue: Issue): string {
  return format(locale, formsMessages[locale].issues[issue.code], issue.values);
}

export function errorsById(locale: Locale, issues: Issue[]): FormErrors {
  return Object.fromEntries(issues.map((issue) => [fieldId(issue.field), issueText(locale, issue)]));
}

/** Re-shows a question page with errors of an upload form (the upload route is separate). */
export type ShowWithUploadErrors<S extends string> = (
  request: FastifyRequest,
  reply: FastifyReply,
  section: S,
  uploadErrors: FormErrors,
) => Promise<FastifyReply>;

export function registerFlow<S extends string>(
  app: FastifyInstance,
  spec: FlowSpec<S>,
  service: ApplicationService,
): Record<Locale, ShowWithUploadErrors<S>> {
  const shows = {} as Record<Locale, ShowWithUploadErrors<S>>;
  const isSection = (value: string): value is S => (spec.sections as readonly string[]).includes(value);

  async function state(request: FastifyRequest) {
    const data = await service.draft(request.user, spec.form);
    const documents = spec.form === 'clinician' ? await service.draftDocuments(request.user) : [];
    const kinds = new Set(documents.map((d) => d.documentKind));
    const missing = spec.sections.find((s) => spec.check(service, s, data, kinds).length > 0) ?? null;
    return { data, documents, kinds, missing };
  }

  for (const { locale, path: base } of localizedPaths(spec.path)) {
    const m = formsMessages[locale];
    const back = (section: S) => {
      const index = spec.sections.indexOf(section);
      return index > 0 ? `${base}/${spec.sections[index - 1]}` : base;
    };

    const showPage = async (
      request: FastifyRequest,
      reply: FastifyReply,
      section: S,
      data: Data,
      errors: FormErrors,
      status = 200,
      uploadErrors: FormErrors = {},
    ) => {
      const documents = spec.form === 'clinician' ? await service.draftDocuments(request.user) : [];
      const ctx = pageContext(request, reply);
      const returnToCheck =
        (request.query as Data).return === 'check' || (request.body as Data | undefined)?.return === 'check';
      const title = m.pages[section as keyof typeof m.pages];
      return sendPage(
        reply,
        <Layout ctx={ctx} title={title} hasErrors={Object.keys({ ...errors, ...uploadErrors }).length > 0}>
          <BackLink href={returnToCheck ? `${base}/check` : back(section)} locale={locale} />
          <ErrorSummary locale={locale} errors={{ ...uploadErrors, ...errors }} />
          <h1>{title}</h1>
          {spec.pages[section].before?.({ ctx, documents, uploadErrors })}
          <form method="post" action={`${base}/${section}`} class="form" novalidate>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            {returnToCheck ? <input type="hidden" name="return" value="check" /> : null}
            {spec.pages[section].render(fieldHelpers(locale, data, errors))}
            <button type="submit" class="button">
              {m.continue}
            </button>
          </form>
        </Layout>,
        status,
      );
    };

    shows[locale] = async (request, reply, section, uploadErrors) =>
      showPage(request, reply, section, (await state(request)).data, {}, 400, uploadErrors);

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      if (!request.user) return sendPage(reply, spec.startPage(pageContext(request, reply), null, false));
      const { missing, data } = await state(request);
      const next = `${base}/${missing ?? 'check'}`;
      return sendPage(reply, spec.startPage(pageContext(request, reply), next, Object.keys(data).length > 0));
    });

    app.get(`${base}/:section`, { schema: { hide: true } }, async (request, reply) => {
      const { section } = request.params as { section: string };
      if (section !== 'check' && !isSection(section)) return reply.callNotFound();
      if (!request.user) return reply.redirect(base, 303);
      if (section === 'check') return showCheck(request, reply);
      const { data } = await state(request);
      return showPage(request, reply, section, data, {});
    });

    app.post(
      `${base}/:section`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const { section } = request.params as { section: string };
        if (section !== 'check' && !isSection(section)) return reply.callNotFound();
        if (!request.user) return reply.redirect(base, 303);
        if (section === 'check') return submit(request, reply);
        const body = (request.body ?? {}) as Data;
        const { data, kinds } = await state(request);
        for (const field of spec.pages[section].fields) {
          const raw = body[field.name];
          const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
            (v) => typeof v === 'string',
          );
          setPath(
            data,
            field.name,
            field.multiple ? list : ((list[0] as string | undefined) ?? '').slice(0, 10_000),
          );
        }
        // What was typed is kept even when wrong: the person fixes it, never retypes it.
        await service.saveDraft(request.user, spec.form, data);
        const issues = spec.check(service, section, data, kinds);
        if (issues.length > 0)
          return showPage(request, reply, section, data, errorsById(locale, issues), 400);
        const next = spec.sections[spec.sections.indexOf(section) + 1];
        return reply.redirect(`${base}/${body.return === 'check' || !next ? 'check' : next}`, 303);
      },
    );

    async function showCheck(request: FastifyRequest, reply: FastifyReply, issues: Issue[] = []) {
      const { data, documents, missing } = await state(request);
      if (missing) return reply.redirect(`${base}/${missing}`, 303);
      const t = spec.texts(locale);
      const ctx = pageContext(request, reply);
      const errors = errorsById(locale, issues);
      return sendPage(
        reply,
        <Layout ctx={ctx} title={t.checkTitle} hasErrors={issues.length > 0}>
          <BackLink href={`${base}/${spec.sections.at(-1)}`} locale={locale} />
          <ErrorSummary locale={locale} errors={errors} />
          <h1>{t.checkTitle}</h1>
          <dl class="summary-list summary-list--actions">
            {spec.rows(locale, data, documents).map((row) => (
              <div class="summary-list__row" key={row.key}>
                <dt class="summary-list__key">{row.key}</dt>
                <dd class="summary-list__value">{row.value}</dd>
                <dd class="summary-list__actions">
                  <a href={`${base}/${row.section}?return=check`}>
                    {m.change}
                    <span class="visually-hidden"> {row.key}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
          <p>{t.declaration}</p>
          <form method="post" action={`${base}/check`} novalidate>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <button type="submit" class="button">
              {t.submit}
            </button>
          </form>
        </Layout>,
        issues.length > 0 ? 400 : 200,
      );
    }

    async function submit(request: FastifyRequest, reply: FastifyReply) {
      const outcome = await service.submit(request.user, spec.form);
      if (!outcome.ok) {
        const { data } = await state(request);
        return showPage(request, reply, outcome.section as S, data, errorsById(locale, outcome.issues), 400);
      }
      return reply.redirect(`/${locale}/my/applications/${outcome.id}?sent=1`, 303);
    }
  }
  return shows;
}
