import type { ComponentChildren } from 'preact';
import { type ActionTone, CaseActionForm, TONE_CLASS } from '../../platform/cases/case-page.tsx';
import { type FormErrors, Select, Textarea, TextInput } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import type { CaseView } from '../case-work.ts';
import type { StaffAction } from '../domain/workflow.ts';
import { inboxMessages } from '../messages/inbox.ts';
import { CallAnswers } from './follow-up-panel.tsx';

// One action of a request's case page: its fields with what was typed in them (keyed by the
// action, `decline-reason`), the case version, one button of the action's weight. Proposing a
// clinician is a link to the directory's search instead.

export function ActionForm({
  ctx,
  view,
  action,
  tone,
  errors,
  values,
  zones,
}: {
  ctx: PageContext;
  view: CaseView;
  action: StaffAction;
  tone: ActionTone;
  errors: FormErrors;
  values: Record<string, string>;
  zones: Array<{ value: string; label: string }>;
}) {
  const m = inboxMessages[ctx.locale].forms;
  const base = `/${ctx.locale}/inbox/cases/${view.record.id}`;
  // While a call is open, the coordinator chooses among the clinicians who answered it.
  if (action === 'assign-clinician' && view.record.status === 'calling')
    return <CallAnswers ctx={ctx} view={view} />;
  if (action === 'assign-clinician') {
    return (
      <section class={`case-action case-action--${tone}`} aria-labelledby={`${action}-title`}>
        <h3 id={`${action}-title`}>{m[action].title}</h3>
        <a class={TONE_CLASS[tone]} href={`${base}/assign`}>
          {m[action].submit}
        </a>
      </section>
    );
  }
  const id = (field: string) => `${action}-${field}`;
  const field = (name: string) => ({ id: id(name), name, value: values[id(name)], error: errors[id(name)] });
  const fields = {
    schedule: (
      <>
        <TextInput {...field('date')} label={m.schedule.date} width="medium" />
        <TextInput {...field('time')} label={m.schedule.time} width="short" />
        <TextInput {...field('place')} label={m.schedule.place} />
      </>
    ),
    decline: <Textarea {...field('reason')} label={m.decline.reason} rows={3} />,
    reassign: (
      <>
        <Select {...field('toZoneId')} label={m.reassign.zone} options={zones} />
        <TextInput {...field('reason')} label={m.reassign.reason} />
      </>
    ),
    note: <Textarea {...field('text')} label={m.note.text} rows={3} />,
    message: <Textarea {...field('text')} label={m.message.text} rows={4} />,
    'publish-call': <Textarea {...field('text')} label={m['publish-call'].text} rows={3} />,
  } as Partial<Record<StaffAction, ComponentChildren>>;
  return (
    <CaseActionForm
      ctx={ctx}
      id={action}
      title={m[action].title}
      url={`${base}/${action}`}
      version={view.record.version}
      tone={tone}
      submit={m[action].submit}
    >
      {fields[action] ?? null}
    </CaseActionForm>
  );
}
