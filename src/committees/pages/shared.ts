import type { Locale } from '../../platform/i18n/index.ts';
import type { FormErrors } from '../../platform/views/components.tsx';
import type { CommitteeIssue } from '../domain/forms.ts';
import { committeeMessages } from '../messages/index.ts';

/** A network's name in a language (from the reference capability, adapted in app.ts). */
export type NetworkName = (id: string, locale: Locale) => string;

/** The text fields of a posted form; anything missing, repeated or not text becomes ''. */
export function formFields(body: unknown, names: readonly string[]): Record<string, string> {
  const form = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    names.map((name) => {
      const value = Array.isArray(form[name]) ? (form[name] as unknown[])[0] : form[name];
      return [name, typeof value === 'string' ? value.slice(0, 10_000) : ''];
    }),
  );
}

/** Every value of a field that may repeat (checkboxes). */
export function formList(body: unknown, name: string): string[] {
  const value = ((body ?? {}) as Record<string, unknown>)[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

/** The meeting version a form was sent from; undefined when missing or malformed. */
export function formVersion(body: unknown): number | undefined {
  const text = formFields(body, ['version']).version ?? '';
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/** Issues as the error summary shows them, by input id (`prefix` + field). */
export function issueErrors(locale: Locale, issues: readonly CommitteeIssue[], prefix = ''): FormErrors {
  const m = committeeMessages[locale].issues;
  const errors: FormErrors = {};
  for (const issue of issues) errors[`${prefix}${issue.field}`] ??= m[issue.code];
  return errors;
}
