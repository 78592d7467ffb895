import { CaseTimeline } from '../../platform/cases/case-page.tsx';
import type { CaseAction } from '../../platform/cases/workflow.ts';
import { formatDate, type Locale } from '../../platform/i18n/index.ts';
import { isIsoDate } from '../../platform/identifiers/belgian-date.ts';
import type { PageContext } from '../../platform/views/context.ts';
import type { ApplicationAction } from '../domain/workflow.ts';
import { formsMessages } from '../messages/forms.ts';
import { actionLabels, vocabularyMessages } from '../messages/vocabulary.ts';
import { type AccountForm, CreateAccountForm } from './account-step.tsx';

/** Signed out: the questionnaire keeps progress per account, so it starts with one. */
export function SignInPrompt({
  ctx,
  next,
  account,
}: {
  ctx: PageContext;
  next: string;
  account?: AccountForm | undefined;
}) {
  const locale = ctx.locale;
  const m = formsMessages[locale];
  return (
    <div class="panel">
      <h2>{m.signInTitle}</h2>
      <p>{m.signInBody}</p>
      <p>
        <a class="button" href={`/${locale}/sign-in?next=${encodeURIComponent(next)}`}>
          {m.signIn}
        </a>
      </p>
      <CreateAccountForm
        ctx={ctx}
        action={`${next}/account`}
        form={account ?? { displayName: '', email: '', errors: {} }}
      />
    </div>
  );
}

/** What an action's payload says that people should read on a timeline. */
export function actionDetails(locale: Locale, action: CaseAction<ApplicationAction>): string | null {
  const p = action.payload;
  const v = vocabularyMessages[locale];
  const parts: string[] = [];
  if (typeof p.date === 'string') parts.push(isIsoDate(p.date) ? formatDate(locale, p.date) : p.date);
  if (typeof p.level === 'string' && p.level in v.levels)
    parts.push(v.levels[p.level as 'local' | 'regional']);
  if (typeof p.outcome === 'string' && p.outcome in v.outcomes)
    parts.push(v.outcomes[p.outcome as 'approve' | 'reject']);
  if (Array.isArray(p.networkIds) && p.networkIds.length > 0) parts.push(p.networkIds.join(', '));
  for (const key of ['text', 'reason', 'reasons', 'signatories', 'name'] as const) {
    if (typeof p[key] === 'string' && p[key] !== '') parts.push(p[key] as string);
  }
  return parts.length > 0 ? parts.join(' – ') : null;
}

/** An application's history: the platform's case timeline with the applications' words. */
export function Timeline({
  locale,
  actions,
  showActors,
}: {
  locale: Locale;
  actions: ReadonlyArray<CaseAction<ApplicationAction>>;
  showActors: boolean;
}) {
  return (
    <CaseTimeline
      locale={locale}
      actions={actions}
      label={(action) => actionLabels[locale][action.type]}
      who={showActors ? (action) => action.actor.label : undefined}
      details={(action) => actionDetails(locale, action)}
    />
  );
}
