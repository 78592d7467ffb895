import type { ComponentChildren } from 'preact';
import { format, formatDateTime, type Locale } from '../i18n/index.ts';
import { BackLink, ErrorSummary, type FormErrors, SummaryList } from '../views/components.tsx';
import type { PageContext } from '../views/context.ts';
import { Layout } from '../views/layout.tsx';
import { caseLayoutMessages } from './messages.ts';
import type { CaseAction } from './workflow.ts';

// One layout for every case page staff work from (a request, an application): what the case is
// first, then what can be done (ONE primary action, the status's main next step; the others
// secondary; actions that cannot be undone as warnings, confirmed on a page of their own, which
// needs no JavaScript), then the history. Capabilities give the content, fields and words.

export type ActionTone = 'primary' | 'secondary' | 'warning';

/** The button's class for each tone. */
export const TONE_CLASS: Record<ActionTone, string> = {
  primary: 'button',
  secondary: 'button button--secondary',
  warning: 'button button--warning',
};

/**
 * The allowed actions in page order, each with its tone: the first one of the status's `next`
 * list that is allowed is primary and comes first; then the others; destructive ones last.
 */
export function orderActions<T extends string>(
  allowed: readonly T[],
  next: readonly T[],
  destructive: ReadonlySet<string>,
): Array<{ action: T; tone: ActionTone }> {
  const primary = next.find((action) => allowed.includes(action) && !destructive.has(action));
  const tone = (action: T): ActionTone =>
    action === primary ? 'primary' : destructive.has(action) ? 'warning' : 'secondary';
  const rank: Record<ActionTone, number> = { primary: 0, secondary: 1, warning: 2 };
  return allowed
    .map((action, index) => ({ action, tone: tone(action), index }))
    .sort((a, b) => rank[a.tone] - rank[b.tone] || a.index - b.index)
    .map(({ action, tone: t }) => ({ action, tone: t }));
}

/** One action's form: its title, fields, the case version it was shown at, one button. */
export function CaseActionForm(props: {
  ctx: PageContext;
  id: string;
  title: string;
  url: string;
  version: number;
  tone: ActionTone;
  submit: string;
  children?: ComponentChildren;
}) {
  return (
    <section class={`case-action case-action--${props.tone}`} aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <form method="post" action={props.url} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
        <input type="hidden" name="version" value={String(props.version)} />
        {props.children}
        <button type="submit" class={TONE_CLASS[props.tone]}>
          {props.submit}
        </button>
      </form>
    </section>
  );
}

export function CaseLayout(props: {
  ctx: PageContext;
  section: 'inbox' | 'applications';
  title: string;
  /** The h1's content when it holds more than the title (a status tag). */
  heading?: ComponentChildren;
  backHref?: string;
  errors: FormErrors;
  notice: ComponentChildren | null;
  /** The request or application: summary lists, documents, budget. */
  content: ComponentChildren;
  actions: ComponentChildren[];
  noActions: string;
  /** Between the actions and the history (decisions waiting, for instance). */
  after?: ComponentChildren;
  timeline: ComponentChildren;
}) {
  const { ctx } = props;
  const m = caseLayoutMessages[ctx.locale];
  return (
    <Layout
      ctx={ctx}
      section={props.section}
      title={props.title}
      hasErrors={Object.keys(props.errors).length > 0}
    >
      {props.backHref ? <BackLink href={props.backHref} locale={ctx.locale} /> : null}
      <ErrorSummary locale={ctx.locale} errors={props.errors} />
      <h1>{props.heading ?? props.title}</h1>
      {props.notice ? (
        <div class="panel panel--info" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <div class="case-content">{props.content}</div>
      <section class="case-actions" aria-labelledby="case-actions-title">
        <h2 id="case-actions-title">{m.actions}</h2>
        {props.actions.length === 0 ? <p>{props.noActions}</p> : props.actions}
      </section>
      {props.after}
      <section aria-labelledby="case-timeline-title">
        <h2 id="case-timeline-title">{m.timeline}</h2>
        {props.timeline}
      </section>
    </Layout>
  );
}

/**
 * A case's history, newest first, drawn the same way on every case page: what happened (and a
 * qualifier such as "internal"), when, who (when the reader may know), and what it said. The
 * capability names its actions and says which details and actor its readers see.
 */
export function CaseTimeline<A extends string>(props: {
  locale: Locale;
  actions: ReadonlyArray<CaseAction<A>>;
  label(action: CaseAction<A>): string;
  /** A word after the label, in brackets ("internal" for a note). */
  qualifier?(action: CaseAction<A>): string | null;
  /** Who acted, for readers who may know (staff); null or absent: nobody named. */
  who?(action: CaseAction<A>): string | null;
  details(action: CaseAction<A>): string | null;
}) {
  return (
    <ol class="timeline">
      {[...props.actions].reverse().map((action) => {
        const qualifier = props.qualifier?.(action) ?? null;
        const who = props.who?.(action) ?? null;
        const details = props.details(action);
        return (
          <li key={action.seq} class="timeline__item">
            <p class="timeline__title">
              <strong>{props.label(action)}</strong>
              {qualifier ? ` (${qualifier})` : null}
              {' · '}
              <time class="timeline__when" dateTime={action.at}>
                {formatDateTime(props.locale, action.at)}
              </time>
              {who ? ` · ${who}` : null}
            </p>
            {details ? <p class="timeline__details">{details}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * "Are you sure?": the page a destructive action answers before it acts. It carries what was
 * typed in hidden fields (shown back to the reader), and confirms by posting again with
 * `confirmed=yes`; cancelling goes back to the case without acting.
 */
export function ConfirmActionPage(props: {
  ctx: PageContext;
  section: 'inbox' | 'applications' | 'committees';
  /** "Are you sure you want to decline request GP-…?" */
  question: string;
  /** What the button says after "Yes, ": "decline the request". */
  verb: string;
  url: string;
  cancelHref: string;
  version: number | null;
  /** The typed fields, carried over; those with a label are shown back. */
  fields: Array<{ name: string; value: string; label?: string }>;
}) {
  const { ctx } = props;
  const m = caseLayoutMessages[ctx.locale];
  const shown = props.fields.filter((f) => f.label && f.value !== '');
  return (
    <Layout
      ctx={ctx}
      section={props.section}
      title={format(ctx.locale, m.confirmTitle, { action: props.verb })}
    >
      <BackLink href={props.cancelHref} locale={ctx.locale} />
      <h1>{props.question}</h1>
      <div class="panel panel--warning">
        <p>{m.irreversible}</p>
      </div>
      {shown.length > 0 ? <h2>{m.youTyped}</h2> : null}
      {shown.length > 0 ? (
        <SummaryList rows={shown.map((f) => ({ key: f.label ?? f.name, value: f.value }))} />
      ) : null}
      <form method="post" action={props.url} class="form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {props.version === null ? null : <input type="hidden" name="version" value={String(props.version)} />}
        {props.fields.map((f) => (
          <input type="hidden" name={f.name} value={f.value} key={f.name} />
        ))}
        <input type="hidden" name="confirmed" value="yes" />
        <div class="button-group">
          <button type="submit" class={TONE_CLASS.warning}>
            {format(ctx.locale, m.confirm, { action: props.verb })}
          </button>
          <a href={props.cancelHref} class="button button--secondary">
            {m.cancel}
          </a>
        </div>
      </form>
    </Layout>
  );
}

/** Whether a post is the confirmed second step of a destructive action. */
export function isConfirmed(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as Record<string, unknown>).confirmed === 'yes';
}
