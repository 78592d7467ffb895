import { type Checked, Checker, type Issue, member } from '../../platform/forms/checker.ts';
import {
  AGE_GROUPS,
  type AgeGroup,
  CASE_ADVICE_FORMATS,
  type CaseAdviceFormat,
  CORRESPONDENCE_LANGUAGES,
  type CorrespondenceLanguage,
  KNOWLEDGE_TOPICS,
  type KnowledgeTopic,
  SUPPORT_KINDS,
  type SupportKind,
} from './vocabulary.ts';

/** A GP's request for support. It names the practice and the GP, never a patient. */
export interface SupportRequest {
  kind: SupportKind;
  /** For case advice: joining the team meeting or a fixed time; null when not said. */
  caseAdviceFormat: CaseAdviceFormat | null;
  /** For a knowledge-sharing session: the topics wished. */
  topics: KnowledgeTopic[];
  practice: { name: string; street: string; postcode: string };
  requester: { name: string; email: string; phone: string | null; language: CorrespondenceLanguage };
  ageGroup: AgeGroup;
  preferredTimes: string | null;
  description: string;
}

/** The form's question pages, in order; each checks its own fields. */
export const SUPPORT_SECTIONS = [
  'kind',
  'case-advice',
  'topics',
  'practice',
  'contact',
  'age-group',
  'times',
  'description',
] as const;
export type SupportSection = (typeof SUPPORT_SECTIONS)[number];

/** Whether a page applies to what was answered so far (case advice and topics depend on the kind). */
export function supportSectionApplies(section: SupportSection, input: unknown): boolean {
  if (section === 'case-advice') return member(input, 'kind') === 'case-advice';
  if (section === 'topics') return member(input, 'kind') === 'knowledge-session';
  return true;
}

export const LIMITS = { name: 200, street: 200, text: 2000, description: 4000 } as const;

function checkSection(c: Checker, section: SupportSection, form: boolean) {
  switch (section) {
    case 'kind':
      return { kind: c.choice('kind', SUPPORT_KINDS) };
    case 'case-advice':
      return { caseAdviceFormat: c.choice('caseAdviceFormat', CASE_ADVICE_FORMATS, form) };
    case 'topics':
      return { topics: c.choices('topics', KNOWLEDGE_TOPICS, form) };
    case 'practice':
      return {
        practice: {
          name: c.text('practice.name', { required: true, max: LIMITS.name }),
          street: c.text('practice.street', { required: true, max: LIMITS.street }),
          postcode: c.postcode('practice.postcode'),
        },
      };
    case 'contact':
      return {
        requester: {
          name: c.text('requester.name', { required: true, max: LIMITS.name }),
          email: c.email('requester.email'),
          phone: c.phone('requester.phone', false),
          language: c.choice('requester.language', CORRESPONDENCE_LANGUAGES),
        },
      };
    case 'age-group':
      return { ageGroup: c.choice('ageGroup', AGE_GROUPS) };
    case 'times':
      return { preferredTimes: c.text('preferredTimes', { required: form, max: LIMITS.text }) };
    case 'description':
      return { description: c.text('description', { required: true, max: LIMITS.description }) };
  }
}

/** Checks one question page of the form. */
export function checkSupportSection(input: unknown, section: SupportSection): Issue[] {
  const c = new Checker(input);
  checkSection(c, section, true);
  return c.issues;
}

/**
 * Checks a whole request. `form` is stricter where the form asks a question the API leaves
 * optional (the case-advice format, the topics, the preferred times).
 */
export function checkSupportRequest(input: unknown, options: { form: boolean }): Checked<SupportRequest> {
  const c = new Checker(input);
  const parts = SUPPORT_SECTIONS.filter((section) =>
    options.form ? supportSectionApplies(section, input) : true,
  ).map((section) => checkSection(c, section, options.form));
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  const merged = Object.assign({}, ...parts) as Partial<SupportRequest> & {
    practice: SupportRequest['practice'];
    requester: SupportRequest['requester'];
  };
  const kind = merged.kind!;
  return {
    ok: true,
    value: {
      kind,
      caseAdviceFormat: kind === 'case-advice' ? (merged.caseAdviceFormat ?? null) : null,
      topics: kind === 'knowledge-session' ? (merged.topics ?? []) : [],
      practice: merged.practice,
      requester: { ...merged.requester, phone: merged.requester.phone ?? null },
      ageGroup: merged.ageGroup!,
      preferredTimes: merged.preferredTimes ?? null,
      description: merged.description!,
    },
  };
}
