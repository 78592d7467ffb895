// Pages reached from e-mailed links: confirm the address, forgotten password, reset, and accept
// a staff invitation. A GET never uses a link up (mail scanners open links); the button does.
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../http/pages.ts';
import { format, type Locale } from '../../i18n/index.ts';
import { ErrorSummary, type FormErrors, TextInput } from '../../views/components.tsx';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { sendPage } from '../../views/render.ts';
import { authMessages } from '../messages.ts';
import type { AuthService } from '../service.ts';
import {
  CsrfField,
  emailError,
  field,
  NewPasswordInput,
  passwordField,
  passwordProblemMessage,
} from './shared.tsx';
import { CheckEmailPage } from './sign-in.tsx';

function InvalidLinkPage({ ctx, invitation = false }: { ctx: PageContext; invitation?: boolean }) {
  const m = authMessages[ctx.locale].invalidLink;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      {invitation ? (
        <p>{m.invitationBody}</p>
      ) : (
        <>
          <p>{m.body}</p>
          <p>
            <a href={`/${ctx.locale}/forgot-password`}>{m.again}</a>
          </p>
        </>
      )}
    </Layout>
  );
}

function ConfirmEmailPage({ ctx, token }: { ctx: PageContext; token: string }) {
  const m = authMessages[ctx.locale].verify;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <form method="post" action={`/${ctx.locale}/verify-email`} class="form">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

function ForgotPage({ ctx, email, errors }: { ctx: PageContext; email: string; errors: FormErrors }) {
  const m = authMessages[ctx.locale];
  return (
    <Layout ctx={ctx} title={m.forgot.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.forgot.title}</h1>
      <p>{m.forgot.intro}</p>
      <form method="post" action={`/${ctx.locale}/forgot-password`} class="form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput
          id="email"
          type="email"
          label={m.fields.email}
          value={email}
          error={errors.email}
          autoComplete="email"
          spellcheck={false}
        />
        <button type="submit" class="button">
          {m.forgot.submit}
        </button>
      </form>
    </Layout>
  );
}

type Purpose = 'reset-password' | 'invitation';

function NewPasswordPage(props: {
  ctx: PageContext;
  purpose: Purpose;
  token: string;
  errors: FormErrors;
  who: { name: string; email: string };
}) {
  const { ctx, errors } = props;
  const m = authMessages[ctx.locale];
  const invitation = props.purpose === 'invitation';
  const title = invitation ? m.invitation.title : m.reset.title;
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{title}</h1>
      {invitation ? <p>{format(ctx.locale, m.invitation.intro, props.who)}</p> : null}
      <form
        method="post"
        action={`/${ctx.locale}/${invitation ? 'accept-invitation' : 'reset-password'}`}
        class="form"
        novalidate
      >
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="token" value={props.token} />
        {/* Lets password managers save the new password under the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={props.who.email} />
        <NewPasswordInput locale={ctx.locale} error={errors.password} />
        <button type="submit" class="button">
          {invitation ? m.invitation.submit : m.reset.submit}
        </button>
      </form>
    </Layout>
  );
}

function registerNewPasswordPage(
  app: FastifyInstance,
  auth: AuthService,
  path: string,
  purpose: Purpose,
): void {
  for (const { path: localized, locale } of localizedPaths(path)) {
    app.get(localized, { schema: { hide: true } }, async (request, reply) => {
      const token = queryValue(request.query, 'token');
      const account = await auth.links.check(token, purpose);
      const invitation = purpose === 'invitation';
      if (!account)
        return sendPage(reply, h(InvalidLinkPage, { ctx: pageContext(request), invitation }), 404);
      const who = { name: account.displayName, email: account.email };
      return sendPage(
        reply,
        h(NewPasswordPage, { ctx: pageContext(request, reply), purpose, token, errors: {}, who }),
      );
    });
    app.post(
      localized,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const token = field(request.body, 'token', 100);
        const password = passwordField(request.body, 'password');
        const outcome = await auth.links.setPassword(token, purpose, password, { address: request.ip });
        if (outcome.ok)
          return reply.redirect(
            `/${locale}/sign-in?notice=${purpose === 'invitation' ? 'activated' : 'reset'}`,
            303,
          );
        if (outcome.problem === 'invalid-token') {
          const invitation = purpose === 'invitation';
          return sendPage(reply, h(InvalidLinkPage, { ctx: pageContext(request), invitation }), 404);
        }
        const account = await auth.links.check(token, purpose);
        const who = { name: account?.displayName ?? '', email: account?.email ?? '' };
        const errors = { password: passwordProblemMessage(locale as Locale, outcome.problem) };
        return sendPage(
          reply,
          h(NewPasswordPage, { ctx: pageContext(request, reply), purpose, token, errors, who }),
          400,
        );
      },
    );
  }
}

export function registerLinkPages(app: FastifyInstance, auth: AuthService): void {
  for (const { path, locale } of localizedPaths('/verify-email')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const token = queryValue(request.query, 'token');
      if (!(await auth.links.check(token, 'verify-email')))
        return sendPage(reply, h(InvalidLinkPage, { ctx: pageContext(request) }), 404);
      return sendPage(reply, h(ConfirmEmailPage, { ctx: pageContext(request, reply), token }));
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      if (!(await auth.links.verifyEmail(field(request.body, 'token', 100)))) {
        return sendPage(reply, h(InvalidLinkPage, { ctx: pageContext(request) }), 404);
      }
      return reply.redirect(`/${locale}/sign-in?notice=verified`, 303);
    });
  }

  for (const { path, locale } of localizedPaths('/forgot-password')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(reply, h(ForgotPage, { ctx: pageContext(request, reply), email: '', errors: {} })),
    );
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const email = field(request.body, 'email');
      const problem = emailError(locale, email);
      if (problem)
        return sendPage(
          reply,
          h(ForgotPage, { ctx: pageContext(request, reply), email, errors: { email: problem } }),
          400,
        );
      await auth.links.requestPasswordReset(email);
      const body = format(locale, authMessages[locale].checkEmail.resetBody, { email: email.toLowerCase() });
      return sendPage(reply, h(CheckEmailPage, { ctx: pageContext(request), body }));
    });
  }

  registerNewPasswordPage(app, auth, '/reset-password', 'reset-password');
  registerNewPasswordPage(app, auth, '/accept-invitation', 'invitation');
}
