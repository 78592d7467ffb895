// The organiser page's part for a care group session: the type of care, network and place its
// sessions are recorded under, a national number per present participant when the type of care
// needs one (typed values kept on error), and the sessions already recorded.

import type { AnonymousSessionRow } from '../care/anonymous-sessions.ts';
import type { CareFunction } from '../care/domain/index.ts';
import { careMessages } from '../care/messages.ts';
import type { SessionView } from '../care/outcomes.ts';
import { format, formatEuros, type Locale } from '../platform/i18n/index.ts';
import {
  Checkbox,
  type FormErrors,
  type Option,
  Select,
  Table,
  TextInput,
} from '../platform/views/components.tsx';
import { careGroupMessages } from './care-group-messages.ts';
import type { CareGroupLink, CareGroupSubmission } from './care-groups.ts';
import type { RegistrationRow } from './store.ts';

export interface CareGroupView {
  functions: readonly CareFunction[];
  /** The care function as chosen now ('' for none), and whether it records anonymously. */
  submission: CareGroupSubmission;
  anonymous: boolean;
  networks: Option[];
  locations: Option[];
  links: readonly CareGroupLink[];
  recorded: { sessions: SessionView[]; anonymous: AnonymousSessionRow[] };
  errors: FormErrors;
}

export function CareGroupFields({
  locale,
  view,
  registrations,
}: {
  locale: Locale;
  view: CareGroupView;
  registrations: readonly RegistrationRow[];
}) {
  const m = careGroupMessages[locale];
  const functions = careMessages[locale].labels.functions;
  const done = new Set(view.links.map((link) => link.registrationId));
  const due = registrations.filter((r) => r.status === 'registered' && !done.has(r.id));
  const { submission, errors } = view;
  return (
    <fieldset class="fieldset">
      <legend class="fieldset__legend">{m.title}</legend>
      <p class="field__hint">{m.intro}</p>
      <Select
        id="careFunction"
        label={m.careFunction}
        hint={m.careFunctionHint}
        error={errors.careFunction}
        value={submission.careFunction}
        emptyLabel={m.none}
        options={view.functions.map((fn) => ({ value: fn, label: functions[fn] }))}
      />
      <Select
        id="networkId"
        label={m.network}
        error={errors.networkId}
        value={submission.networkId}
        options={view.networks}
      />
      <Select
        id="locationId"
        label={m.location}
        error={errors.locationId}
        value={submission.locationId}
        options={view.locations}
      />
      {view.anonymous || submission.careFunction === ''
        ? null
        : due.map((r) => (
            // A block per participant, spaced like a field, so one person's choices stay together.
            <div key={r.id} class="field">
              <TextInput
                id={`niss-${r.id}`}
                label={format(locale, m.nissFor, { name: r.name })}
                error={errors[`niss-${r.id}`]}
                value={submission.niss[r.id] ?? ''}
                inputMode="numeric"
                autoComplete="off"
                width="medium"
              />
              <Checkbox
                id={`bim-${r.id}`}
                name="bim"
                value={r.id}
                label={format(locale, m.bimFor, { name: r.name })}
                checked={submission.bim.has(r.id)}
              />
              <Checkbox
                id={`assessment-${r.id}`}
                name="assessment"
                value={r.id}
                label={format(locale, m.assessmentFor, { name: r.name })}
                checked={submission.assessment.has(r.id)}
              />
            </div>
          ))}
    </fieldset>
  );
}

export function RecordedCareSessions({
  locale,
  view,
  registrations,
}: {
  locale: Locale;
  view: CareGroupView;
  registrations: readonly RegistrationRow[];
}) {
  const m = careGroupMessages[locale];
  const labels = careMessages[locale].labels;
  const names = new Map(registrations.map((r) => [r.id, r.name]));
  const withPatient = new Map(view.recorded.sessions.map((s) => [s.id, s]));
  const anonymous = new Map(view.recorded.anonymous.map((s) => [s.id, s]));
  const rows = view.links.flatMap((link) => {
    const id = link.careSessionId;
    const session = id ? withPatient.get(id) : undefined;
    const free = id ? anonymous.get(id) : undefined;
    if (!session && !free) return [];
    const fn = (session?.function ?? free!.function) as CareFunction;
    const decision = session
      ? session.decision.reimbursable
        ? m.reimbursed
        : labels.reasons[session.decision.reason!]
      : m.reimbursed;
    const copay = session ? session.decision.copayCents : free!.copayCents;
    return [
      {
        key: link.registrationId,
        cells: [
          names.get(link.registrationId) ?? '',
          labels.functions[fn],
          link.anonymous ? m.anonymous : m.byNiss,
          decision,
          copay === null ? '' : formatEuros(locale, copay),
        ],
      },
    ];
  });
  return (
    <section>
      <h2>{m.recordedTitle}</h2>
      {rows.length === 0 ? (
        <p>{m.recordedNone}</p>
      ) : (
        <Table
          caption={m.recordedTitle}
          head={[m.participant, m.careFunction, m.identity, m.decision, m.copay]}
          rows={rows}
        />
      )}
    </section>
  );
}
