// A page that asks one question (GOV.UK pattern): the question is the page's title and its h1,
// as the legend of the choices or the label of the text box. Flows describe such a page in one
// line: its field, its texts, its options.

import type { ComponentChildren } from 'preact';
import type { Locale } from '../i18n/index.ts';
import type { Option } from '../views/components.tsx';
import type { QuestionPage } from './engine.tsx';

interface QuestionTexts {
  title: string;
  hint?: ComponentChildren;
  /** The heading when it says more than the title ("Your message (optional)"). */
  label?: string;
}

/** Radio buttons, or checkboxes when `multiple` (the field is then a list). */
export function choicePage(
  name: string,
  texts: (locale: Locale) => QuestionTexts,
  options: (locale: Locale) => Option[],
  multiple = false,
): QuestionPage {
  return {
    fields: [multiple ? { name, multiple } : { name }],
    title: (locale) => texts(locale).title,
    ownsHeading: true,
    render: ({ locale, field }) => {
      const { title, hint } = texts(locale);
      const props = { name, legend: title, legendAsHeading: true, hint, options: options(locale) };
      return multiple ? <field.Checkboxes {...props} /> : <field.Radios {...props} />;
    },
  };
}

export function textPage(
  name: string,
  texts: (locale: Locale) => QuestionTexts,
  box: { rows: number; maxLength: number },
): QuestionPage {
  return {
    fields: [{ name }],
    title: (locale) => texts(locale).title,
    ownsHeading: true,
    render: ({ locale, field }) => {
      const { title, hint, label } = texts(locale);
      return <field.TextArea name={name} label={label ?? title} labelAsHeading hint={hint} {...box} />;
    },
  };
}
