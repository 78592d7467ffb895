import { type Data, getPath } from '../../platform/forms/answers.ts';
import type { CheckRow, Flow, QuestionPage } from '../../platform/forms/engine.tsx';
import { choicePage, textPage } from '../../platform/forms/one-question.tsx';
import type { Locale } from '../../platform/i18n/index.ts';
import {
  checkSupportRequest,
  checkSupportSection,
  LIMITS,
  SUPPORT_SECTIONS,
  type SupportSection,
  supportSectionApplies,
} from '../domain/support-request.ts';
import {
  AGE_GROUPS,
  CASE_ADVICE_FORMATS,
  type CORRESPONDENCE_LANGUAGES,
  KNOWLEDGE_TOPICS,
  SUPPORT_KINDS,
} from '../domain/vocabulary.ts';
import { formsMessages, vocabularyMessages } from '../messages/index.ts';
import type { RequestService } from '../service.ts';
import { contactLanguageOptions, joinLabels, referenceOf, requestFlowBasics, StartPage } from './shared.tsx';

const t = (locale: Locale) => formsMessages[locale].support;
const v = (locale: Locale) => vocabularyMessages[locale];

const pages: Record<SupportSection, QuestionPage> = {
  kind: choicePage(
    'kind',
    (locale) => t(locale).pages.kind,
    (locale) =>
      SUPPORT_KINDS.map((kind) => ({
        value: kind,
        label: v(locale).kinds[kind],
        hint: v(locale).kindHints[kind],
      })),
  ),
  'case-advice': choicePage(
    'caseAdviceFormat',
    (locale) => t(locale).pages['case-advice'],
    (locale) =>
      CASE_ADVICE_FORMATS.map((format) => ({ value: format, label: v(locale).caseAdviceFormats[format] })),
  ),
  topics: choicePage(
    'topics',
    (locale) => t(locale).pages.topics,
    (locale) => KNOWLEDGE_TOPICS.map((topic) => ({ value: topic, label: v(locale).topics[topic] })),
    true,
  ),
  practice: {
    fields: [{ name: 'practice.name' }, { name: 'practice.street' }, { name: 'practice.postcode' }],
    title: (locale) => t(locale).pages.practice.title,
    ownsHeading: false,
    render: ({ locale, field }) => {
      const p = t(locale).pages.practice;
      return (
        <>
          <field.Text name="practice.name" label={p.name} autoComplete="organization" />
          <field.Text name="practice.street" label={p.street} autoComplete="street-address" />
          <field.Text
            name="practice.postcode"
            label={p.postcode}
            hint={p.postcodeHint}
            width="short"
            inputMode="numeric"
            autoComplete="postal-code"
          />
        </>
      );
    },
  },
  contact: {
    fields: [
      { name: 'requester.name' },
      { name: 'requester.email' },
      { name: 'requester.phone' },
      { name: 'requester.language' },
    ],
    title: (locale) => t(locale).pages.contact.title,
    ownsHeading: false,
    render: ({ locale, value, field }) => {
      const p = t(locale).pages.contact;
      const optional = formsMessages[locale].optional;
      return (
        <>
          <field.Text name="requester.name" label={p.name} autoComplete="name" />
          <field.Text
            name="requester.email"
            type="email"
            label={p.email}
            hint={p.emailHint}
            autoComplete="email"
            spellcheck={false}
          />
          <field.Text
            name="requester.phone"
            type="tel"
            label={`${p.phone} ${optional}`}
            width="medium"
            autoComplete="tel"
          />
          <field.Radios
            name="requester.language"
            legend={p.language}
            value={value('requester.language') || locale}
            options={contactLanguageOptions(locale)}
          />
        </>
      );
    },
  },
  'age-group': choicePage(
    'ageGroup',
    (locale) => t(locale).pages['age-group'],
    (locale) => AGE_GROUPS.map((group) => ({ value: group, label: v(locale).ageGroups[group] })),
  ),
  times: textPage('preferredTimes', (locale) => t(locale).pages.times, { rows: 3, maxLength: LIMITS.text }),
  description: textPage(
    'description',
    (locale) => ({
      title: t(locale).pages.description.title,
      hint: (
        <>
          {t(locale).pages.description.hint}
          <strong class="warning-text">{formsMessages[locale].noPatientData}</strong>
        </>
      ),
    }),
    { rows: 8, maxLength: LIMITS.description },
  ),
};

