// What every GOV.UK-style questionnaire shares (GP requests, organisation offers, declarations of
// interest, service applications): answers kept as a nested record addressed by dotted paths
// (`practice.postcode`), which are also the form fields' names, and the helpers a question page
// renders its inputs with. Drafts, checks and submission stay with each capability.

import type { Locale } from '../i18n/index.ts';
import type { FormErrors } from './components.tsx';

export type Data = Record<string, unknown>;

/** What a question page's renderer gets: the draft's values and the errors, by field name. */
export interface FieldHelpers {
  locale: Locale;
  value(name: string): string;
  values(name: string): string[];
  error(name: string): string | undefined;
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

export function fieldHelpers(locale: Locale, data: Data, errors: FormErrors): FieldHelpers {
  return {
    locale,
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
