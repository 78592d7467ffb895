import { ACCEPT_ATTRIBUTE } from '../../platform/files/index.ts';
import type { QuestionPage } from '../../platform/forms/engine.tsx';
import { format, type Locale, languageOptions } from '../../platform/i18n/index.ts';
import { Checkboxes, Radios, Textarea, TextInput } from '../../platform/views/components.tsx';
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
      render: ({ locale, value, error }) => (
        <>
          <Radios
            name="kind"
            legend={f(locale).kind}
            error={error('kind')}
            value={value('kind')}
            options={options(CLINICIAN_KINDS, v(locale).clinicianKinds)}
          />
          <TextInput
            id="givenName"
            label={f(locale).givenName}
            value={value('givenName')}
            error={error('givenName')}
            autoComplete="given-name"
          />
          <TextInput
            id="familyName"
            label={f(locale).familyName}
            value={value('familyName')}
            error={error('familyName')}
            autoComplete="family-name"
          />
          <TextInput
            id="phone"
            label={f(locale).phone}
            type="tel"
            value={value('phone')}
            error={error('phone')}
            autoComplete="tel"
            width="medium"
          />
        </>
      ),
    },
    registration: {
      title: pageTitle('registration'),
      fields: [{ name: 'visa' }, { name: 'inami' }],
      render: ({ locale, value, error }) => (
        <>
          <TextInput
            id="visa"
            label={f(locale).visa}
            hint={f(locale).visaHint}
            value={value('visa')}
            error={error('visa')}
            width="medium"
          />
          <TextInput
            id="inami"
            label={f(locale).inami}
            hint={f(locale).inamiHint}
            value={value('inami')}
            error={error('inami')}
            width="medium"
            inputMode="numeric"
          />
        </>
      ),
    },
    employment: {
      title: pageTitle('employment'),
      fields: [{ name: 'employment' }, { name: 'employer' }],
      render: ({ locale, value, error }) => (
        <>
          <Radios
            name="employment"
            legend={f(locale).employment}
            error={error('employment')}
            value={value('employment')}
            options={options(EMPLOYMENT, v(locale).employment)}
          />
          <TextInput
            id="employer"
            label={f(locale).employer}
            hint={f(locale).employerHint}
            value={value('employer')}
            error={error('employer')}
            autoComplete="organization"
          />
        </>
      ),
    },
    languages: {
      title: pageTitle('languages'),
      fields: [{ name: 'languages', multiple: true }],
      render: ({ locale, values, error }) => (
        <Checkboxes
          name="languages"
          legend={f(locale).languages}
          error={error('languages')}
          values={values('languages')}
          options={languageOptions(locale)}
        />
      ),
    },
    ages: {
      title: pageTitle('ages'),
      fields: [{ name: 'ageGroups', multiple: true }],
      render: ({ locale, values, error }) => (
        <Checkboxes
          name="ageGroups"
          legend={f(locale).ageGroups}
          error={error('ageGroups')}
          values={values('ageGroups')}
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
      render: ({ locale, value, values, error }) => (
        <>
          <Checkboxes
            name="functions"
            legend={f(locale).functions}
            hint={format(locale, f(locale).functionsHint, { years: criteriaYears })}
            error={error('functions')}
            values={values('functions')}
            options={options(FUNCTIONS, v(locale).functions)}
          />
          <TextInput
            id="experienceYears"
            label={f(locale).experienceYears}
            value={value('experienceYears')}
            error={error('experienceYears')}
            width="short"
            inputMode="numeric"
          />
          <Radios
            name="longTraining"
            legend={f(locale).longTraining}
            error={error('longTraining')}
            value={value('longTraining')}
            options={options(YES_NO, v(locale).yesNo)}
            inline
          />
          <Textarea
            id="trainings"
            label={f(locale).trainings}
            value={value('trainings')}
            error={error('trainings')}
            rows={3}
          />
        </>
      ),
    },
    specialities: {
      title: pageTitle('specialities'),
      fields: [{ name: 'specialities', multiple: true }],
      render: ({ locale, values, error }) => (
        <Checkboxes
          name="specialities"
          legend={f(locale).specialities}
          error={error('specialities')}
          values={values('specialities')}
          options={options(SPECIALITIES, v(locale).specialities)}
        />
      ),
    },
    places: {
      title: pageTitle('places'),
      fields: [{ name: 'practice.street' }, { name: 'practice.postcode' }, { name: 'outreach' }],
      render: ({ locale, value, error }) => (
        <>
          <TextInput
            id="practice-street"
            name="practice.street"
            label={f(locale).practiceStreet}
            value={value('practice.street')}
            error={error('practice.street')}
            autoComplete="street-address"
          />
          <TextInput
            id="practice-postcode"
            name="practice.postcode"
            label={f(locale).practicePostcode}
            value={value('practice.postcode')}
            error={error('practice.postcode')}
            width="short"
            inputMode="numeric"
            autoComplete="postal-code"
          />
          <Textarea
            id="outreach"
            label={f(locale).outreach}
            hint={f(locale).outreachHint}
            value={value('outreach')}
            error={error('outreach')}
            rows={3}
          />
        </>
      ),
    },
    sessions: {
      title: pageTitle('sessions'),
      fields: [{ name: 'sessionsPerWeek' }, { name: 'networks' }],
      render: ({ locale, value, error }) => (
        <>
          <TextInput
            id="sessionsPerWeek"
            label={f(locale).sessionsPerWeek}
            value={value('sessionsPerWeek')}
            error={error('sessionsPerWeek')}
            width="short"
            inputMode="numeric"
          />
          <Radios
            name="networks"
            legend={f(locale).networks}
            error={error('networks')}
            value={value('networks')}
            options={options(NETWORK_CHOICES, v(locale).networks)}
          />
        </>
      ),
    },
    links: {
      title: pageTitle('links'),
      fields: [{ name: 'links' }],
      render: ({ locale, value, error }) => (
        <Textarea
          id="links"
          label={f(locale).links}
          hint={f(locale).linksHint}
          value={value('links')}
          error={error('links')}
          rows={4}
        />
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