function text(data: Data, path: string): string {
  const value = getPath(data, path);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function rows(locale: Locale, data: Data): CheckRow<SupportSection>[] {
  const m = formsMessages[locale];
  const p = t(locale).pages;
  const kind = text(data, 'kind') as (typeof SUPPORT_KINDS)[number];
  const list: CheckRow<SupportSection>[] = [
    { section: 'kind', key: p.kind.title, value: v(locale).kinds[kind] },
  ];
  if (kind === 'case-advice') {
    const format = text(data, 'caseAdviceFormat') as (typeof CASE_ADVICE_FORMATS)[number];
    list.push({
      section: 'case-advice',
      key: p['case-advice'].title,
      value: v(locale).caseAdviceFormats[format],
    });
  }
  if (kind === 'knowledge-session') {
    const topics = (getPath(data, 'topics') ?? []) as Array<(typeof KNOWLEDGE_TOPICS)[number]>;
    list.push({
      section: 'topics',
      key: p.topics.title,
      value: joinLabels(topics.map((topic) => v(locale).topics[topic])),
    });
  }
  const language = text(data, 'requester.language') as (typeof CORRESPONDENCE_LANGUAGES)[number];
  list.push(
    {
      section: 'practice',
      key: p.practice.title,
      value: [
        text(data, 'practice.name'),
        text(data, 'practice.street'),
        text(data, 'practice.postcode'),
      ].join('\n'),
    },
    {
      section: 'contact',
      key: p.contact.title,
      value: [
        text(data, 'requester.name'),
        text(data, 'requester.email'),
        text(data, 'requester.phone') || null,
      ]
        .filter(Boolean)
        .join('\n'),
    },
    {
      section: 'contact',
      key: p.contact.language,
      value: contactLanguageOptions(locale).find((o) => o.value === language)?.label ?? language,
    },
    {
      section: 'age-group',
      key: p['age-group'].title,
      value: v(locale).ageGroups[text(data, 'ageGroup') as 'adults'],
    },
    { section: 'times', key: p.times.title, value: text(data, 'preferredTimes') || m.notGiven },
    { section: 'description', key: p.description.title, value: text(data, 'description') },
  );
  return list;
}

export const supportFlow: Flow<SupportSection, RequestService> = {
  ...requestFlowBasics('support', (locale) => t(locale)),
  path: '/professionals/support',
  sections: SUPPORT_SECTIONS,
  pages,
  applies: (section, data) => supportSectionApplies(section, data),
  check(requests, section, data) {
    const issues = checkSupportSection(data, section);
    if (section === 'practice' && !issues.some((issue) => issue.field === 'practice.postcode')) {
      issues.push(...requests.placeIssues(text(data, 'practice.postcode').trim(), 'practice.postcode', 'gp'));
    }
    return issues;
  },
  rows,
  async submit(requests, _request, data) {
    const checked = checkSupportRequest(data, { form: true });
    return checked.ok ? referenceOf(await requests.submitSupportRequest(checked.value)) : checked;
  },
  startPage: (ctx, start) => (
    <StartPage
      ctx={ctx}
      title={t(ctx.locale).title}
      intro={t(ctx.locale).intro}
      listTitle={t(ctx.locale).whatYouCanAsk}
      items={SUPPORT_KINDS.map((kind) => v(ctx.locale).kinds[kind])}
      howLong={t(ctx.locale).howLong}
      start={t(ctx.locale).start}
      href={start.next ?? ''}
    />
  ),
  prefill: (user) => ({
    'requester.name': user.displayName,
    'requester.email': user.email,
    'requester.language': user.locale,
  }),
};
