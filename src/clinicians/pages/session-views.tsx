// The session screens' views: the form, its preview with the decision, a recorded session and
// the clinician's list. No NISS is ever rendered outside the form and the preview's hidden field.

import type { ComponentChildren } from 'preact';
import type { SessionDecision } from '../../care/domain/index.ts';
import { explain, explainPreview } from '../../care/explain.ts';
import { careMessages } from '../../care/messages.ts';
import type { SessionView } from '../../care/outcomes.ts';
import type { PreviewDecision } from '../../care/preview.ts';
import type { Clinician } from '../../directory/domain/types.ts';
import { CsrfField, Notice } from '../../platform/auth/pages/shared.tsx';
import { format, formatDate, type Locale } from '../../platform/i18n/index.ts';
import {
  BackLink,
  Checkbox,
  ErrorSummary,
  type FormErrors,
  Radios,
  Select,
  SummaryList,
  Table,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { SESSION_MODES } from '../../platform/vocabulary/index.ts';
import type { OwnSessionInput } from '../service.ts';
import { CARE_FUNCTIONS_OFFERED, type SessionFormState } from '../session-form.ts';
import { sessionMessages } from '../session-messages.ts';
import { MyNav } from './profile.tsx';

export interface NameLookups {
  network: (id: string) => string;
  location: (clinician: Clinician, id: string) => string;
}

function DecisionSummary({
  locale,
  decision,
}: {
  locale: Locale;
  decision: SessionDecision | PreviewDecision;
}) {
  const m = sessionMessages[locale];
  return (
    <div class="panel" data-decision>
      <h2>
        {m.decision}: {decision.reimbursable ? m.reimbursed : m.notReimbursed}
      </h2>
      <p>{'sessionNumber' in decision ? explain(decision, locale) : explainPreview(decision, locale)}</p>
    </div>
  );
}

function SessionFields({
  locale,
  state,
  clinician,
  names,
  errors,
}: {
  locale: Locale;
  state: SessionFormState;
  clinician: Clinician;
  names: NameLookups;
  errors: FormErrors;
}) {
  const m = sessionMessages[locale];
  const labels = careMessages[locale].labels;
  return (
    <>
      <Radios
        name="function"
        legend={m.function}
        value={state.function}
        error={errors.function}
        options={CARE_FUNCTIONS_OFFERED.map((code) => ({ value: code, label: labels.functions[code] }))}
      />
      <Radios
        name="mode"
        legend={m.mode}
        inline
        value={state.mode}
        error={errors.mode}
        options={SESSION_MODES.map((code) => ({ value: code, label: labels.modes[code] }))}
      />
      <Select
        id="locationId"
        label={m.place}
        value={state.locationId}
        error={errors.locationId}
        emptyLabel=""
        options={clinician.locations.map((l) => ({ value: l.id, label: names.location(clinician, l.id) }))}
      />
      <Select
        id="networkId"
        label={m.network}
        value={state.networkId}
        error={errors.networkId}
        emptyLabel=""
        options={clinician.networks.map((id) => ({ value: id, label: names.network(id) }))}
      />
      <TextInput
        id="niss"
        label={m.niss}
        hint={m.nissHint}
        value={state.niss}
        error={errors.niss}
        inputMode="numeric"
        autoComplete="off"
        width="medium"
      />
      <TextInput
        id="birthDate"
        label={m.birthDate}
        hint={m.dateHint}
        value={state.birthDate}
        error={errors.birthDate}
        autoComplete="off"
        width="medium"
      />
      <Radios
        name="bim"
        legend={m.bim}
        inline
        value={state.bim}
        error={errors.bim}
        options={[
          { value: 'yes', label: m.yes },
          { value: 'no', label: m.no },
        ]}
      />
      <TextInput
        id="residencePostcode"
        label={m.residencePostcode}
        hint={m.residencePostcodeHint}
        value={state.residencePostcode}
        error={errors.residencePostcode}
        inputMode="numeric"
        autoComplete="off"
        width="short"
      />
      <TextInput
        id="date"
        label={m.sessionDate}
        hint={m.sessionDateHint}
        value={state.date}
        error={errors.date}
        autoComplete="off"
        width="medium"
      />
      <Checkbox
        id="functionalAssessment"
        label={m.functionalAssessment}
        checked={state.functionalAssessment}
      />
    </>
  );
}

export function NewSessionPage(props: {
  ctx: PageContext;
  state: SessionFormState;
  clinician: Clinician;
  names: NameLookups;
  errors: FormErrors;
  /** Why the form came back though nothing in it is wrong (the hourly limit). */
  problem?: string | null;
}) {
  const { locale } = props.ctx;
  const m = sessionMessages[locale];
  return (
    <Layout
      ctx={props.ctx}
      title={m.newTitle}
      section="sessions"
      hasErrors={Object.keys(props.errors).length > 0}
    >
      <MyNav locale={locale} />
      <ErrorSummary locale={locale} errors={props.errors} />
      {props.problem ? (
        <div class="panel panel--warning" role="alert">
          <p>{props.problem}</p>
        </div>
      ) : null}
      <h1>{m.newTitle}</h1>
      <p>{m.newIntro}</p>
      <form method="post" action={`/${locale}/my/sessions/new`} class="form" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <input type="hidden" name="step" value="preview" />
        <SessionFields {...props} locale={locale} />
        <button type="submit" class="button">
          {m.preview}
        </button>
      </form>
    </Layout>
  );
}

export function PreviewPage({
  ctx,
  state,
  input,
  clinician,
  names,
  decision,
}: {
  ctx: PageContext;
  input: OwnSessionInput;
  state: SessionFormState;
  clinician: Clinician;
  names: NameLookups;
  decision: PreviewDecision;
}) {
  const { locale } = ctx;
  const m = sessionMessages[locale];
  const labels = careMessages[locale].labels;
  const hidden = Object.entries(state).map(([name, value]) =>
    typeof value === 'boolean' ? (
      value ? (
        <input type="hidden" name={name} value="yes" />
      ) : null
    ) : (
      <input type="hidden" name={name} value={value} />
    ),
  );
  return (
    <Layout ctx={ctx} title={m.previewTitle} section="sessions">
      <MyNav locale={locale} />
      <h1>{m.previewTitle}</h1>
      <p>{m.previewIntro}</p>
      <SummaryList
        rows={[
          { key: m.sessionDate, value: formatDate(locale, input.date) },
          { key: m.function, value: labels.functions[decision.function] },
          { key: m.mode, value: labels.modes[decision.mode] },
          { key: m.place, value: names.location(clinician, state.locationId) },
          { key: m.network, value: names.network(state.networkId) },
          { key: m.birthDate, value: formatDate(locale, input.birthDate) },
          { key: m.bim, value: state.bim === 'yes' ? m.yes : m.no },
          ...(input.residencePostcode ? [{ key: m.residencePostcode, value: input.residencePostcode }] : []),
        ]}
      />
      <DecisionSummary locale={locale} decision={decision} />
      <form method="post" action={`/${locale}/my/sessions/new`} class="form">
        <CsrfField token={ctx.csrfToken} />
        {hidden}
        <button type="submit" name="step" value="confirm" class="button">
          {m.confirm}
        </button>{' '}
        <button type="submit" name="step" value="change" class="button button--secondary">
          {m.change}
        </button>
      </form>
    </Layout>
  );
}

export function SessionPage({
  ctx,
  session,
  clinician,
  names,
  recorded,
  changed,
  notice,
  cancel,
  errors = {},
}: {
  ctx: PageContext;
  session: SessionView;
  clinician: Clinician;
  names: NameLookups;
  recorded: boolean;
  changed: number;
  /** A notice after an action on the session (cancelled). */
  notice?: string | null;
  /** The cancel form, for a session not cancelled yet. */
  cancel?: ComponentChildren;
  errors?: FormErrors;
}) {
  const { locale } = ctx;
  const m = sessionMessages[locale];
  const labels = careMessages[locale].labels;
  const title = format(locale, m.sessionTitle, { date: formatDate(locale, session.date) });
  return (
    <Layout
      ctx={ctx}
      title={recorded ? m.recordedTitle : title}
      section="sessions"
      hasErrors={Object.keys(errors).length > 0}
    >
      <ErrorSummary locale={locale} errors={errors} />
      <BackLink href={`/${locale}/my/sessions`} locale={locale} />
      {recorded ? <Notice>{m.recorded}</Notice> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>{recorded ? m.recordedTitle : title}</h1>
      {changed > 0 ? <p>{format(locale, m.otherChanged, { count: changed })}</p> : null}
      <SummaryList
        rows={[
          { key: m.sessionDate, value: formatDate(locale, session.date) },
          { key: m.function, value: labels.functions[session.function] },
          { key: m.mode, value: labels.modes[session.mode] },
          { key: m.place, value: names.location(clinician, session.locationId) },
          { key: m.network, value: names.network(session.networkId) },
          ...(session.cancelled ? [{ key: m.decision, value: m.cancelled }] : []),
        ]}
      />
      <DecisionSummary locale={locale} decision={session.decision} />
      {cancel}
      <p>
        <a href={`/${locale}/my/sessions/new`}>{m.record}</a>
      </p>
    </Layout>
  );
}

export function SessionListPage({
  ctx,
  sessions,
  names,
}: {
  ctx: PageContext;
  sessions: SessionView[];
  names: NameLookups;
}) {
  const { locale } = ctx;
  const m = sessionMessages[locale];
  const labels = careMessages[locale].labels;
  return (
    <Layout ctx={ctx} title={m.listTitle} section="sessions">
      <MyNav locale={locale} />
      <h1>{m.listTitle}</h1>
      <p>
        <a class="button" href={`/${locale}/my/sessions/new`}>
          {m.record}
        </a>
      </p>
      {sessions.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <Table
          caption={m.listTitle}
          head={[m.date, m.function, m.mode, m.network, m.decision]}
          rows={sessions.map((s) => ({
            key: s.id,
            cells: [
              <a key="date" href={`/${locale}/my/sessions/${s.id}`}>
                {formatDate(locale, s.date)}
              </a>,
              labels.functions[s.function],
              labels.modes[s.mode],
              names.network(s.networkId),
              s.cancelled ? m.cancelled : s.decision.reimbursable ? m.reimbursed : m.notReimbursed,
            ],
          }))}
        />
      )}
    </Layout>
  );
}
