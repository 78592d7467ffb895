import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext } from '../platform/http/pages.ts';
import { format, formatDate, formatEuros, type Locale } from '../platform/i18n/index.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import { ErrorSummary, type FormErrors, Radios, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { SESSION_MODES } from '../platform/vocabulary/index.ts';
import {
  BIM_ANSWERS,
  type CostForm,
  type CostQuestion,
  checkCostForm,
  functionsOn,
  readCostForm,
} from './cost-form.ts';
import { costMessages } from './cost-messages.ts';
import { conventionOn, type IsoDate, type SessionDecision } from './domain/index.ts';
import { explain } from './explain.ts';
import type { CareService } from './service.ts';

interface Answer {
  decision: SessionDecision;
  /** What a BIM patient would pay, when the person does not know and it differs. */
  withBim: number | null;
  needsAssessment: boolean;
}

interface CostPageProps {
  ctx: PageContext;
  today: IsoDate;
  form: CostForm;
  errors: FormErrors;
  answer: Answer | null;
}

function CostPage({ ctx, today, form, errors, answer }: CostPageProps) {
  const t = costMessages[ctx.locale];
  const action = `/${ctx.locale}/cost`;
  return (
    <Layout ctx={ctx} title={t.title} section="cost" hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{t.title}</h1>
      {answer ? (
        <AnswerPanel locale={ctx.locale} today={today} answer={answer} />
      ) : (
        <p class="lead">{t.intro}</p>
      )}
      <form method="post" action={action} class="form" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <TextInput
          id="age"
          label={t.ageLabel}
          hint={t.ageHint}
          error={errors.age}
          value={form.age}
          width="medium"
          spellcheck={false}
        />
        <Radios
          name="bim"
          legend={t.bimLegend}
          hint={t.bimHint}
          error={errors.bim}
          value={form.bim}
          options={BIM_ANSWERS.map((value) => ({ value, label: t.bim[value] }))}
        />
        <Radios
          name="function"
          legend={t.functionLegend}
          error={errors.function}
          value={form.function}
          options={functionsOn(today).map((value) => ({ value, label: t.functions[value] }))}
        />
        <Radios
          name="mode"
          legend={t.modeLegend}
          error={errors.mode}
          value={form.mode}
          options={SESSION_MODES.map((value) => ({ value, label: t.modes[value] }))}
        />
        <TextInput
          id="sessions"
          label={t.sessionsLabel}
          hint={t.sessionsHint}
          error={errors.sessions}
          value={form.sessions}
          width="short"
          inputMode="numeric"
        />
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
      <p>{t.nothingStored}</p>
    </Layout>
  );
}

function AnswerPanel({ locale, today, answer }: { locale: Locale; today: IsoDate; answer: Answer }) {
  const t = costMessages[locale].answer;
  const { decision } = answer;
  const headline = !decision.reimbursable
    ? t.refused
    : decision.copayCents
      ? format(locale, t.pay, { amount: formatEuros(locale, decision.copayCents) })
      : t.free;
  return (
    <section
      class={`panel ${decision.reimbursable ? 'panel--success' : 'panel--warning'}`}
      aria-labelledby="answer-title"
    >
      <h2 id="answer-title">{headline}</h2>
      <p data-testid="explanation">{explain(decision, locale)}</p>
      {answer.withBim !== null ? (
        <p>{format(locale, t.ifBim, { amount: formatEuros(locale, answer.withBim) })}</p>
      ) : null}
      {answer.needsAssessment ? <p>{t.assessment}</p> : null}
      <p>{format(locale, t.rulesOf, { date: formatDate(locale, today) })}</p>
      <p>{t.change}</p>
    </section>
  );
}

function answerFor(care: CareService, question: CostQuestion): Answer {
  const decision = care.quote(question.proposed, question.history);
  let withBim: number | null = null;
  if (question.bim === 'unknown' && decision.reimbursable) {
    const bim = care.quote({ ...question.proposed, bim: true }, question.history);
    if (bim.copayCents !== null && bim.copayCents !== decision.copayCents) withBim = bim.copayCents;
  }
  const rules = conventionOn(question.proposed.date)?.functions[question.proposed.function];
  return { decision, withBim, needsAssessment: rules?.needsFunctionalAssessment ?? false };
}

const EMPTY: CostForm = { age: '', bim: '', function: '', mode: '', sessions: '' };

/**
 * "What will I pay?": a public page built on the same decision as the API. The answers are
 * posted (so they never appear in addresses or logs) and nothing is stored.
 */
export function registerCarePages(app: FastifyInstance, care: CareService): void {
  for (const { path } of localizedPaths('/cost')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(
        reply,
        h(CostPage, {
          ctx: pageContext(request, reply),
          today: brusselsDay(new Date()),
          form: EMPTY,
          errors: {},
          answer: null,
        }),
      ),
    );
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const today = brusselsDay(new Date());
      const form = readCostForm(request.body);
      const checked = checkCostForm(form, today, request.locale);
      const ctx = pageContext(request, reply);
      if (!checked.ok) {
        return sendPage(reply, h(CostPage, { ctx, today, form, errors: checked.errors, answer: null }), 400);
      }
      return sendPage(
        reply,
        h(CostPage, { ctx, today, form, errors: {}, answer: answerFor(care, checked.question) }),
      );
    });
  }
}
