import { languageOptions } from '../../platform/i18n/index.ts';
import {
  Checkbox,
  ErrorSummary,
  type FormErrors,
  Select,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import type { Locality } from '../../reference/domain/types.ts';
import { placeName } from '../../reference/domain/types.ts';
import { referenceMessages } from '../../reference/messages.ts';
import { parseAge } from '../../reference/place-input.ts';
import { FUNCTIONS, MODES, SPECIALITIES } from '../domain/types.ts';
import { directoryLabels } from '../labels.ts';
import { directoryMessages } from '../messages.ts';
import { type FinderForm, formQuery } from '../search-form.ts';
import { Results, type ResultsProps } from './results.tsx';

export interface FinderPageProps {
  ctx: PageContext;
  form: FinderForm;
  errors: FormErrors;
  /** Localities to choose from when the place was ambiguous or misspelt. */
  choices: Locality[];
  results: Omit<ResultsProps, 'locale'> | null;
}

export function FinderPage({ ctx, form, errors, choices, results }: FinderPageProps) {
  const locale = ctx.locale;
  const t = directoryMessages[locale].finder;
  const labels = directoryLabels[locale];
  const action = `/${locale}/find`;
  const sorted = (entries: Array<{ value: string; label: string }>) =>
    entries.sort((a, b) => a.label.localeCompare(b.label, locale));
  const lists = [
    { id: 'language', label: t.languageLabel, any: t.anyLanguage, options: languageOptions(locale) },
    {
      id: 'function',
      label: t.functionLabel,
      any: t.anyFunction,
      options: FUNCTIONS.map((value) => ({ value, label: labels.functions[value] })),
    },
    {
      id: 'mode',
      label: t.modeLabel,
      any: t.anyMode,
      options: MODES.map((value) => ({ value, label: labels.modes[value] })),
    },
    {
      id: 'speciality',
      label: t.specialityLabel,
      any: t.anySpeciality,
      options: sorted(SPECIALITIES.map((value) => ({ value, label: labels.specialities[value] }))),
    },
  ] as const;
  return (
    <Layout
      ctx={ctx}
      title={t.title}
      section="find"
      hasErrors={Object.keys(errors).length > 0}
      scripts={['js/finder.js']}
      youth={isYoung(form.age)}
    >
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <form method="get" action={action} class="form filters" novalidate data-finder>
        <TextInput
          id="place"
          label={t.placeLabel}
          hint={t.placeHint}
          error={errors.place}
          value={form.place}
          width="medium"
          autoComplete="postal-code"
          spellcheck={false}
        />
        {choices.length > 0 ? (
          <div class="choices">
            <p>{referenceMessages[locale].errors.placeSuggestions}</p>
            <ul>
              {choices.map((locality) => (
                <li key={locality.postcode}>
                  <a href={`${action}${formQuery({ ...form, place: locality.postcode })}`}>
                    {locality.postcode} {placeName(locality.names, locale)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <TextInput
          id="age"
          label={t.ageLabel}
          hint={t.ageHint}
          error={errors.age}
          value={form.age}
          width="short"
          inputMode="numeric"
        />
        {lists.map((list) => (
          <Select
            key={list.id}
            id={list.id}
            label={list.label}
            error={errors[list.id]}
            value={form[list.id]}
            emptyLabel={list.any}
            options={list.options}
          />
        ))}
        <fieldset class="fieldset">
          <legend class="fieldset__legend">{t.optionsLegend}</legend>
          <Checkbox id="wheelchair" label={t.wheelchair} checked={form.wheelchair} />
          <Checkbox id="accepting" label={t.accepting} checked={form.accepting} />
        </fieldset>
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
      <p class="visually-hidden" role="status" id="finder-status" data-updating={t.updating} />
      {results ? <Results locale={locale} {...results} /> : null}
    </Layout>
  );
}

/** The age typed is a minor's: the page is about a young person (the youth network serves up to 23, the helplines up to 18). */
function isYoung(age: string): boolean {
  const years = parseAge(age);
  return typeof years === 'number' && years < 18;
}
