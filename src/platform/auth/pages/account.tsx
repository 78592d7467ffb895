// My account: who I am, my roles, change my password, sign out everywhere.
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../http/pages.ts';
import { format, formatDateTime } from '../../i18n/index.ts';
import { platformMessages } from '../../messages.ts';
import { BackLink, ErrorSummary, type FormErrors, SummaryList, TextInput } from '../../views/components.tsx';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { sendPage } from '../../views/render.ts';
import { authMessages } from '../messages.ts';
import { clearSessionCookie, currentSessionHash } from '../plugin.ts';
import type { AuthService } from '../service.ts';
import type { Jurisdictions } from '../staff.ts';
import {
  CsrfField,
  describeGrant,
  NewPasswordInput,
  Notice,
  passwordField,
  passwordProblemMessage,
} from './shared.tsx';

type Overview = Awaited<ReturnType<AuthService['accountOverview']>>;

function AccountPage({
  ctx,
  overview,
  jurisdictions,
  changed,
}: {
  ctx: PageContext;
  overview: Overview;
  jurisdictions: Jurisdictions;
  changed: boolean;
}) {
  const m = authMessages[ctx.locale].account;
  const { account, grants, sessions } = overview;
  const language = account.locale as keyof (typeof platformMessages)['fr']['languageNames'];
  return (
    <Layout ctx={ctx} title={m.title} section="account">
      {changed ? <Notice>{m.passwordChanged}</Notice> : null}
      <h1>{m.title}</h1>
      <SummaryList
        rows={[
          { key: m.name, value: account.displayName },
          { key: m.email, value: account.email },
          { key: m.language, value: platformMessages[ctx.locale].languageNames[language] ?? account.locale },
          {
            key: m.roles,
            value:
              grants.length === 0 ? (
                m.noRoles
              ) : (
                <ul>
                  {grants.map((grant) => (
                    <li key={grant.id}>{describeGrant(ctx.locale, grant, jurisdictions)}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <p>
        <a href={`/${ctx.locale}/account/password`}>{m.changePassword}</a>
      </p>
      <p>
        <a href={`/${ctx.locale}/my/applications`}>{m.myApplications}</a>
      </p>
      <h2>{m.everywhereTitle}</h2>
      <p>{format(ctx.locale, m.everywhereBody, { count: sessions })}</p>
      <form method="post" action={`/${ctx.locale}/account/sign-out-everywhere`}>
        <CsrfField token={ctx.csrfToken} />
        <button type="submit" class="button button--secondary">
          {m.everywhereSubmit}
        </button>
      </form>
    </Layout>
  );
}

function ChangePasswordPage({ ctx, errors }: { ctx: PageContext; errors: FormErrors }) {
  const m = authMessages[ctx.locale];
  return (
    <Layout
      ctx={ctx}
      title={m.changePassword.title}
      section="account"
      hasErrors={Object.keys(errors).length > 0}
    >
      <BackLink href={`/${ctx.locale}/account`} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.changePassword.title}</h1>
      <form method="post" action={`/${ctx.locale}/account/password`} class="form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput
          id="current"
          type="password"
          label={m.changePassword.current}
          error={errors.current}
          autoComplete="current-password"
        />
        <NewPasswordInput locale={ctx.locale} error={errors.password} />
        <button type="submit" class="button">
          {m.changePassword.submit}
        </button>
      </form>
    </Layout>
  );
}

export function registerAccountPages(
  app: FastifyInstance,
  auth: AuthService,
  jurisdictions: Jurisdictions,
): void {
  for (const { path } of localizedPaths('/account')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const overview = await auth.accountOverview(request.user);
      const changed = queryValue(request.query, 'notice') === 'password-changed';
      return sendPage(
        reply,
        h(AccountPage, { ctx: pageContext(request, reply), overview, jurisdictions, changed }),
      );
    });
  }
  for (const { path, locale } of localizedPaths('/account/password')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      auth.requireSignedIn(request.user);
      return sendPage(reply, h(ChangePasswordPage, { ctx: pageContext(request, reply), errors: {} }));
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      auth.requireSignedIn(request.user);
      const current = passwordField(request.body, 'current');
      const next = passwordField(request.body, 'password');
      const m = authMessages[locale].errors;
      const errors: FormErrors = {};
      if (!current) errors.current = m.passwordRequired;
      if (!next) errors.password = m.password['too-short'];
      if (Object.keys(errors).length === 0) {
        const outcome = await auth.changePassword(
          request.user,
          currentSessionHash(request),
          { current, next },
          { address: request.ip },
        );
        if (outcome.ok) return reply.redirect(`/${locale}/account?notice=password-changed`, 303);
        if (outcome.problem === 'current-wrong') errors.current = m.currentPasswordWrong;
        else if (outcome.problem === 'locked')
          errors.current = format(locale, m.locked, { until: formatDateTime(locale, outcome.until) });
        else errors.password = passwordProblemMessage(locale, outcome.problem);
      }
      return sendPage(reply, h(ChangePasswordPage, { ctx: pageContext(request, reply), errors }), 400);
    });
  }
  for (const { path, locale } of localizedPaths('/account/sign-out-everywhere')) {
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      await auth.signOutEverywhere(request.user);
      clearSessionCookie(reply);
      return reply.redirect(`/${locale}/sign-in?notice=everywhere`, 303);
    });
  }
}
