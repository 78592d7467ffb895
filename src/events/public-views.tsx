// The public event pages' views: an event with its registration form, a message page
// (confirmation, cancelled, invalid link), and the page confirming a cancellation.

import { format, languageName } from '../platform/i18n/index.ts';
import {
  BackLink,
  ErrorSummary,
  type FormErrors,
  Select,
  SummaryList,
  Tag,
  TextInput,
} from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { vocabularyMessages } from '../requests/messages/index.ts';
import {
  asksPractice,
  closedBecause,
  EVENT_LANGUAGES,
  type EventKind,
  type EventStatus,
} from './domain/event.ts';
import type { RegistrationForm } from './domain/registration.ts';
import { eventsMessages } from './messages.ts';
import type { EventRow } from './store.ts';
import { eventKindLabel, whenOf, whereOf } from './wording.ts';

interface EventPageProps {
  ctx: PageContext;
  event: EventRow;
  zoneName: string;
  form: RegistrationForm;
  errors: FormErrors;
  notice: string | null;
  now: Date;
}

export function EventPage({ ctx, event, zoneName, form, errors, notice, now }: EventPageProps) {
  const m = eventsMessages[ctx.locale].event;
  const topics = vocabularyMessages[ctx.locale].topics;
  const closed = closedBecause({ status: event.status as EventStatus, startsAt: event.startsAt }, now);
  const full = event.registered >= event.capacity;
  return (
    <Layout ctx={ctx} title={event.title} hasErrors={Object.keys(errors).length > 0}>
      <BackLink href={`/${ctx.locale}/events`} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <p class="caption">{eventKindLabel(ctx.locale, event.kind)}</p>
      <h1>{event.title}</h1>
      {event.description ? <p class="lead">{event.description}</p> : null}
      <SummaryList
        rows={[
          { key: m.when, value: whenOf(ctx.locale, event) },
          { key: m.where, value: whereOf(event) },
          { key: m.zone, value: zoneName },
          { key: m.language, value: languageName(event.language, ctx.locale) },
          {
            key: m.audience,
            value: eventsMessages[ctx.locale].audiences[event.audience as 'gps'] ?? event.audience,
          },
          ...(event.topics.length > 0
            ? [
                {
                  key: m.topics,
                  value: event.topics.map((t) => topics[t as keyof typeof topics] ?? t).join(', '),
                },
              ]
            : []),
          { key: m.leader, value: event.leader },
          ...(event.coLeader ? [{ key: m.coLeader, value: event.coLeader }] : []),
          {
            key: m.places,
            value: `${format(ctx.locale, m.placesValue, { capacity: event.capacity, registered: event.registered, waitlisted: event.waitlisted })}${event.kind === 'group-session' ? ` · ${m.free}` : ''}`,
          },
        ]}
      />
      {notice ? (
        <div class="panel panel--info" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      {closed ? (
        <p>
          <Tag tone="warning">{closed === 'cancelled' ? m.cancelled : m.past}</Tag>
        </p>
      ) : (
        <form method="post" class="form" novalidate>
          <h2>{m.register}</h2>
          {full ? <p>{m.full}</p> : null}
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <TextInput id="name" label={m.name} value={form.name} error={errors.name} autoComplete="name" />
          <TextInput
            id="email"
            type="email"
            label={m.email}
            hint={m.emailHint}
            value={form.email}
            error={errors.email}
            autoComplete="email"
            spellcheck={false}
          />
          {asksPractice(event.kind as EventKind) ? (
            <TextInput
              id="practice"
              label={m.practice}
              hint={m.practiceHint}
              value={form.practice}
              error={errors.practice}
              autoComplete="organization"
            />
          ) : null}
          <Select
            id="language"
            label={m.registerLanguage}
            value={form.language}
            error={errors.language}
            options={EVENT_LANGUAGES.map((code) => ({ value: code, label: languageName(code, ctx.locale) }))}
          />
          <button type="submit" class="button">
            {m.submit}
          </button>
        </form>
      )}
    </Layout>
  );
}

export function MessagePage({
  ctx,
  title,
  body,
  back,
}: {
  ctx: PageContext;
  title: string;
  body: string[];
  back: string;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <div class="panel panel--confirmation">
        <h1>{title}</h1>
        {body.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p>
        <a href={back}>{eventsMessages[ctx.locale].event.back}</a>
      </p>
    </Layout>
  );
}

export function CancelPage({ ctx, token, event }: { ctx: PageContext; token: string; event: EventRow }) {
  const m = eventsMessages[ctx.locale].cancel;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      <p>{format(ctx.locale, m.intro, { title: event.title, when: whenOf(ctx.locale, event) })}</p>
      <form method="post" action={`/${ctx.locale}/events/cancel`} class="form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" class="button button--warning">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}
