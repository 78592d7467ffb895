import { ACCEPT_ATTRIBUTE } from '../../platform/files/index.ts';
import type { QuestionPage } from '../../platform/forms/engine.tsx';
import { format, type Locale, languageOptions } from '../../platform/i18n/index.ts';
import { AGE_GROUPS, CLINICIAN_KINDS, FUNCTIONS, SPECIALITIES } from '../../platform/vocabulary/index.ts';
import {
  type DeclarationSection,
  DOCUMENT_KINDS,
  EMPLOYMENT,
  NETWORK_CHOICES,
  YES_NO,
} from '../domain/declaration.ts';
import { formsMessages } from '../messages/forms.ts';
import { vocabularyMessages } from '../messages/vocabulary.ts';
import { pageTitle } from './questionnaire.tsx';

const f = (locale: Locale) => formsMessages[locale].fields;
const v = (locale: Locale) => vocabularyMessages[locale];
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

// The declaration of interest, one page per group of questions.

export function clinicianPages(
  criteriaYears: number,
  maxUploadMb: number,
): Record<DeclarationSection, QuestionPage> {
  return {
    identity: {
      title: pageTitle('identity'),
      fields: [{ name: 'kind' }, { name: 'givenName' }, { name: 'familyName' }, { name: 'phone' }],
      render: ({ locale, field }) => (
        <>
          <field.Radios
            name="kind"
            legend={f(locale).kind}
            options={options(CLINICIAN_KINDS, v(locale).clinicianKinds)}
          />
          <field.Text name="givenName" label={f(locale).givenName} autoComplete="given-name" />
          <field.Text name="familyName" label={f(locale).familyName} autoComplete="family-name" />
          <field.Text name="phone" label={f(locale).phone} type="tel" autoComplete="tel" width="medium" />
        </>
      ),
    },
    registration: {
      title: pageTitle('registration'),
      fields: [{ name: 'visa' }, { name: 'inami' }],
      render: ({ locale, field }) => (
        <>
          <field.Text name="visa" label={f(locale).visa} hint={f(locale).visaHint} width="medium" />
          <field.Text
            name="inami"
            label={f(locale).inami}
            hint={f(locale).inamiHint}
            width="medium"
            inputMode="numeric"
          />
        </>
      ),
    },
    employment: {
      title: pageTitle('employment'),
      fields: [{ name: 'employment' }, { name: 'employer' }],
      render: ({ locale, field }) => (
        <>
          <field.Radios
            name="employment"
            legend={f(locale).employment}
            options={options(EMPLOYMENT, v(locale).employment)}
          />
          <field.Text
            name="employer"
            label={f(locale).employer}
            hint={f(locale).employerHint}
            autoComplete="organization"
          />
        </>
      ),
    },
    languages: {
      title: pageTitle('languages'),
      fields: [{ name: 'languages', multiple: true }],
      render: ({ locale, field }) => (
        <field.Checkboxes name="languages" legend={f(locale).languages} options={languageOptions(locale)} />
      ),
    },
    ages: {
      title: pageTitle('ages'),
      fields: [{ name: 'ageGroups', multiple: true }],
      render: ({ locale, field }) => (
        <field.Checkboxes
          name="ageGroups"
          legend={f(locale).ageGroups}
          options={options(AGE_GROUPS, v(locale).ageGroups)}
        />
      ),
    },
    functions: {
      title: pageTitle('functions'),
      fields: [
        { name: 'functions', multiple: true },
        { name: 'experienceYears' },
        { name: 'longTraining' },
        { name: 'trainings' },
      ],
      render: ({ locale, field }) => (
        <>
          <field.Checkboxes
            name="functions"
            legend={f(locale).functions}
            hint={format(locale, f(locale).functionsHint, { years: criteriaYears })}
            options={options(FUNCTIONS, v(locale).functions)}
          />
          <field.Text
            name="experienceYears"
            label={f(locale).experienceYears}
            width="short"
            inputMode="numeric"
          />
          <field.Radios
            name="longTraining"
            legend={f(locale).longTraining}
            options={options(YES_NO, v(locale).yesNo)}
            inline
          />
          <field.TextArea name="trainings" label={f(locale).trainings} rows={3} />
        </>
      ),
    },
    specialities: {
      title: pageTitle('specialities'),
      fields: [{ name: 'specialities', multiple: true }],
      render: ({ locale, field }) => (
        <field.Checkboxes
          name="specialities"
          legend={f(locale).specialities}
          options={options(SPECIALITIES, v(locale).specialities)}
        />
      ),
    },
    places: {
      title: pageTitle('places'),
      fields: [{ name: 'practice.street' }, { name: 'practice.postcode' }, { name: 'outreach' }],
      render: ({ locale, field }) => (
        <>
          <field.Text name="practice.street" label={f(locale).practiceStreet} autoComplete="street-address" />
          <field.Text
            name="practice.postcode"
            label={f(locale).practicePostcode}
            width="short"
            inputMode="numeric"
            autoComplete="postal-code"
          />
          <field.TextArea name="outreach" label={f(locale).outreach} hint={f(locale).outreachHint} rows={3} />
        </>
      ),
    },
    sessions: {
      title: pageTitle('sessions'),
      fields: [{ name: 'sessionsPerWeek' }, { name: 'networks' }],
      render: ({ locale, field }) => (
        <>
          <field.Text
            name="sessionsPerWeek"
            label={f(locale).sessionsPerWeek}
            width="short"
            inputMode="numeric"
          />
          <field.Radios
            name="networks"
            legend={f(locale).networks}
            options={options(NETWORK_CHOICES, v(locale).networks)}
          />
        </>
      ),
    },
    links: {
      title: pageTitle('links'),
      fields: [{ name: 'links' }],
      render: ({ locale, field }) => (
        <field.TextArea name="links" label={f(locale).links} hint={f(locale).linksHint} rows={4} />
      ),
    },
    documents: {
      title: pageTitle('documents'),
      fields: [],
      // One multipart form: a file chosen and then "Continue" is sent too, never lost
      // (uploads.tsx takes the files, then the engine goes on).
      multipart: true,
      render: ({ locale, files, error }) =>
        DOCUMENT_KINDS.map((kind) => {
          const uploaded = files.find((file) => file.documentKind === kind);
          const id = `document-${kind}`;
          const message = error(id);
          const label = kind === 'diploma' ? f(locale).diploma : f(locale).visaDocument;
          return (
            <div key={kind} class={`field${message ? ' field--error' : ''}`}>
              <label class="field__label" for={id}>
                {label}
              </label>
              <div id={`${id}-hint`} class="field__hint">
                {uploaded
                  ? format(locale, f(locale).uploaded, { name: uploaded.originalName })
                  : format(locale, f(locale).uploadHint, { mb: maxUploadMb })}
              </div>
              {message ? (
                <p id={`${id}-error`} class="field__error">
                  {message}
                </p>
              ) : null}
              <input
                class="file-upload"
                type="file"
                id={id}
                name={id}
                accept={ACCEPT_ATTRIBUTE}
                aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
              />
              <p>
                <button type="submit" name="send" value={kind} class="button button--secondary">
                  {f(locale).upload}
                  <span class="visually-hidden"> {label}</span>
                </button>
              </p>
            </div>
          );
        }),
    },
  };
}
