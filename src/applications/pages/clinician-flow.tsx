import type { VNode } from 'preact';
import type { Data, DraftFile } from '../../platform/forms/answers.ts';
import type { Flow } from '../../platform/forms/engine.tsx';
import { fieldHelpers } from '../../platform/forms/inputs.tsx';
import { type Locale, languageOptions } from '../../platform/i18n/index.ts';
import type { PageContext } from '../../platform/views/context.ts';
import { DECLARATION_SECTIONS, type DeclarationSection } from '../domain/declaration.ts';
import { formsMessages } from '../messages/forms.ts';
import { vocabularyMessages } from '../messages/vocabulary.ts';
import type { ApplicationService } from '../service.ts';
import type { AccountForm } from './account-step.tsx';
import { clinicianPages } from './clinician-pages.tsx';
import { applicationFlowBasics, QuestionnaireStart } from './questionnaire.tsx';

// The declaration of interest on the form engine: its pages are clinician-pages.tsx.

const v = (locale: Locale) => vocabularyMessages[locale];

type ClinicianFlow = Flow<DeclarationSection, ApplicationService> & {
  startPage(ctx: PageContext, start: { next: string | null; resume: boolean }, account?: AccountForm): VNode;
};

export function clinicianFlow(criteriaYears: number, maxUploadMb: number): ClinicianFlow {
  return {
    ...applicationFlowBasics<DeclarationSection>('clinician'),
    path: '/professionals/join',
    sections: DECLARATION_SECTIONS,
    pages: clinicianPages(criteriaYears, maxUploadMb),
    check: (service, section, data, documents) => service.checkDeclaration(section, data, documents),
    files: (service, request) => service.draftDocuments(request.user),
    rows: (locale, data, documents = []) => answerRows(locale, data, documents),
    startPage: (ctx, start, account?: AccountForm) => (
      <ClinicianStart ctx={ctx} {...start} account={account} />
    ),
  };
}

function answerRows(locale: Locale, data: Data, documents: readonly DraftFile[]) {
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
    <QuestionnaireStart
      ctx={ctx}
      title={t.title}
      intro={
        <>
          <p>{t.intro}</p>
          <p>{t.needs}</p>
        </>
      }
      path="/professionals/join"
      next={next}
      startLabel={resume ? t.resume : t.start}
      account={account}
    />
  );
}
