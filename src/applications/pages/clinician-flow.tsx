import { type Locale, languageOptions } from '../../platform/i18n/index.ts';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { type Data, fieldHelpers } from '../../platform/views/question-pages.ts';
import { DECLARATION_SECTIONS, type DeclarationSection } from '../domain/declaration.ts';
import { formsMessages } from '../messages/forms.ts';
import { vocabularyMessages } from '../messages/vocabulary.ts';
import type { AccountForm } from './account-step.tsx';
import type { FlowSpec } from './flow.tsx';
import { SignInPrompt } from './shared.tsx';

const _f = (locale: Locale) => formsMessages[locale].fields;
const v = (locale: Locale) => vocabularyMessages[locale];
const _options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

import { clinicianPages } from './clinician-pages.tsx';

export function clinicianFlow(criteriaYears: number, maxUploadMb: number): FlowSpec<DeclarationSection> {
  const pages = clinicianPages(criteriaYears, maxUploadMb);
  return {
    form: 'clinician',
    path: '/professionals/join',
    sections: DECLARATION_SECTIONS,
    pages,
    check: (service, section, data, documents) => service.checkDeclaration(section, data, documents),
    rows: (locale, data, documents) => answerRows(locale, data, documents),
    texts: (locale) => {
      const t = formsMessages[locale].clinician;
      return { title: t.title, checkTitle: t.checkTitle, declaration: t.declaration, submit: t.submit };
    },
    startPage: (ctx, next, resume, account) => (
      <ClinicianStart ctx={ctx} next={next} resume={resume} account={account} />
    ),
  };
}

function answerRows(
  locale: Locale,
  data: Data,
  documents: Array<{ documentKind: string; originalName: string }>,
) {
  const m = formsMessages[locale];
  const h = fieldHelpers(locale, data, {});
  const labels = (list: string[], dict: Record<string, string>) =>
    list.map((x) => dict[x] ?? x).join(', ') || m.none;
  const one = (value: string, dict: Record<string, string>) => dict[value] ?? value;
  const rows: Array<{ section: DeclarationSection; key: string; value: string }> = [
    { section: 'identity', key: m.fields.kind, value: one(h.value('kind'), v(locale).clinicianKinds) },
    {
      section: 'identity',
      key: `${m.fields.givenName} / ${m.fields.familyName}`,
      value: `${h.value('givenName')} ${h.value('familyName')}`,
    },
    { section: 'identity', key: m.fields.phone, value: h.value('phone') },
    { section: 'registration', key: m.fields.visa, value: h.value('visa') },
    { section: 'registration', key: m.fields.inami, value: h.value('inami') },
    {
      section: 'employment',
      key: m.fields.employment,
      value: [
        one(h.value('employment'), v(locale).employment),
        h.value('employment') === 'employed' ? h.value('employer') : '',
      ]
        .filter(Boolean)
        .join(' – '),
    },
    {
      section: 'languages',
      key: m.fields.languages,
      value: labels(
        h.values('languages'),
        Object.fromEntries(languageOptions(locale).map((o) => [o.value, o.label])),
      ),
    },
    { section: 'ages', key: m.fields.ageGroups, value: labels(h.values('ageGroups'), v(locale).ageGroups) },
    {
      section: 'functions',
      key: m.fields.functions,
      value: labels(h.values('functions'), v(locale).functions),
    },
    { section: 'functions', key: m.fields.experienceYears, value: h.value('experienceYears') },
    {
      section: 'functions',
      key: m.fields.longTraining,
      value: one(h.value('longTraining'), v(locale).yesNo),
    },
    { section: 'functions', key: m.fields.trainings, value: h.value('trainings') || m.none },
    {
      section: 'specialities',
      key: m.fields.specialities,
      value: labels(h.values('specialities'), v(locale).specialities),
    },
    {
      section: 'places',
      key: m.pages.places,
      value: `${h.value('practice.street')}, ${h.value('practice.postcode')}`,
    },
    { section: 'places', key: m.fields.outreach, value: h.value('outreach') || m.none },
    { section: 'sessions', key: m.fields.sessionsPerWeek, value: h.value('sessionsPerWeek') },
    { section: 'sessions', key: m.fields.networks, value: one(h.value('networks'), v(locale).networks) },
    { section: 'links', key: m.fields.links, value: h.value('links') || m.none },
    { section: 'documents', key: m.pages.documents, value: documents.map((d) => d.originalName).join(', ') },
  ];
  return rows;
}

function ClinicianStart({
  ctx,
  next,
  resume,
  account,
}: {
  ctx: PageContext;
  next: string | null;
  resume: boolean;
  account?: AccountForm | undefined;
}) {
  const t = formsMessages[ctx.locale].clinician;
  return (
    <Layout ctx={ctx} title={t.title}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>{t.needs}</p>
      {next ? (
        <a class="button button--start" href={next}>
          {resume ? t.resume : t.start}
        </a>
      ) : (
        <SignInPrompt ctx={ctx} account={account} next={`/${ctx.locale}/professionals/join`} />
      )}
    </Layout>
  );
}
