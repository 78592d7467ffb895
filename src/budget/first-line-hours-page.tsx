// /{locale}/my/first-line-hours: a signed-in clinician records the time spent supporting a GP or
// an organisation on a request assigned to them, by the request's reference (there is no list of
// a clinician's assignments yet). A plain form: without JavaScript, and whatever was typed comes
// back with the errors.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { CsrfField, Notice } from '../platform/auth/pages/shared.tsx';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { ErrorSummary, type FormErrors, Radios, Select, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import type { ReferenceService } from '../reference/service.ts';
import type { FirstLineHoursService } from './first-line-hours.ts';
import { FIRST_LINE_KINDS, type HoursForm, type HoursIssue, readHoursForm } from './first-line-hours-form.ts';
import { hoursMessages } from './first-line-hours-messages.ts';

interface PageProps {
  ctx: PageContext;
  form: HoursForm;
  errors: FormErrors;
  networks: Array<{ value: string; label: string }>;
  notice: string | null;
}

function HoursPage({ ctx, form, errors, networks, notice }: PageProps) {
  const { locale } = ctx;
  const m = hoursMessages[locale];
  return (
    <Layout ctx={ctx} title={m.title} section="sessions" hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={locale} errors={errors} />
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <form method="post" action={`/${locale}/my/first-line-hours`} class="form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextInput
          id="reference"
          label={m.fields.reference}
          hint={m.fields.referenceHint}
          error={errors.reference}
          value={form.reference}
          width="medium"
          spellcheck={false}
        />
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
          hint={m.fields.hoursHint}
          error={errors.hours}
          value={form.hours}
          width="short"
          inputMode="text"
        />
        <Radios
          id="kind"
          name="kind"
          legend={m.fields.kind}
          error={errors.kind}
          value={form.kind}
          options={FIRST_LINE_KINDS.map((kind) => ({ value: kind, label: m.kinds[kind] }))}
        />
        <Select
          id="network"
          label={m.fields.network}
          hint={m.fields.networkHint}
          error={errors.network}
          value={form.network}
          options={networks}
          emptyLabel={m.fields.networkOfCase}
        />
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

const EMPTY: HoursForm = { reference: '', date: '', hours: '', kind: '', network: '' };

function errorsOf(locale: Locale, issues: readonly HoursIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) errors[issue.field] ??= hoursMessages[locale].errors[issue.code];
  return errors;
}

export function registerFirstLineHoursPages(
  app: FastifyInstance,
  hours: FirstLineHoursService,
  reference: ReferenceService,
): void {
  const networksIn = (locale: Locale) =>
    [...reference.snapshot().networks.values()].map((network) => ({
      value: network.id,
      label: network.names[locale],
    }));
  for (const { path, locale } of localizedPaths('/my/first-line-hours')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      await hours.ownClinician(request.user);
      const recorded = queryValue(request.query, 'recorded');
      const amount = queryValue(request.query, 'hours');
      const notice =
        recorded && /^\d{1,2}([.,]\d{1,2})?$/.test(amount)
          ? format(locale, hoursMessages[locale].recorded, {
              hours: amount,
              reference: recorded.slice(0, 40),
            })
          : null;
      const ctx = pageContext(request, reply);
      return sendPage(
        reply,
        h(HoursPage, { ctx, form: EMPTY, errors: {}, networks: networksIn(locale), notice }),
      );
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const form = readHoursForm(request.body);
      const outcome = await hours.record(request.user, form);
      if (outcome.ok) {
        const query = new URLSearchParams({ recorded: outcome.reference, hours: form.hours.trim() });
        return reply.redirect(`/${locale}/my/first-line-hours?${query}`, 303);
      }
      const ctx = pageContext(request, reply);
      const errors = errorsOf(locale, outcome.issues);
      return sendPage(
        reply,
        h(HoursPage, { ctx, form, errors, networks: networksIn(locale), notice: null }),
        outcome.status,
      );
    });
  }
}
