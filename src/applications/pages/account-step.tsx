import type { FastifyInstance } from 'fastify';
import type { VNode } from 'preact';
import type { AuthService } from '../../platform/auth/index.ts';
import { authMessages } from '../../platform/auth/messages.ts';
import {
  emailError,
  field,
  passwordField,
  passwordProblemMessage,
} from '../../platform/auth/pages/shared.tsx';
import { TOKEN_LIFETIMES_MS } from '../../platform/auth/tokens.ts';
import { localizedPaths, pageContext } from '../../platform/http/pages.ts';
import { format, type Locale } from '../../platform/i18n/index.ts';
import { containsNiss } from '../../platform/identifiers/free-text-niss.ts';
import { ErrorSummary, type FormErrors, TextInput } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { formsMessages } from '../messages/forms.ts';

// The account made along the way: a signed-out visitor can sign in, or create their account
// right on the questionnaire's start page. A clinician's account holds no role until their
// convention is signed; a service's is an organisation account. The e-mail link confirms it.

export interface AccountForm {
  displayName: string;
  email: string;
  errors: FormErrors;
}

export function CreateAccountForm({
  ctx,
  action,
  form,
}: {
  ctx: PageContext;
  action: string;
  form: AccountForm;
}) {
  const m = formsMessages[ctx.locale];
  const a = authMessages[ctx.locale];
  return (
    <form method="post" action={action} class="form" novalidate>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      <h2>{m.createAccount}</h2>
      <ErrorSummary locale={ctx.locale} errors={form.errors} />
      <TextInput
        id="displayName"
        label={a.fields.name}
        value={form.displayName}
        error={form.errors.displayName}
        autoComplete="name"
      />
      <TextInput
        id="email"
        label={a.fields.email}
        type="email"
        value={form.email}
        error={form.errors.email}
        autoComplete="email"
        spellcheck={false}
      />
      <TextInput
        id="password"
        label={a.fields.password}
        hint={a.fields.passwordHint}
        type="password"
        error={form.errors.password}
        autoComplete="new-password"
      />
      <button type="submit" class="button button--secondary">
        {m.createAccount}
      </button>
    </form>
  );
}

export function registerAccountStep(
  app: FastifyInstance,
  auth: AuthService,
  flows: Array<{
    path: string;
    kind: 'organisation' | null;
    start: (ctx: PageContext, form: AccountForm) => VNode;
  }>,
): void {
  for (const flow of flows) {
    for (const { locale, path } of localizedPaths(`${flow.path}/account`)) {
      app.post(
        path,
        { schema: { hide: true }, preValidation: app.csrfProtection },
        async (request, reply) => {
          const a = authMessages[locale as Locale];
          const body = request.body;
          const form = {
            displayName: field(body, 'displayName', 200),
            email: field(body, 'email'),
            errors: {} as FormErrors,
          };
          const password = passwordField(body, 'password');
          if (!form.displayName) form.errors.displayName = a.errors.nameRequired;
          else if (containsNiss(form.displayName)) form.errors.displayName = a.errors.nameHoldsNiss;
          const emailProblem = emailError(locale, form.email);
          if (emailProblem) form.errors.email = emailProblem;
          if (!password) form.errors.password = a.errors.password['too-short'];
          if (Object.keys(form.errors).length === 0) {
            const outcome = await auth.signUp({
              kind: flow.kind,
              displayName: form.displayName,
              email: form.email,
              password,
              locale,
            });
            if (outcome.ok) {
              const text = format(locale, a.checkEmail.body, {
                email: form.email.toLowerCase(),
                hours: TOKEN_LIFETIMES_MS['verify-email'] / 3_600_000,
              });
              return sendPage(
                reply,
                <Layout ctx={pageContext(request)} title={a.checkEmail.title}>
                  <h1>{a.checkEmail.title}</h1>
                  <p>{text}</p>
                </Layout>,
              );
            }
            form.errors.password = passwordProblemMessage(locale, outcome.problem);
          }
          return sendPage(reply, flow.start(pageContext(request, reply), form), 400);
        },
      );
    }
  }
}
