// /{locale}/my/profile: a clinician keeps their own directory profile up to date. Plain form,
// no JavaScript: one block per place plus an empty block to add one.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { MAX_SPECIALITIES } from '../../directory/domain/profile.ts';
import type { Clinician } from '../../directory/domain/types.ts';
import { LOCATION_KINDS, MODES, SPECIALITIES, WAITING_BANDS } from '../../directory/domain/types.ts';
import { directoryLabels } from '../../directory/labels.ts';
import { CsrfField, Notice } from '../../platform/auth/pages/shared.tsx';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatDate, type Locale, languageOptions } from '../../platform/i18n/index.ts';
import {
  Checkbox,
  Checkboxes,
  ErrorSummary,
  type FormErrors,
  Radios,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { clinicianMessages } from '../messages.ts';
import {
  changesFrom,
  type LocationRow,
  type ProfileFormState,
  profileFormErrors,
  readProfileForm,
  stateOf,
} from '../profile-form.ts';
import type { ClinicianSelfService } from '../service.ts';

export function MyNav({ locale }: { locale: Locale }) {
  const m = clinicianMessages[locale].nav;
  return (
    <nav aria-label={m.profile}>
      <ul>
        <li>
          <a href={`/${locale}/my/profile`}>{m.profile}</a>
        </li>
        <li>
          <a href={`/${locale}/my/sessions`}>{m.sessions}</a>
        </li>
        <li>
          <a href={`/${locale}/my/sessions/new`}>{m.newSession}</a>
        </li>
      </ul>
    </nav>
  );
}

function LocationBlock({
  locale,
  row,
  index,
  isNew,
  errors,
}: {
  locale: Locale;
  row: LocationRow;
  index: number;
  isNew: boolean;
  errors: FormErrors;
}) {
  const m = clinicianMessages[locale].profile;
  const labels = directoryLabels[locale].locationKinds;
  const at = (field: string) => `location-${index}-${field}`;
  return (
    <fieldset class="fieldset">
      <legend class="fieldset__legend">
        {isNew ? m.newLocation : format(locale, m.location, { n: index + 1 })}
      </legend>
      <input type="hidden" name={at('id')} value={row.id} />
      <Radios
        name={at('kind')}
        legend={m.kind}
        inline
        value={row.kind}
        error={errors[at('kind')]}
        options={LOCATION_KINDS.map((kind) => ({ value: kind, label: labels[kind] }))}
      />
      <TextInput id={at('name')} label={m.name} value={row.name} error={errors[at('name')]} />
      <TextInput
        id={at('street')}
        label={m.street}
        value={row.street}
        error={errors[at('street')]}
        autoComplete="off"
      />
      <TextInput
        id={at('postcode')}
        label={m.postcode}
        value={row.postcode}
        error={errors[at('postcode')]}
        inputMode="numeric"
        width="short"
        autoComplete="off"
      />
      <Checkbox id={at('wheelchair')} label={m.wheelchair} checked={row.wheelchair} />
      {isNew ? null : <Checkbox id={at('remove')} label={m.remove} checked={row.remove} />}
    </fieldset>
  );
}

function ProfilePage({
  ctx,
  clinician,
  state,
  errors,
  saved,
}: {
  ctx: PageContext;
  clinician: Clinician;
  state: ProfileFormState;
  errors: FormErrors;
  saved: boolean;
}) {
  const { locale } = ctx;
  const m = clinicianMessages[locale].profile;
  const labels = directoryLabels[locale];
  return (
    <Layout ctx={ctx} title={m.title} section="profile" hasErrors={Object.keys(errors).length > 0}>
      <MyNav locale={locale} />
      <ErrorSummary locale={locale} errors={errors} />
      {saved ? <Notice>{m.saved}</Notice> : null}
      <h1>{m.title}</h1>
      <p>
        {clinician.givenName} {clinician.familyName}
      </p>
      <p data-updated-on>
        <strong>{format(locale, m.updatedOn, { date: formatDate(locale, clinician.updatedAt) })}</strong>
      </p>
      {clinician.listed ? (
        <p>
          <a href={`/${locale}/clinicians/${clinician.id}`}>{m.viewInFinder}</a>
        </p>
      ) : (
        <p>{m.notListed}</p>
      )}
      <p>{m.intro}</p>
      <form method="post" action={`/${locale}/my/profile`} class="form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Checkboxes
          name="languages"
          legend={m.languages}
          values={state.languages}
          error={errors.languages}
          options={languageOptions(locale)}
        />
        <Checkboxes
          name="specialities"
          legend={format(locale, m.specialities, { max: MAX_SPECIALITIES })}
          values={state.specialities}
          error={errors.specialities}
          options={SPECIALITIES.map((code) => ({ value: code, label: labels.specialities[code] }))}
        />
        <Checkboxes
          name="modes"
          legend={m.modes}
          values={state.modes}
          error={errors.modes}
          options={MODES.map((code) => ({ value: code, label: labels.modes[code] }))}
        />
        <Radios
          name="accepting"
          legend={m.accepting}
          inline
          value={state.accepting}
          error={errors.accepting}
          options={[
            { value: 'yes', label: m.yes },
            { value: 'no', label: m.no },
          ]}
        />
        <Radios
          name="waitingBand"
          legend={m.waitingBand}
          value={state.waitingBand}
          error={errors.waitingBand}
          options={WAITING_BANDS.map((code) => ({ value: code, label: labels.waitingBands[code] }))}
        />
        <h2>{m.locationsTitle}</h2>
        <p class="field__hint">{m.locationsHint}</p>
        <input type="hidden" name="locationRows" value={String(state.locations.length)} />
        {state.locations.map((row, index) => (
          <LocationBlock
            key={index}
            locale={locale}
            row={row}
            index={index}
            isNew={index === state.locations.length - 1 && row.id === ''}
            errors={errors}
          />
        ))}
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
    </Layout>
  );
}

export function registerProfilePages(app: FastifyInstance, self: ClinicianSelfService): void {
  for (const { path, locale } of localizedPaths('/my/profile')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const clinician = await self.ownProfile(request.user);
      const saved = queryValue(request.query, 'notice') === 'saved';
      return sendPage(
        reply,
        h(ProfilePage, {
          ctx: pageContext(request, reply),
          clinician,
          state: stateOf(clinician),
          errors: {},
          saved,
        }),
      );
    });
    app.post(path, { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
      const state = readProfileForm(request.body);
      const { changes, rows } = changesFrom(state);
      const outcome = await self.updateOwnProfile(request.user, changes);
      if (outcome.ok) return reply.redirect(`/${locale}/my/profile?notice=saved`, 303);
      const clinician = await self.ownProfile(request.user);
      const errors = profileFormErrors(locale, outcome.errors, rows, state);
      return sendPage(
        reply,
        h(ProfilePage, { ctx: pageContext(request, reply), clinician, state, errors, saved: false }),
        400,
      );
    });
  }
}
