// What the declaration of interest and the service application run alike on the form engine:
// drafts in the applicant's account (they stop and come back, from any device), issues that name
// their field, submission into a case, and a start page that asks to sign in first.

import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { AccountDraftStore } from '../../platform/forms/drafts.ts';
import type { Submitted } from '../../platform/forms/engine.tsx';
import type { Locale } from '../../platform/i18n/index.ts';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { formsMessages } from '../messages/forms.ts';
import { applicationIssueTexts } from '../messages/issues.ts';
import type { ApplicationKind, ApplicationService } from '../service.ts';
import type { AccountForm } from './account-step.tsx';
import { SignInPrompt } from './shared.tsx';

type QuestionPageKey = keyof (typeof formsMessages)['fr']['pages'];

export function applicationFlowBasics<S extends QuestionPageKey>(form: ApplicationKind) {
  const texts = (locale: Locale) => formsMessages[locale][form === 'clinician' ? 'clinician' : 'service'];
  return {
    id: form,
    resumes: true,
    drafts: (service: ApplicationService) => new AccountDraftStore(service, form),
    checkTexts: (locale: Locale) => {
      const t = texts(locale);
      return { title: t.checkTitle, declaration: t.declaration, submit: t.submit };
    },
    issueTexts: (locale: Locale) => applicationIssueTexts[locale],
    async submit(service: ApplicationService, request: FastifyRequest): Promise<Submitted<S>> {
      const outcome = await service.submit(request.user, form);
      if (!outcome.ok) return { ok: false, issues: outcome.issues, section: outcome.section as S };
      return { ok: true, next: `/${request.locale}/my/applications/${outcome.id}?sent=1` };
    },
  };
}

/** A question page's title: the questionnaires name each page once, in questions.ts. */
export const pageTitle = (section: QuestionPageKey) => (locale: Locale) =>
  formsMessages[locale].pages[section];

/** A questionnaire's start page: Start (or Resume) for someone signed in, else sign in or sign up. */
export function QuestionnaireStart(props: {
  ctx: PageContext;
  title: string;
  intro: ComponentChildren;
  path: string;
  next: string | null;
  startLabel: string;
  account?: AccountForm | undefined;
}) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title}>
      <h1>{props.title}</h1>
      {props.intro}
      {props.next ? (
        <a class="button button--start" href={props.next}>
          {props.startLabel}
        </a>
      ) : (
        <SignInPrompt ctx={ctx} account={props.account} next={`/${ctx.locale}${props.path}`} />
      )}
    </Layout>
  );
}
