// /{locale}/my/first-line-hours/{id}/correct: a clinician corrects one of their own entries (day,
// hours, 0 to withdraw it) and says why; the audit log keeps before, after and the reason. Anyone
// else's entry, or an id that is not one, is 404.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { CsrfField } from '../platform/auth/pages/shared.tsx';
import { localizedPaths, pageContext } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { dateAsTyped, formatBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { ErrorSummary, type FormErrors, Textarea, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import type { FirstLineHoursService, HoursEntry } from './first-line-hours.ts';
import {
  type CorrectionForm,
  type CorrectionIssue,
  REASON_MAX,
  readCorrectionForm,
} from './first-line-hours-correction.ts';
import { hoursMessages } from './first-line-hours-messages.ts';

function CorrectionPage({
  ctx,
  entry,
  form,
  errors,
}: {
  ctx: PageContext;
  entry: HoursEntry;
  form: CorrectionForm;
  errors: FormErrors;
}) {
  const { locale } = ctx;
  const m = hoursMessages[locale];
  const c = m.correction;
  return (
    <Layout ctx={ctx} title={c.title} section="first-line-hours" hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{c.title}</h1>
      <p>
        {format(locale, c.intro, {
          date: formatBelgianDate(locale, entry.day),
          subject: entry.subject,
          hours: String(entry.quarterHours / 4).replace('.', locale === 'en' ? '.' : ','),
        })}
      </p>
      <form method="post" class="form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput
          id="date"
          label={m.fields.date}
          hint={m.fields.dateHint}
          error={errors.date}
          value={form.date}
          width="short"
          inputMode="numeric"
        />
        <TextInput
          id="hours"
          label={m.fields.hours}
          hint={c.hoursHint}
          error={errors.hours}
          value={form.hours}
          width="short"
        />
        <Textarea
          id="reason"
          label={c.reason}
          hint={c.reasonHint}
          error={errors.reason}
          value={form.reason}
          maxLength={REASON_MAX}
        />
        <button type="submit" class="button">
          {c.submit}
        </button>
      </form>
      <p>
        <a href={`/${locale}/my/first-line-hours`}>{c.back}</a>
      </p>
    </Layout>
  );
}

/** The entry's day as the form shows it (dd/mm/yyyy, dd.mm.yyyy in German) and its hours with a decimal comma. */
function formOf(entry: HoursEntry, locale: Locale): CorrectionForm {
  const hours = String(entry.quarterHours / 4);
  return {
    date: dateAsTyped(locale, entry.day),
    hours: locale === 'en' ? hours : hours.replace('.', ','),
    reason: '',
  };
}

function errorsOf(locale: Locale, issues: readonly CorrectionIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) errors[issue.field] ??= hoursMessages[locale].correction.errors[issue.code];
  return errors;
}

export function registerCorrectionPages(app: FastifyInstance, hours: FirstLineHoursService): void {
  const idOf = (request: FastifyRequest) => {
    const { id } = request.params as { id: string };
    if (!isUuid(id)) throw new StandardProblem(404, 'not-found');
    return id;
  };
  for (const { path, locale } of localizedPaths('/my/first-line-hours/:id/correct')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const entry = await hours.entry(request.user, idOf(request));
      const ctx = pageContext(request, reply);
      return sendPage(reply, h(CorrectionPage, { ctx, entry, form: formOf(entry, locale), errors: {} }));
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const id = idOf(request);
      const form = readCorrectionForm(request.body);
      const outcome = await hours.correct(request.user, id, form);
      if (outcome.ok) return reply.redirect(`/${locale}/my/first-line-hours?corrected=1`, 303);
      const entry = await hours.entry(request.user, id);
      const ctx = pageContext(request, reply);
      return sendPage(
        reply,
        h(CorrectionPage, { ctx, entry, form, errors: errorsOf(locale, outcome.issues) }),
        400,
      );
    });
  }
}
