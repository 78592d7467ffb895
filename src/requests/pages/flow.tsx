import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ComponentChildren, h, type VNode } from 'preact';
import { localizedPaths, pageContext } from '../../platform/http/pages.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { BackLink, ErrorSummary, type FormErrors } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import {
  type Data,
  type FieldHelpers,
  fieldHelpers,
  fieldId,
  getPath,
  setPath,
} from '../../platform/views/question-pages.ts';
import { sendPage } from '../../platform/views/render.ts';
import type { Issue } from '../domain/checks.ts';
import { formsMessages, issueMessage } from '../messages/index.ts';
import type { RequestService, SubmitOutcome } from '../service.ts';

// A GOV.UK question-page flow, shared by the GP form and the organisation form: a start page,
// one page per question (or small group), check your answers with change links, then a
// confirmation with the reference. What people type lives in a server-side draft keyed by a
// random id in a signed cookie, so every page works without JavaScript and nothing is lost.

export interface FieldSpec {
  /** Dotted path in the draft and the API body (practice.postcode); also the form field's name. */
  name: string;
  multiple?: boolean;
}

export interface QuestionPage {
  fields: FieldSpec[];
  title(locale: Locale): string;
  /** The inputs; a single question carries the page's h1 as its legend or label. */
  render(helpers: FieldHelpers): ComponentChildren;
  /** Whether `render` already holds the h1 (a one-question page). */
  ownsHeading: boolean;
}

export interface CheckRow {
  section: string;
  key: string;
  value: ComponentChildren;
}

export interface Flow<S extends string> {
  id: 'support' | 'partner';
  /** Path after the locale prefix, e.g. /professionals/support. */
  path: string;
  sections: readonly S[];
  pages: Record<S, QuestionPage>;
  applies(section: S, data: Data): boolean;
  check(data: Data, section: S, requests: RequestService): Issue[];
  rows(locale: Locale, data: Data): CheckRow[];
  submit(data: Data, requests: RequestService): Promise<SubmitOutcome>;
  startPage(ctx: PageContext, firstPage: string): VNode;
  texts(locale: Locale): { check: { title: string; submit: string; declaration: string } };
  confirmation(ctx: PageContext, reference: string): VNode;
  /** Answers a signed-in person need not type again (their name, e-mail, language). */
  prefill(user: { displayName: string; email: string; locale: string }): Record<string, string>;
}

function readField(body: Data, field: FieldSpec): unknown {
  const raw = body[field.name];
  const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (v) => typeof v === 'string',
  );
  if (field.multiple) return list;
  return (list[0] as string | undefined)?.slice(0, 10_000) ?? '';
}

function errorsById(locale: Locale, issues: Issue[]): FormErrors {
  return Object.fromEntries(issues.map((issue) => [fieldId(issue.field), issueMessage(locale, issue)]));
}

function draftCookie(flow: Flow<string>): string {
  return `passerelle_${flow.id}_draft`;
}

/** Set with the platform's name and attributes (`__Host-` under https: http/cookies.ts). */
function setOurCookie(reply: FastifyReply, base: string, value: string, maxAge?: number): void {
  const policy = reply.server.cookiePolicy;
  reply.setCookie(policy.name(base), value, { ...policy.options, ...(maxAge ? { maxAge } : {}) });
}

function readSignedCookie(request: FastifyRequest, base: string): string | undefined {
  const raw = request.cookies[request.server.cookiePolicy.name(base)];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

function QuestionPageView({
  ctx,
  page,
  errors,
  data,
  back,
  returnToCheck,
}: {
  ctx: PageContext;
  page: QuestionPage;
  errors: FormErrors;
  data: Data;
  back: string;
  returnToCheck: boolean;
}) {
  const m = formsMessages[ctx.locale];
  const title = page.title(ctx.locale);
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0}>
      <BackLink href={back} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <form method="post" class="form" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {returnToCheck ? <input type="hidden" name="return" value="check" /> : null}
        {page.ownsHeading ? null : <h1>{title}</h1>}
        {page.render(fieldHelpers(ctx.locale, data, errors))}
        <button type="submit" class="button">
          {m.continue}
        </button>
      </form>
    </Layout>
  );
}

