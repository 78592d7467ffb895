// The two pages every questionnaire shows: a question page (one question, or a small group) and
// "check your answers" with a change link per row. GOV.UK patterns; plain forms, no JavaScript.

import type { ComponentChildren } from 'preact';
import { BackLink, ErrorSummary, type FormErrors } from '../views/components.tsx';
import type { PageContext } from '../views/context.ts';
import { Layout } from '../views/layout.tsx';
import type { FieldHelpers } from './inputs.tsx';
import { formMessages } from './messages.ts';

export interface QuestionPageProps {
  ctx: PageContext;
  title: string;
  /** Whether `children` already holds the h1 (a one-question page's legend or label). */
  ownsHeading: boolean;
  /** Where the form posts: the page's own address, without its query. */
  action: string;
  /** A page with file inputs posts multipart (its route takes the files). */
  multipart: boolean;
  errors: FormErrors;
  back: string;
  returnToCheck: boolean;
  render(helpers: FieldHelpers): ComponentChildren;
  helpers: FieldHelpers;
}

export function QuestionPageView(props: QuestionPageProps) {
  const { ctx, errors } = props;
  return (
    <Layout ctx={ctx} title={props.title} hasErrors={Object.keys(errors).length > 0}>
      <BackLink href={props.back} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <form
        method="post"
        action={props.action}
        class="form"
        novalidate
        {...(props.multipart ? { enctype: 'multipart/form-data' } : {})}
      >
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {props.returnToCheck ? <input type="hidden" name="return" value="check" /> : null}
        {props.ownsHeading ? null : <h1>{props.title}</h1>}
        {props.render(props.helpers)}
        <button type="submit" class="button">
          {formMessages[ctx.locale].continue}
        </button>
      </form>
    </Layout>
  );
}

export interface CheckRow<S extends string = string> {
  section: S;
  key: string;
  value: ComponentChildren;
}

export interface CheckTexts {
  title: string;
  declaration: string;
  submit: string;
}

export function CheckAnswersView(props: {
  ctx: PageContext;
  base: string;
  texts: CheckTexts;
  rows: CheckRow[];
  errors: FormErrors;
  back: string;
}) {
  const { ctx, texts, errors } = props;
  return (
    <Layout ctx={ctx} title={texts.title} hasErrors={Object.keys(errors).length > 0}>
      <BackLink href={props.back} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{texts.title}</h1>
      <dl class="summary-list summary-list--actions">
        {props.rows.map((row) => (
          <div class="summary-list__row" key={row.key}>
            <dt class="summary-list__key">{row.key}</dt>
            <dd class="summary-list__value">{row.value}</dd>
            <dd class="summary-list__actions">
              <a href={`${props.base}/${row.section}?return=check`}>
                {formMessages[ctx.locale].change}
                <span class="visually-hidden"> {row.key}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p>{texts.declaration}</p>
      <form method="post" action={`${props.base}/check`} novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <button type="submit" class="button">
          {texts.submit}
        </button>
      </form>
    </Layout>
  );
}
