import { format, type Locale } from '../../platform/i18n/index.ts';
import type { Issue } from '../domain/checks.ts';
import { formsMessages, type RequiredField } from './forms.ts';

export { formsMessages } from './forms.ts';
export { vocabularyMessages } from './vocabulary.ts';

/** A sentence for one issue: field-specific when a required answer is missing (GOV.UK practice). */
export function issueMessage(locale: Locale, issue: Issue): string {
  const m = formsMessages[locale];
  if (issue.code === 'required' && issue.field in m.requiredByField) {
    return m.requiredByField[issue.field as RequiredField];
  }
  return format(locale, m.issues[issue.code], issue.values);
}
