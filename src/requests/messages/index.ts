import type { Issue } from '../../platform/forms/checker.ts';
import { issueMessage as sentenceFor } from '../../platform/forms/issues.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { formsMessages } from './forms.ts';

export { formsMessages } from './forms.ts';
export { vocabularyMessages } from './vocabulary.ts';

/** A sentence for one issue: field-specific when a required answer is missing (GOV.UK practice). */
export function issueMessage(locale: Locale, issue: Issue): string {
  return sentenceFor(locale, formsMessages[locale], issue);
}
