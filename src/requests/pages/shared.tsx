import { CookieDraftStore } from '../../platform/forms/drafts.ts';
import type { Submitted } from '../../platform/forms/engine.tsx';
import type { CheckTexts } from '../../platform/forms/views.tsx';
import { type Locale, languageName } from '../../platform/i18n/index.ts';
import { Select } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { AGE_GROUPS, CORRESPONDENCE_LANGUAGES } from '../domain/vocabulary.ts';
import { inboxMessages } from '../messages/inbox.ts';
import { formsMessages, vocabularyMessages } from '../messages/index.ts';
import { statusMessages } from '../messages/status.ts';
import type { RequestService, SubmitOutcome } from '../service.ts';

type ConfirmationTexts = { title: string; reference: string; next: string; follow: string };

/**
 * What the GP form and the organisation form run alike on the form engine: drafts in a signed
 * cookie (no account needed), the issues' sentences, the confirmation page with the reference.
 */
export function requestFlowBasics(
  id: 'support' | 'partner',
  texts: (locale: Locale) => { check: CheckTexts; confirmation: ConfirmationTexts },
) {
  return {
    id,
    drafts: (requests: RequestService) => new CookieDraftStore(requests, id),
    checkTexts: (locale: Locale) => texts(locale).check,
    issueTexts: (locale: Locale) => formsMessages[locale],
    confirmation: (ctx: PageContext, reference: string) => (
      <ConfirmationPage ctx={ctx} texts={texts(ctx.locale).confirmation} reference={reference} />
    ),
  };
}

/** A submission as the engine takes it: the reference goes to the confirmation page. */
export function referenceOf(outcome: SubmitOutcome): Submitted<never> {
  return outcome.ok ? { ok: true, reference: outcome.submitted.reference } : outcome;
}

/** The age-group filter of the inbox and the clinician search ("all" first). */
export function AgeGroupFilter({ locale, value }: { locale: Locale; value: string | undefined }) {
  return (
    <Select
      id="ageGroup"
      label={inboxMessages[locale].ageGroup}
      value={value}
      emptyLabel={inboxMessages[locale].any}
      options={AGE_GROUPS.map((group) => ({
        value: group,
        label: vocabularyMessages[locale].ageGroups[group],
      }))}
    />
  );
}

/** The languages we write to requesters in, each named in its own language (as people look for it). */
export function contactLanguageOptions(_locale: Locale) {
  return CORRESPONDENCE_LANGUAGES.map((code) => ({ value: code, label: languageName(code, code) }));
}

export function joinLabels(labels: string[]): string {
  return labels.join('\n');
}

/** A GOV.UK start page: what the service does, what you can ask, how long it takes, Start. */
export function StartPage(props: {
  ctx: PageContext;
  title: string;
  intro: string;
  listTitle: string;
  items: string[];
  howLong: string;
  start: string;
  href: string;
}) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p class="lead">{props.intro}</p>
      <p>{props.listTitle}</p>
      <ul>
        {props.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{props.howLong}</p>
      <p>
        <a class="button" href={props.href} draggable={false}>
          {props.start}
        </a>
      </p>
      <p>
        {statusMessages[props.ctx.locale].alreadySent}{' '}
        <a href={`/${props.ctx.locale}/professionals/status`}>
          {statusMessages[props.ctx.locale].followLink}
        </a>
      </p>
    </Layout>
  );
}

export function ConfirmationPage({
  ctx,
  texts,
  reference,
}: {
  ctx: PageContext;
  texts: ConfirmationTexts;
  reference: string;
}) {
  return (
    <Layout ctx={ctx} title={texts.title}>
      <div class="reference-panel">
        <h1 class="reference-panel__title">{texts.title}</h1>
        <p>{texts.reference}</p>
        <p class="reference-panel__reference" data-reference>
          {reference}
        </p>
      </div>
      <p>{texts.next}</p>
      <p>
        <a href={`/${ctx.locale}/professionals/status?reference=${encodeURIComponent(reference)}`}>
          {texts.follow}
        </a>
      </p>
    </Layout>
  );
}
