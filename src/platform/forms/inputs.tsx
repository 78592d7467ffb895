// What a question page draws its inputs with: the platform's components, bound to a field of
// the draft by its dotted name, so a page says only what differs (label, hint, width) and never
// repeats the id, the value kept from what was typed, or the error.

import type { ComponentProps } from 'preact';
import type { Locale } from '../i18n/index.ts';
import { Checkboxes, type FormErrors, Radios, Select, Textarea, TextInput } from '../views/components.tsx';
import { type Data, type DraftFile, fieldId, getPath } from './answers.ts';

type Bound<P> = Omit<P, 'id' | 'name' | 'value' | 'values' | 'error'> & {
  /** Dotted path in the draft (practice.postcode): the input's name; its id is derived. */
  name: string;
  /** Shown instead of the draft's value (a default such as the page's language). */
  value?: string;
};

/** What a question page's renderer gets: the draft's values and files, the errors, bound inputs. */
export interface FieldHelpers {
  locale: Locale;
  value(name: string): string;
  values(name: string): string[];
  error(name: string): string | undefined;
  files: readonly DraftFile[];
  field: {
    Text(props: Bound<ComponentProps<typeof TextInput>>): ReturnType<typeof TextInput>;
    TextArea(props: Bound<ComponentProps<typeof Textarea>>): ReturnType<typeof Textarea>;
    Radios(props: Bound<ComponentProps<typeof Radios>>): ReturnType<typeof Radios>;
    Checkboxes(props: Bound<ComponentProps<typeof Checkboxes>>): ReturnType<typeof Checkboxes>;
    Select(props: Bound<ComponentProps<typeof Select>>): ReturnType<typeof Select>;
  };
}

export function fieldHelpers(
  locale: Locale,
  data: Data,
  errors: FormErrors,
  files: readonly DraftFile[] = [],
): FieldHelpers {
  const value = (name: string) => {
    const found = getPath(data, name);
    return typeof found === 'string' || typeof found === 'number' ? String(found) : '';
  };
  const values = (name: string) => {
    const found = getPath(data, name);
    return Array.isArray(found) ? found.map(String) : typeof found === 'string' && found ? [found] : [];
  };
  const error = (name: string) => errors[fieldId(name)];
  const bound = (name: string) => ({ id: fieldId(name), name, value: value(name), error: error(name) });
  return {
    locale,
    value,
    values,
    error,
    files,
    field: {
      Text: (props) => <TextInput {...bound(props.name)} {...props} />,
      TextArea: (props) => <Textarea {...bound(props.name)} {...props} />,
      Radios: (props) => <Radios {...bound(props.name)} {...props} />,
      Checkboxes: (props) => <Checkboxes {...bound(props.name)} values={values(props.name)} {...props} />,
      Select: (props) => <Select {...bound(props.name)} {...props} />,
    },
  };
}
