// /{locale}/my/first-line-hours: a signed-in clinician records the time spent supporting a GP or
// an organisation on a request assigned to them (by the request's reference) or on a GP event
// they ran (chosen from a list), and sees what they recorded, each entry with a link to correct
// it. A plain form: without JavaScript, and whatever was typed comes back with the errors.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { CsrfField, Notice } from '../platform/auth/pages/shared.tsx';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { formatBelgianShortDate } from '../platform/identifiers/belgian-date.ts';
import {
  ErrorSummary,
  type FormErrors,
  Radios,
  Select,
  Table,
  TextInput,
} from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import type { ReferenceService } from '../reference/service.ts';
import type { FirstLineHoursService, HoursEntry } from './first-line-hours.ts';
import { registerCorrectionPages } from './first-line-hours-correct-page.tsx';
import {
  FIRST_LINE_KINDS,
  type FirstLineKind,
  type HoursForm,
  type HoursIssue,
  readHoursForm,
} from './first-line-hours-form.ts';
import { hoursMessages } from './first-line-hours-messages.ts';

interface PageProps {
  ctx: PageContext;
  form: HoursForm;
  errors: FormErrors;
  networks: Array<{ value: string; label: string }>;
  notice: string | null;
  /** The GP events the clinician ran, to record time on. */
  events: Array<{ value: string; label: string }>;
  entries: HoursEntry[];
}

const hoursText = (locale: Locale, quarterHours: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : `${locale}-BE`).format(quarterHours / 4);

function EntriesTable({ locale, entries }: { locale: Locale; entries: HoursEntry[] }) {
  const m = hoursMessages[locale];
  const e = m.entries;
  return (
    <>
      <h2>{e.title}</h2>
      {entries.length === 0 ? (
        <p>{e.none}</p>
      ) : (
        <Table
          caption={e.title}
          head={[e.date, e.subject, e.kind, e.hours, e.correction]}
          rows={entries.map((entry) => ({
            key: entry.id,
            cells: [
              formatBelgianShortDate(locale, entry.day),
              entry.subject,
              m.kinds[entry.kind as FirstLineKind] ?? entry.kind,
              hoursText(locale, entry.quarterHours),
              <>
                {entry.correctionReason ? (
                  <p>{format(locale, e.corrected, { reason: entry.correctionReason })}</p>
                ) : null}
                <a
                  href={`/${locale}/my/first-line-hours/${entry.id}/correct`}
                  aria-label={format(locale, e.correctFor, {
                    date: formatBelgianShortDate(locale, entry.day),
                    subject: entry.subject,
                  })}
                >
                  {e.correct}
                </a>
              </>,
            ],
          }))}
        />
      )}
    </>
  );
}

function HoursPage({ ctx, form, errors, networks, notice, events, entries }: PageProps) {
  const { locale } = ctx;
  const m = hoursMessages[locale];
  return (
    <Layout ctx={ctx} title={m.title} section="first-line-hours" hasErrors={Object.keys(errors).length > 0}>
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
        {events.length > 0 ? (
          <Select
            id="event"
            label={m.fields.event}
            hint={m.fields.eventHint}
            error={errors.event}
            value={form.event}
            options={events}
            emptyLabel={m.fields.noEvent}
          />
        ) : null}
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
      <EntriesTable locale={locale} entries={entries} />
    </Layout>
  );
}

const EMPTY: HoursForm = { reference: '', event: '', date: '', hours: '', kind: '', network: '' };

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
  /** What the page lists besides the form: the events to record time on, the entries so far. */
  const lists = async (user: CurrentUser | null, locale: Locale) => {
    const [run, entries] = await Promise.all([hours.runEvents(user), hours.entries(user)]);
    const events = run.map((event) => ({
      value: event.id,
      label: `${formatBelgianShortDate(locale, event.startsAt)} – ${event.title}`,
    }));
    return { events, entries };
  };
  for (const { path, locale } of localizedPaths('/my/first-line-hours')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      await hours.ownClinician(request.user);
      const recorded = queryValue(request.query, 'recorded');
      const amount = queryValue(request.query, 'hours');
      const m = hoursMessages[locale];
      const notice = queryValue(request.query, 'corrected')
        ? m.correction.saved
        : recorded && /^\d{1,2}([.,]\d{1,2})?$/.test(amount)
          ? format(locale, queryValue(request.query, 'on') === 'event' ? m.recordedEvent : m.recorded, {
              hours: amount,
              reference: recorded.slice(0, 200),
            })
          : null;
      const ctx = pageContext(request, reply);
      return sendPage(
        reply,
        h(HoursPage, {
          ctx,
          form: EMPTY,
          errors: {},
          networks: networksIn(locale),
          notice,
          ...(await lists(request.user, locale)),
        }),
      );
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const form = readHoursForm(request.body);
      const outcome = await hours.record(request.user, form);
      if (outcome.ok) {
        const query = new URLSearchParams({
          recorded: outcome.reference,
          hours: form.hours.trim(),
          ...(form.event.trim() ? { on: 'event' } : {}),
        });
        return reply.redirect(`/${locale}/my/first-line-hours?${query}`, 303);
      }
      const ctx = pageContext(request, reply);
      const errors = errorsOf(locale, outcome.issues);
      return sendPage(
        reply,
        h(HoursPage, {
          ctx,
          form,
          errors,
          networks: networksIn(locale),
          notice: null,
          ...(await lists(request.user, locale)),
        }),
        outcome.status,
      );
    });
  }
  registerCorrectionPages(app, hours);
}
