// The one engine for question pages (GOV.UK pattern): a start page, one page per question or
// small group, "check your answers" with change links (?return=check brings the person back),
// then submission. A flow is data: its pages (fields, title, inputs), which pages apply to the
// answers so far, each page's checks, where the draft lives (drafts.ts) and what submitting does.
// What people type is kept, even when wrong: they fix it, never retype it.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ComponentChildren, h, type VNode } from 'preact';
import type { CurrentUser } from '../auth/roles.ts';
import { localizedPaths, pageContext } from '../http/pages.ts';
import type { Locale } from '../i18n/index.ts';
import type { FormErrors } from '../views/components.tsx';
import type { PageContext } from '../views/context.ts';
import { sendPage } from '../views/render.ts';
import { type Data, type DraftFile, getPath, readField, setPath } from './answers.ts';
import type { Issue } from './checker.ts';
import { type DraftStore, readSignedCookie, setSignedCookie } from './drafts.ts';
import { type FieldHelpers, fieldHelpers } from './inputs.tsx';
import { errorsById, type FieldTexts } from './issues.ts';
import { CheckAnswersView, type CheckRow, type CheckTexts, QuestionPageView } from './views.tsx';

export type { CheckRow } from './views.tsx';

export interface QuestionPage {
  /** Dotted paths in the draft (practice.postcode), also the inputs' names; `multiple`: checkboxes. */
  fields: Array<{ name: string; multiple?: boolean }>;
  title(locale: Locale): string;
  /** The inputs; a one-question page may carry the page's h1 as its legend or label. */
  render(helpers: FieldHelpers): ComponentChildren;
  /** Whether `render` already holds the h1. */
  ownsHeading?: boolean;
  /** The form carries files: its POST is the capability's route in a multipart scope, which
   * keeps the files and then calls `FlowRoutes.post`. */
  multipart?: true;
}

export type Submitted<S extends string> =
  /** Sent: shown on the flow's confirmation page, through a signed cookie. */
  | { ok: true; reference: string }
  /** Sent: the person goes on there (their case page). */
  | { ok: true; next: string }
  /** Refused: on the page of `section`, or on "check your answers". */
  | { ok: false; issues: Issue[]; section?: S };

export interface Flow<S extends string, Deps> {
  /** Names the cookies (passerelle_<id>_draft, passerelle_<id>_sent). */
  id: string;
  /** After the locale prefix: /professionals/support. */
  path: string;
  sections: readonly S[];
  pages: Record<S, QuestionPage>;
  drafts(deps: Deps): DraftStore;
  /** Whether a page applies to the answers so far (all do when absent). */
  applies?(section: S, data: Data): boolean;
  /** The page's checks; `files` are the document kinds sent with the draft. */
  check(deps: Deps, section: S, data: Data, files: ReadonlySet<string>): Issue[];
  /** Documents sent with the draft (a page with file inputs). */
  files?(deps: Deps, request: FastifyRequest): Promise<DraftFile[]>;
  /** The "check your answers" rows (also a case page's answers, where no draft files exist). */
  rows(locale: Locale, data: Data, files?: readonly DraftFile[]): CheckRow<S>[];
  checkTexts(locale: Locale): CheckTexts;
  /** How issues are said: each field named. */
  issueTexts(locale: Locale): FieldTexts;
  /** `next`: where Start goes (null when the person must first sign in). */
  startPage(ctx: PageContext, start: { next: string | null; resume: boolean }): VNode;
  /** Start goes where the person stopped (drafts that outlive a visit), not to the first page. */
  resumes?: boolean;
  /** Answers a signed-in person need not type again (their name, e-mail, language). */
  prefill?(user: CurrentUser): Record<string, string>;
  submit(deps: Deps, request: FastifyRequest, data: Data): Promise<Submitted<S>>;
  confirmation?(ctx: PageContext, reference: string): VNode;
}

/** What a capability's own routes (a multipart page) call into, per locale. */
export interface FlowRoutes<S extends string> {
  /** Shows a page again with errors the engine did not find (a refused file): 400. */
  show(request: FastifyRequest, reply: FastifyReply, section: S, errors: FormErrors): Promise<FastifyReply>;
  /** Takes a page's answers as the engine's own POST does. */
  post(request: FastifyRequest, reply: FastifyReply, section: S): Promise<FastifyReply>;
}

