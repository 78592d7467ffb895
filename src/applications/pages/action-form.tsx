import { type ActionTone, CaseActionForm } from '../../platform/cases/case-page.tsx';
import { type FormErrors, Radios, Textarea, TextInput } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import type { ApplicationCaseWork } from '../case-work.ts';
import type { StaffAction } from '../domain/workflow.ts';
import { caseMessages } from '../messages/case.ts';
import { actionLabels, vocabularyMessages } from '../messages/vocabulary.ts';

// One staff action of the case page: its fields, the case version, one button. What was typed
// comes back keyed by the action (`suspend-reason`), so one form's text never fills another's.

export type CaseView = Awaited<ReturnType<ApplicationCaseWork['view']>>;

export function ActionForm({
  ctx,
  view,
  type,
  tone,
  errors,
  values: typed,
}: {
  ctx: PageContext;
  view: CaseView;
  type: StaffAction;
  tone: ActionTone;
  errors: FormErrors;
  values: Record<string, string>;
}) {
  const m = caseMessages[ctx.locale].staff;
  const v = vocabularyMessages[ctx.locale];
  const id = (name: string) => `${type}-${name}`;
  const values = Object.fromEntries(
    ['text', 'date', 'level', 'signatories', 'reason'].map((name) => [name, typed[id(name)]]),
  ) as Record<string, string | undefined>;
  const fields = (() => {
    switch (type) {
      case 'request-information':
        return (
          <Textarea
            id={id('text')}
            name="text"
            label={m.requestText}
            value={values.text}
            error={errors[id('text')]}
            rows={3}
          />
        );
      case 'log-contact':
        return (
          <>
            <TextInput
              id={id('date')}
              name="date"
              label={m.meetingDate}
              value={values.date}
              error={errors[id('date')]}
              width="medium"
            />
            <Textarea
              id={id('text')}
              name="text"
              label={m.meetingNotes}
              value={values.text}
              error={errors[id('text')]}
              rows={3}
            />
          </>
        );
      case 'record-advice':
        return (
          <>
            <Radios
              id={id('level')}
              name="level"
              legend={m.adviceLevel}
              value={values.level}
              error={errors[id('level')]}
              inline
              options={(['local', 'regional'] as const).map((l) => ({ value: l, label: v.levels[l] }))}
            />
            <Textarea
              id={id('text')}
              name="text"
              label={m.advice}
              value={values.text}
              error={errors[id('text')]}
              rows={3}
            />
          </>
        );
      case 'sign-convention':
        return (
          <>
            <TextInput
              id={id('date')}
              name="date"
              label={m.signatureDate}
              value={values.date}
              error={errors[id('date')]}
              width="medium"
            />
            <TextInput
              id={id('signatories')}
              name="signatories"
              label={m.signatories}
              value={values.signatories}
              error={errors[id('signatories')]}
            />
          </>
        );
      case 'suspend':
      case 'end-convention':
        return (
          <Textarea
            id={id('reason')}
            name="reason"
            label={m.reason}
            value={values.reason}
            error={errors[id('reason')]}
            rows={2}
          />
        );
      default:
        return (
          <Textarea
            id={id('text')}
            name="text"
            label={m.text}
            value={values.text}
            error={errors[id('text')]}
            rows={2}
          />
        );
    }
  })();
  return (
    <CaseActionForm
      ctx={ctx}
      id={type}
      title={actionLabels[ctx.locale][type]}
      url={`/${ctx.locale}/applications/${view.record.id}/actions/${type}`}
      version={view.record.version}
      tone={tone}
      submit={m.submit}
    >
      {fields}
    </CaseActionForm>
  );
}
