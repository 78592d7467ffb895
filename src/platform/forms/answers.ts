// The answers of a questionnaire (GP requests, organisation offers, declarations of interest,
// service applications): a nested record addressed by dotted paths (`practice.postcode`), which
// are also the form fields' names, and the helpers a question page renders its inputs with.

import type { Locale } from '../i18n/index.ts';
import type { FormErrors } from '../views/components.tsx';

export type Data = Record<string, unknown>;

/** A document already sent with the draft (the documents page shows its name). */
export interface DraftFile {
  documentKind: string;
  originalName: string;
}

/** What a question page's renderer gets: the draft's values and files, and the errors by field name. */
export interface FieldHelpers {
  locale: Locale;
  value(name: string): string;
  values(name: string): string[];
  error(name: string): string | undefined;
  files: readonly DraftFile[];
}

/** A field as a form sent it: a list for `multiple` fields (checkboxes), else one bounded string. */
export function readField(body: Data, field: { name: string; multiple?: boolean }): unknown {
  const raw = body[field.name];
  const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (item) => typeof item === 'string',
  );
  if (field.multiple) return list;
  return (list[0] as string | undefined)?.slice(0, 10_000) ?? '';
}

/** The element id of a field: dots are not welcome in ids that error summaries link to. */
export function fieldId(name: string): string {
  return name.replace(/\./g, '-');
}

export function getPath(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined),
      data,
    );
}

export function setPath(data: Data, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = data;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Data;
  }
  node[keys.at(-1)!] = value;
}

export function fieldHelpers(
  locale: Locale,
  data: Data,
  errors: FormErrors,
  files: readonly DraftFile[] = [],
): FieldHelpers {
  return {
    locale,
    files,
    value: (name) => {
      const value = getPath(data, name);
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    },
    values: (name) => {
      const value = getPath(data, name);
      return Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];
    },
    error: (name) => errors[fieldId(name)],
  };
}
