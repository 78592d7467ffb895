// From an issue to the sentence a person reads (in the field's error and the error summary,
// whose link text is what a screen-reader user hears): it names the field. A capability gives,
// per field, the sentence for a missing answer ("Indiquez le numéro INAMI.") and the field's
// name, which goes before the engine's sentence for every other code ("Numéro INAMI : …");
// where a field needs its own words for a code, `byField` says them.

import { format, type Locale } from '../i18n/index.ts';
import type { FormErrors } from '../views/components.tsx';
import { fieldId } from './answers.ts';
import type { Issue, IssueCode } from './checker.ts';
import { formMessages } from './messages.ts';

export interface FieldTexts {
  /** The sentence for a missing answer, naming the field, by dotted path. */
  requiredByField: Readonly<Record<string, string>>;
  /** A field's short name (no "(optional)"), put before the engine's sentence for other codes. */
  names?: Readonly<Record<string, string>>;
  /** A field's own sentence for a code. */
  byField?: Readonly<Record<string, Partial<Record<IssueCode, string>>>>;
  /** The capability's own sentence for a code (an API that promised its wording). */
  issues?: Partial<Record<IssueCode, string>>;
}

/** "Indiquez au plus…" after a colon: lower-case its first letter, unless it starts an acronym. */
function afterColon(sentence: string): string {
  const [first = '', second = ''] = sentence;
  return second === second.toLowerCase() ? first.toLowerCase() + sentence.slice(1) : sentence;
}

/** "Diplôme : le fichier est vide." A sentence about one field, after the field's name. */
export function namedSentence(locale: Locale, name: string, sentence: string): string {
  return format(locale, formMessages[locale].named, { field: name, sentence: afterColon(sentence) });
}

export function issueMessage(locale: Locale, texts: FieldTexts, issue: Issue): string {
  const own = texts.byField?.[issue.field]?.[issue.code];
  if (own !== undefined) return format(locale, own, issue.values);
  const required = issue.code === 'required' ? texts.requiredByField[issue.field] : undefined;
  if (required !== undefined) return required;
  const sentence = format(
    locale,
    texts.issues?.[issue.code] ?? formMessages[locale].issues[issue.code],
    issue.values,
  );
  const name = texts.names?.[issue.field];
  return name === undefined ? sentence : namedSentence(locale, name, sentence);
}

/** The errors of a page, by the id of the field each links to. */
export function errorsById(locale: Locale, texts: FieldTexts, issues: readonly Issue[]): FormErrors {
  return Object.fromEntries(
    issues.map((issue) => [fieldId(issue.field), issueMessage(locale, texts, issue)]),
  );
}