function CheckAnswersView({
  ctx,
  flow,
  rows,
  errors,
  back,
}: {
  ctx: PageContext;
  flow: Flow<string>;
  rows: CheckRow[];
  errors: FormErrors;
  back: string;
}) {
  const m = formsMessages[ctx.locale];
  const t = flow.texts(ctx.locale).check;
  const base = `/${ctx.locale}${flow.path}`;
  return (
    <Layout ctx={ctx} title={t.title} hasErrors={Object.keys(errors).length > 0}>
      <BackLink href={back} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{t.title}</h1>
      <dl class="summary-list summary-list--actions">
        {rows.map((row) => (
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
      <form method="post" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}

export function registerFlow<S extends string>(
  app: FastifyInstance,
  flow: Flow<S>,
  requests: RequestService,
): void {
  const applicable = (data: Data) => flow.sections.filter((section) => flow.applies(section, data));
  const isSection = (value: string): value is S => (flow.sections as readonly string[]).includes(value);
  const firstIncomplete = (data: Data) =>
    applicable(data).find((section) => flow.check(data, section, requests).length > 0);

  async function loadDraft(request: FastifyRequest) {
    const id = readSignedCookie(request, draftCookie(flow));
    return { id, data: await requests.loadDraft(id, flow.id) };
  }

  for (const { locale, path } of localizedPaths(flow.path)) {
    const base = path;
    const back = (section: S, data: Data) => {
      const list = applicable(data);
      const index = list.indexOf(section);
      return index > 0 ? `${base}/${list[index - 1]}` : base;
    };

    app.get(base, { schema: { hide: true } }, async (request, reply) =>
      sendPage(reply, flow.startPage(pageContext(request), `${base}/${flow.sections[0]}`)),
    );

    app.get(`${base}/:section`, { schema: { hide: true } }, async (request, reply) => {
      const { section } = request.params as { section: string };
      if (section === 'check') return showCheck(request, reply);
      if (section === 'confirmation') return showConfirmation(request, reply);
      if (!isSection(section)) return reply.callNotFound();
      const { data } = await loadDraft(request);
      if (!flow.applies(section, data)) return reply.redirect(`${base}/check`, 303);
      const returnToCheck = (request.query as Record<string, unknown>).return === 'check';
      if (request.user) {
        for (const [name, value] of Object.entries(flow.prefill(request.user))) {
          if (getPath(data, name) === undefined) setPath(data, name, value);
        }
      }
      return sendPage(
        reply,
        h(QuestionPageView, {
          ctx: pageContext(request, reply),
          page: flow.pages[section],
          errors: {},
          data,
          back: returnToCheck ? `${base}/check` : back(section, data),
          returnToCheck,
        }),
      );
    });

    app.post(
      `${base}/:section`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const { section } = request.params as { section: string };
        if (section === 'check') return submit(request, reply);
        if (!isSection(section)) return reply.callNotFound();
        const body = (request.body ?? {}) as Data;
        const draft = await loadDraft(request);
        const id = draft.id ?? requests.newDraftId();
        const data = draft.data;
        for (const field of flow.pages[section].fields) setPath(data, field.name, readField(body, field));
        // What was typed is kept even when it is wrong: the person fixes it, never retypes it.
        await requests.saveDraft(id, flow.id, data);
        if (!draft.id) setOurCookie(reply, draftCookie(flow), id);
        const issues = flow.check(data, section, requests);
        const returnToCheck = body.return === 'check';
        if (issues.length > 0) {
          return sendPage(
            reply,
            h(QuestionPageView, {
              ctx: pageContext(request, reply),
              page: flow.pages[section],
              errors: errorsById(locale, issues),
              data,
              back: returnToCheck ? `${base}/check` : back(section, data),
              returnToCheck,
            }),
            400,
          );
        }
        const list = applicable(data);
        const next = list[list.indexOf(section) + 1];
        const target = returnToCheck || !next ? 'check' : next;
        return reply.redirect(`${base}/${target}`, 303);
      },
    );

    async function showCheck(request: FastifyRequest, reply: FastifyReply, issues: Issue[] = []) {
      const { data } = await loadDraft(request);
      const missing = firstIncomplete(data);
      if (missing) return reply.redirect(`${base}/${missing}`, 303);
      const list = applicable(data);
      return sendPage(
        reply,
        h(CheckAnswersView, {
          ctx: pageContext(request, reply),
          flow: flow as unknown as Flow<string>,
          rows: flow.rows(locale, data),
          errors: errorsById(locale, issues),
          back: `${base}/${list.at(-1)}`,
        }),
        issues.length > 0 ? 400 : 200,
      );
    }

    async function submit(request: FastifyRequest, reply: FastifyReply) {
      const draft = await loadDraft(request);
      const missing = firstIncomplete(draft.data);
      if (missing || !draft.id) return reply.redirect(`${base}/${missing ?? flow.sections[0]}`, 303);
      const outcome = await flow.submit(draft.data, requests);
      if (!outcome.ok) return showCheck(request, reply, outcome.issues);
      await requests.discardDraft(draft.id);
      reply.clearCookie(reply.server.cookiePolicy.name(draftCookie(flow)), reply.server.cookiePolicy.options);
      setOurCookie(reply, `passerelle_${flow.id}_sent`, outcome.submitted.reference, 3600);
      return reply.redirect(`${base}/confirmation`, 303);
    }

    async function showConfirmation(request: FastifyRequest, reply: FastifyReply) {
      const reference = readSignedCookie(request, `passerelle_${flow.id}_sent`);
      if (!reference) return reply.redirect(base, 303);
      return sendPage(reply, flow.confirmation(pageContext(request), reference));
    }
  }
}
