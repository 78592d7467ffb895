// Sign in, sign out, create an account.
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../http/pages.ts';
import { format, formatDateTime, LOCALES, type Locale } from '../../i18n/index.ts';
import { containsNiss } from '../../identifiers/free-text-niss.ts';
import { platformMessages } from '../../messages.ts';
import { ErrorSummary, type FormErrors, Radios, TextInput } from '../../views/components.tsx';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { sendPage } from '../../views/render.ts';
import { authMessages } from '../messages.ts';
import {
  clearSessionCookie,
  currentSessionHash,
  type SessionCookieOptions,
  setSessionCookie,
} from '../plugin.ts';
import { SELF_SERVICE_ROLES } from '../roles.ts';
import type { AuthService } from '../service.ts';
import { TOKEN_LIFETIMES_MS } from '../tokens.ts';
import { safeNext } from '../urls.ts';
import {
  CsrfField,
  emailError,
  field,
  NewPasswordInput,
  Notice,
  passwordField,
  passwordProblemMessage,
} from './shared.tsx';

type NoticeKey = keyof (typeof authMessages)['fr']['signIn']['notices'];

function SignInPage(props: {
  ctx: PageContext;
  email: string;
  next: string;
  errors: FormErrors;
  notice: NoticeKey | null;
}) {
  const { ctx, errors } = props;
  const m = authMessages[ctx.locale];
  const base = `/${ctx.locale}`;
  return (
    <Layout ctx={ctx} title={m.signIn.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      {props.notice ? <Notice>{m.signIn.notices[props.notice]}</Notice> : null}
      <h1>{m.signIn.title}</h1>
      <form method="post" action={`${base}/sign-in`} class="form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <TextInput
          id="email"
          type="email"
          label={m.fields.email}
          value={props.email}
          error={errors.email}
          autoComplete="username"
          spellcheck={false}
        />
        <TextInput
          id="password"
          type="password"
          label={m.fields.password}
          error={errors.password}
          autoComplete="current-password"
        />
        <button type="submit" class="button">
          {m.signIn.submit}
        </button>
      </form>
      <p>
        <a href={`${base}/forgot-password`}>{m.signIn.forgot}</a>
      </p>
      <p>
        {m.signIn.noAccount} <a href={`${base}/create-account`}>{m.signIn.create}</a>
      </p>
    </Layout>
  );
}

interface SignUpForm {
  kind: string;
  displayName: string;
  email: string;
  language: string;
}

function CreateAccountPage({
  ctx,
  form,
  errors,
}: {
  ctx: PageContext;
  form: SignUpForm;
  errors: FormErrors;
}) {
  const m = authMessages[ctx.locale];
  const t = m.createAccount;
  return (
    <Layout ctx={ctx} title={t.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <p>{t.clinicians}</p>
      <form method="post" action={`/${ctx.locale}/create-account`} class="form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Radios
          name="kind"
          legend={t.kindLegend}
          error={errors.kind}
          value={form.kind}
          options={SELF_SERVICE_ROLES.map((value) => ({ value, label: t.kinds[value] }))}
        />
        <TextInput
          id="displayName"
          label={m.fields.name}
          hint={m.fields.nameHint}
          value={form.displayName}
          error={errors.displayName}
          autoComplete="name"
        />
        <TextInput
          id="email"
          type="email"
          label={m.fields.email}
          value={form.email}
          error={errors.email}
          autoComplete="email"
          spellcheck={false}
        />
        <NewPasswordInput locale={ctx.locale} error={errors.password} label={m.fields.password} />
        <Radios
          name="language"
          legend={m.fields.language}
          value={form.language}
          inline
          options={LOCALES.map((value) => ({ value, label: platformMessages[value].languageNames[value] }))}
        />
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}

export function CheckEmailPage({ ctx, body }: { ctx: PageContext; body: string }) {
  const m = authMessages[ctx.locale].checkEmail;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      <p class="lead">{body}</p>
      <p>{m.notReceived}</p>
    </Layout>
  );
}

function noticeOf(query: unknown): NoticeKey | null {
  const notice = queryValue(query, 'notice');
  return Object.hasOwn(authMessages.fr.signIn.notices, notice) ? (notice as NoticeKey) : null;
}

export function registerSignInPages(
  app: FastifyInstance,
  auth: AuthService,
  cookie: SessionCookieOptions,
): void {
  for (const { path, locale } of localizedPaths('/sign-in')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const next = safeNext(queryValue(request.query, 'next')) ?? '';
      if (request.user) return reply.redirect(next || `/${locale}/start`, 303);
      return sendPage(
        reply,
        h(SignInPage, {
          ctx: pageContext(request, reply),
          email: '',
          next,
          errors: {},
          notice: noticeOf(request.query),
        }),
      );
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const m = authMessages[locale].errors;
      const email = field(request.body, 'email');
      const password = passwordField(request.body, 'password');
      // Read whole: a cut URL is another page, so one too long is refused, not shortened.
      const next = safeNext(queryValue(request.body, 'next')) ?? '';
      const errors: FormErrors = {};
      const emailProblem = emailError(locale, email);
      if (emailProblem) errors.email = emailProblem;
      if (!password) errors.password = m.passwordRequired;
      if (Object.keys(errors).length === 0) {
        const outcome = await auth.signIn({ email, password, address: request.ip });
        if (outcome.ok) {
          const previous = currentSessionHash(request);
          if (previous) await auth.sessions.end(previous);
          setSessionCookie(reply, outcome.sessionToken, cookie);
          return reply.redirect(next || `/${locale}/start`, 303);
        }
        if (outcome.reason === 'invalid') errors.email = m.invalidCredentials;
        else if (outcome.reason === 'unverified') errors.email = m.unverified;
        else if ('until' in outcome)
          errors.email = format(locale, m.addressBlocked, { until: formatDateTime(locale, outcome.until) });
      }
      const status = errors.email && !emailProblem ? 401 : 400;
      return sendPage(
        reply,
        h(SignInPage, { ctx: pageContext(request, reply), email, next, errors, notice: null }),
        status,
      );
    });
  }

  for (const { path, locale } of localizedPaths('/sign-out')) {
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const session = currentSessionHash(request);
      if (session) await auth.sessions.end(session);
      clearSessionCookie(reply);
      return reply.redirect(`/${locale}/sign-in?notice=signed-out`, 303);
    });
  }

  for (const { path, locale } of localizedPaths('/create-account')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(
        reply,
        h(CreateAccountPage, {
          ctx: pageContext(request, reply),
          form: { kind: '', displayName: '', email: '', language: locale },
          errors: {},
        }),
      ),
    );
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const m = authMessages[locale];
      const body = request.body;
      const form: SignUpForm = {
        kind: field(body, 'kind', 20),
        displayName: field(body, 'displayName', 200),
        email: field(body, 'email'),
        language: field(body, 'language', 2),
      };
      const password = passwordField(body, 'password');
      const errors: FormErrors = {};
      const kind = SELF_SERVICE_ROLES.find((value) => value === form.kind);
      if (!kind) errors.kind = m.errors.kindRequired;
      if (!form.displayName) errors.displayName = m.errors.nameRequired;
      else if (containsNiss(form.displayName)) errors.displayName = m.errors.nameHoldsNiss;
      const emailProblem = emailError(locale, form.email);
      if (emailProblem) errors.email = emailProblem;
      if (!password) errors.password = m.errors.password['too-short'];
      const language: Locale = (LOCALES as readonly string[]).includes(form.language)
        ? (form.language as Locale)
        : locale;
      if (kind && Object.keys(errors).length === 0) {
        const outcome = await auth.signUp({
          kind,
          displayName: form.displayName,
          email: form.email,
          password,
          locale: language,
        });
        if (outcome.ok) {
          const body = format(locale, m.checkEmail.body, {
            email: form.email.toLowerCase(),
            hours: TOKEN_LIFETIMES_MS['verify-email'] / 3_600_000,
          });
          return sendPage(reply, h(CheckEmailPage, { ctx: pageContext(request), body }));
        }
        errors.password = passwordProblemMessage(locale, outcome.problem);
      }
      return sendPage(
        reply,
        h(CreateAccountPage, { ctx: pageContext(request, reply), form: { ...form, language }, errors }),
        400,
      );
    });
  }
}
