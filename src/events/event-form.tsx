// The form an organiser fills to create an event: what was typed comes back as typed when there
// are errors; the checks are the domain's (domain/event.ts).

import { queryValue } from '../platform/http/pages.ts';
import { languageName } from '../platform/i18n/index.ts';
import {
  Checkboxes,
  ErrorSummary,
  type FormErrors,
  Select,
  Textarea,
  TextInput,
} from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { KNOWLEDGE_TOPICS } from '../requests/domain/vocabulary.ts';
import { vocabularyMessages } from '../requests/messages/index.ts';
import { AUDIENCES, EVENT_KINDS, EVENT_LANGUAGES, type EventForm } from './domain/event.ts';
import { eventsMessages } from './messages.ts';
import { organiserMessages } from './organiser-messages.ts';

export const EMPTY_FORM: EventForm = {
  kind: '',
  title: '',
  description: '',
  date: '',
  startTime: '',
  endTime: '',
  zoneId: '',
  language: '',
  venue: '',
  onlineUrl: '',
  topics: [],
  capacity: '',
  audience: '',
  leader: '',
  coLeader: '',
};

export function CreatePage({
  ctx,
  form,
  errors,
  zones,
  fromRequest,
  notice,
}: {
  ctx: PageContext;
  form: EventForm;
  errors: FormErrors;
  zones: Array<{ value: string; label: string }>;
  /** Made from a GP's request: its case id (sent back with the form) and what was taken from it. */
  fromRequest?: { caseId: string; intro: string } | undefined;
  /** Why the event was not made, when no field is at fault (the request already has one). */
  notice?: string | null | undefined;
}) {
  const m = organiserMessages[ctx.locale].form;
  const e = eventsMessages[ctx.locale];
  const topics = vocabularyMessages[ctx.locale].topics;
  const text = (id: keyof EventForm & keyof typeof m, extra: Record<string, unknown> = {}) => (
    <TextInput id={id} label={m[id]} value={form[id] as string} error={errors[id]} {...extra} />
  );
  return (
    <Layout ctx={ctx} title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      {notice ? (
        <div class="panel panel--warning" role="alert">
          <p>{notice}</p>
        </div>
      ) : null}
      {fromRequest ? <p class="lead">{fromRequest.intro}</p> : null}
      <form method="post" class="form" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {fromRequest ? <input type="hidden" name="request" value={fromRequest.caseId} /> : null}
        <Select
          id="kind"
          label={m.kind}
          value={form.kind}
          error={errors.kind}
          emptyLabel=""
          options={EVENT_KINDS.map((k) => ({ value: k, label: e.kinds[k] }))}
        />
        <TextInput id="title" label={m.titleField} value={form.title} error={errors.title} />
        <Textarea
          id="description"
          label={m.description}
          hint={m.descriptionHint}
          value={form.description}
          error={errors.description}
          maxLength={4000}
        />
        {text('date', { hint: m.dateHint, width: 'medium' })}
        {text('startTime', { hint: m.timeHint, width: 'short' })}
        {text('endTime', { hint: m.timeHint, width: 'short' })}
        <Select
          id="zoneId"
          label={m.zone}
          value={form.zoneId}
          error={errors.zoneId}
          emptyLabel=""
          options={zones}
        />
        <Select
          id="language"
          label={m.language}
          value={form.language}
          error={errors.language}
          emptyLabel=""
          options={EVENT_LANGUAGES.map((code) => ({ value: code, label: languageName(code, ctx.locale) }))}
        />
        {text('venue', { hint: m.venueHint })}
        {text('onlineUrl', { hint: m.onlineUrlHint, type: 'url', spellcheck: false })}
        <Checkboxes
          name="topics"
          legend={m.topics}
          error={errors.topics}
          values={form.topics}
          options={KNOWLEDGE_TOPICS.map((t) => ({ value: t, label: topics[t] }))}
        />
        {text('capacity', { width: 'short', inputMode: 'numeric' })}
        <Select
          id="audience"
          label={m.audience}
          value={form.audience}
          error={errors.audience}
          emptyLabel=""
          options={AUDIENCES.map((a) => ({ value: a, label: e.audiences[a] }))}
        />
        {text('leader', { hint: m.leaderHint })}
        {text('coLeader', { hint: m.coLeaderHint })}
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

export function formOf(body: unknown): EventForm {
  const raw = (body as Record<string, unknown> | undefined)?.topics;
  const topics = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (t): t is string => typeof t === 'string',
  );
  const text = (name: keyof EventForm, max = 600) => queryValue(body, name).slice(0, max);
  return {
    kind: text('kind', 40),
    title: text('title'),
    description: text('description', 5000),
    date: text('date', 40),
    startTime: text('startTime', 20),
    endTime: text('endTime', 20),
    zoneId: text('zoneId', 60),
    language: text('language', 10),
    venue: text('venue'),
    onlineUrl: text('onlineUrl'),
    topics: topics.slice(0, 10).map((t) => t.slice(0, 60)),
    capacity: text('capacity', 10),
    audience: text('audience', 40),
    leader: text('leader'),
    coLeader: text('coLeader'),
  };
}