export function registerFlow<S extends string, Deps>(
  app: FastifyInstance,
  flow: Flow<S, Deps>,
  deps: Deps,
): Record<Locale, FlowRoutes<S>> {
  const drafts = flow.drafts(deps);
  const applies = (section: S, data: Data) => flow.applies?.(section, data) ?? true;
  const applicable = (data: Data) => flow.sections.filter((section) => applies(section, data));
  const isSection = (value: string): value is S => (flow.sections as readonly string[]).includes(value);
  const sentCookie = `passerelle_${flow.id}_sent`;

  async function state(request: FastifyRequest) {
    const data = await drafts.load(request);
    const files = flow.files ? await flow.files(deps, request) : [];
    const kinds = new Set(files.map((file) => file.documentKind));
    const missing = applicable(data).find((s) => flow.check(deps, s, data, kinds).length > 0);
    return { data, files, kinds, missing };
  }

  const routes = {} as Record<Locale, FlowRoutes<S>>;
  for (const { locale, path: base } of localizedPaths(flow.path)) {
    const back = (section: S, data: Data) => {
      const list = applicable(data);
      const index = list.indexOf(section);
      return index > 0 ? `${base}/${list[index - 1]}` : base;
    };
    const returning = (request: FastifyRequest) =>
      (request.query as Data).return === 'check' || (request.body as Data | undefined)?.return === 'check';

    async function showPage(
      request: FastifyRequest,
      reply: FastifyReply,
      section: S,
      data: Data,
      errors: FormErrors,
      status = 200,
    ) {
      const page = flow.pages[section];
      const files = flow.files ? await flow.files(deps, request) : [];
      const returnToCheck = returning(request);
      return sendPage(
        reply,
        h(QuestionPageView, {
          ctx: pageContext(request, reply),
          title: page.title(locale),
          ownsHeading: page.ownsHeading ?? false,
          action: `${base}/${section}`,
          multipart: page.multipart ?? false,
          errors,
          back: returnToCheck ? `${base}/check` : back(section, data),
          returnToCheck,
          render: page.render,
          helpers: fieldHelpers(locale, data, errors, files),
        }),
        status,
      );
    }

    async function post(request: FastifyRequest, reply: FastifyReply, section: S) {
      const body = (request.body ?? {}) as Data;
      const data = await drafts.load(request);
      for (const field of flow.pages[section].fields) setPath(data, field.name, readField(body, field));
      await drafts.save(request, reply, data);
      const files = flow.files ? await flow.files(deps, request) : [];
      const issues = flow.check(deps, section, data, new Set(files.map((file) => file.documentKind)));
      if (issues.length > 0) {
        return showPage(
          request,
          reply,
          section,
          data,
          errorsById(locale, flow.issueTexts(locale), issues),
          400,
        );
      }
      const list = applicable(data);
      const next = list[list.indexOf(section) + 1];
      return reply.redirect(`${base}/${returning(request) || !next ? 'check' : next}`, 303);
    }

    routes[locale] = {
      show: async (request, reply, section, errors) =>
        showPage(request, reply, section, await drafts.load(request), errors, 400),
      post: async (request, reply, section) =>
        drafts.available(request) ? post(request, reply, section) : reply.redirect(base, 303),
    };

    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      if (!drafts.available(request)) {
        return sendPage(reply, flow.startPage(pageContext(request, reply), { next: null, resume: false }));
      }
      if (!flow.resumes) {
        const start = { next: `${base}/${flow.sections[0]}`, resume: false };
        return sendPage(reply, flow.startPage(pageContext(request), start));
      }
      const { data, missing } = await state(request);
      const start = { next: `${base}/${missing ?? 'check'}`, resume: Object.keys(data).length > 0 };
      return sendPage(reply, flow.startPage(pageContext(request, reply), start));
    });

    app.get(`${base}/:section`, { schema: { hide: true } }, async (request, reply) => {
      const { section } = request.params as { section: string };
      if (section === 'confirmation' && flow.confirmation) {
        const reference = readSignedCookie(request, sentCookie);
        if (!reference) return reply.redirect(base, 303);
        return sendPage(reply, flow.confirmation(pageContext(request), reference));
      }
      if (section !== 'check' && !isSection(section)) return reply.callNotFound();
      if (!drafts.available(request)) return reply.redirect(base, 303);
      if (section === 'check') return showCheck(request, reply);
      const data = await drafts.load(request);
      if (!applies(section, data)) return reply.redirect(`${base}/check`, 303);
      if (request.user && flow.prefill) {
        for (const [name, value] of Object.entries(flow.prefill(request.user))) {
          if (getPath(data, name) === undefined) setPath(data, name, value);
        }
      }
      return showPage(request, reply, section, data, {});
    });

    app.post(
      `${base}/:section`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const { section } = request.params as { section: string };
        if (section !== 'check' && !isSection(section)) return reply.callNotFound();
        if (!drafts.available(request)) return reply.redirect(base, 303);
        if (section === 'check') return submit(request, reply);
        return post(request, reply, section);
      },
    );

    async function showCheck(request: FastifyRequest, reply: FastifyReply, issues: Issue[] = []) {
      const { data, files, missing } = await state(request);
      if (missing) return reply.redirect(`${base}/${missing}`, 303);
      return sendPage(
        reply,
        h(CheckAnswersView, {
          ctx: pageContext(request, reply),
          base,
          texts: flow.checkTexts(locale),
          rows: flow.rows(locale, data, files),
          errors: errorsById(locale, flow.issueTexts(locale), issues),
          back: `${base}/${applicable(data).at(-1)}`,
        }),
        issues.length > 0 ? 400 : 200,
      );
    }

    async function submit(request: FastifyRequest, reply: FastifyReply) {
      const { data, missing } = await state(request);
      if (missing) return reply.redirect(`${base}/${missing}`, 303);
      const outcome = await flow.submit(deps, request, data);
      if (!outcome.ok) {
        if (!outcome.section) return showCheck(request, reply, outcome.issues);
        const errors = errorsById(locale, flow.issueTexts(locale), outcome.issues);
        return showPage(request, reply, outcome.section, data, errors, 400);
      }
      await drafts.discard(request, reply);
      if ('next' in outcome) return reply.redirect(outcome.next, 303);
      setSignedCookie(reply, sentCookie, outcome.reference, 3600);
      return reply.redirect(`${base}/confirmation`, 303);
    }
  }
  return routes;
}
