// Input errors as sentences that name the field, for the forms and the API alike.

import type { FieldError } from '../platform/http/problem.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import type { EventForm, EventIssue } from './domain/event.ts';
import type { RegistrationForm, RegistrationIssue } from './domain/registration.ts';
import { eventIssueMessages } from './issue-messages.ts';
import { eventsMessages } from './messages.ts';
import { organiserMessages } from './organiser-messages.ts';

export function registrationFieldLabel(locale: Locale, field: keyof RegistrationForm): string {
  const m = eventsMessages[locale].event;
  return { name: m.name, email: m.email, language: m.registerLanguage, practice: m.practice }[field];
}

export function eventFieldLabel(locale: Locale, field: keyof EventForm): string {
  const m = organiserMessages[locale].form;
  return field === 'title' ? m.titleField : field === 'zoneId' ? m.zone : m[field];
}

export function registrationIssues(locale: Locale, issues: readonly RegistrationIssue[]): FieldError[] {
  return issues.map(({ field, code }) => ({
    field,
    code,
    message: format(locale, eventIssueMessages[locale][code], {
      field: registrationFieldLabel(locale, field),
    }),
  }));
}

export function eventIssues(locale: Locale, issues: readonly EventIssue[]): FieldError[] {
  return issues.map(({ field, code }) => ({
    field,
    code,
    message: format(locale, eventIssueMessages[locale][code], { field: eventFieldLabel(locale, field) }),
  }));
}

/** One message per field (the first), as the forms' error summary wants them. */
export function byField(errors: readonly FieldError[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) result[error.field] ??= error.message;
  return result;
}
