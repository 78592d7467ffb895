import type { FastifyInstance } from 'fastify';
import type { VNode } from 'preact';
import type { Flow, QuestionPage } from '../../platform/forms/engine.tsx';
import { fieldHelpers } from '../../platform/forms/inputs.tsx';
import { localizedPaths, pageContext } from '../../platform/http/pages.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { AGE_GROUPS, FUNCTIONS, ORGANISATION_KINDS } from '../../platform/vocabulary/index.ts';
import { NETWORK_CHOICES } from '../domain/declaration.ts';
import { SERVICE_SECTIONS, type ServiceSection } from '../domain/service-application.ts';
import { formsMessages } from '../messages/forms.ts';
import { vocabularyMessages } from '../messages/vocabulary.ts';
import type { ApplicationService } from '../service.ts';
import type { AccountForm } from './account-step.tsx';
import { applicationFlowBasics, pageTitle, QuestionnaireStart } from './questionnaire.tsx';

const f = (locale: Locale) => formsMessages[locale].fields;
const v = (locale: Locale) => vocabularyMessages[locale];
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

const pages: Record<ServiceSection, QuestionPage> = {
  organisation: {
    title: pageTitle('organisation'),
    fields: [
      { name: 'organisation.name' },
      { name: 'organisation.enterpriseNumber' },
      { name: 'organisation.kind' },
    ],
    render: ({ locale, field }) => (
      <>
        <field.Text name="organisation.name" label={f(locale).organisationName} autoComplete="organization" />
        <field.Text
          name="organisation.enterpriseNumber"
          label={f(locale).enterpriseNumber}
          hint={f(locale).enterpriseNumberHint}
          width="medium"
        />
        <field.Radios
          name="organisation.kind"
          legend={f(locale).organisationKind}
          options={options(ORGANISATION_KINDS, v(locale).organisationKinds)}
        />
      </>
    ),
  },
  address: {
    title: pageTitle('address'),
    fields: [{ name: 'organisation.street' }, { name: 'organisation.postcode' }],
    render: ({ locale, field }) => (
      <>
        <field.Text name="organisation.street" label={f(locale).street} autoComplete="street-address" />
        <field.Text
          name="organisation.postcode"
          label={f(locale).postcode}
          width="short"
          inputMode="numeric"
          autoComplete="postal-code"
        />
      </>
    ),
  },
  contact: {
    title: pageTitle('contact'),
    fields: [{ name: 'contact.name' }, { name: 'contact.phone' }, { name: 'contact.language' }],
    render: ({ locale, field }) => (
      <>
        <field.Text name="contact.name" label={f(locale).contactName} autoComplete="name" />
        <field.Text
          name="contact.phone"
          label={f(locale).contactPhone}
          type="tel"
          width="medium"
          autoComplete="tel"
        />
        <field.Radios
          name="contact.language"
          legend={f(locale).contactLanguage}
          options={options(['fr', 'nl'] as const, v(locale).contactLanguages)}
          inline
        />
      </>
    ),
  },
  clinicians: {
    title: pageTitle('clinicians'),
    fields: [{ name: 'clinicians' }],
    render: ({ locale, field }) => (
      <field.TextArea
        name="clinicians"
        label={f(locale).clinicians}
        hint={f(locale).cliniciansHint}
        rows={6}
      />
    ),
  },
  offeredFunctions: {
    title: pageTitle('offeredFunctions'),
    fields: [{ name: 'functions', multiple: true }],
    render: ({ locale, field }) => (
      <field.Checkboxes
        name="functions"
        legend={f(locale).offeredFunctions}
        hint={f(locale).offeredFunctionsHint}
        options={options(FUNCTIONS, v(locale).functions)}
      />
    ),
  },
  hours: {
    title: pageTitle('hours'),
    fields: [{ name: 'hoursPerWeek' }],
    render: ({ locale, field }) => (
      <field.Text
        name="hoursPerWeek"
        label={f(locale).hoursPerWeek}
        hint={f(locale).hoursPerWeekHint}
        width="short"
        inputMode="numeric"
      />
    ),
  },
  public: {
    title: pageTitle('public'),
    fields: [{ name: 'ageGroups', multiple: true }, { name: 'publicDescription' }],
    render: ({ locale, field }) => (
      <>
        <field.Checkboxes
          name="ageGroups"
          legend={f(locale).targetAges}
          options={options(AGE_GROUPS, v(locale).ageGroups)}
        />
        <field.TextArea name="publicDescription" label={f(locale).publicDescription} rows={4} />
      </>
    ),
  },
  locations: {
    title: pageTitle('locations'),
    fields: [{ name: 'locations' }],
    render: ({ locale, field }) => <field.TextArea name="locations" label={f(locale).locations} rows={5} />,
  },
  networks: {
    title: pageTitle('networks'),
    fields: [{ name: 'networks' }],
    render: ({ locale, field }) => (
      <field.Radios
        name="networks"
        legend={f(locale).networks}
        options={options(NETWORK_CHOICES, v(locale).networks)}
      />
    ),
  },
};

type ServiceFlow = Flow<ServiceSection, ApplicationService> & {
  startPage(ctx: PageContext, start: { next: string | null; resume: boolean }, account?: AccountForm): VNode;
};

export const serviceFlow: ServiceFlow = {
  ...applicationFlowBasics<ServiceSection>('service'),
  path: '/professionals/service',
  sections: SERVICE_SECTIONS,
  pages,
  check: (service, section, data) => service.checkService(section, data),
  rows: (locale, data) => {
    const m = formsMessages[locale];
    const x = fieldHelpers(locale, data, {});
    const label = (value: string, dict: Record<string, string>) => dict[value] ?? value;
    return [
      {
        section: 'organisation' as const,
        key: m.fields.organisationName,
        value: x.value('organisation.name'),
      },
      {
        section: 'organisation' as const,
        key: m.fields.enterpriseNumber,
        value: x.value('organisation.enterpriseNumber'),
      },
      {
        section: 'organisation' as const,
        key: m.fields.organisationKind,
        value: label(x.value('organisation.kind'), v(locale).organisationKinds),
      },
      {
        section: 'address' as const,
        key: m.pages.address,
        value: `${x.value('organisation.street')}, ${x.value('organisation.postcode')}`,
      },
      {
        section: 'contact' as const,
        key: m.pages.contact,
        value: `${x.value('contact.name')}, ${x.value('contact.phone')}`,
      },
      { section: 'clinicians' as const, key: m.fields.clinicians, value: x.value('clinicians') },
      {
        section: 'offeredFunctions' as const,
        key: m.fields.offeredFunctions,
        value: x
          .values('functions')
          .map((fn) => label(fn, v(locale).functions))
          .join(', '),
      },
      { section: 'hours' as const, key: m.fields.hoursPerWeek, value: x.value('hoursPerWeek') },
      {
        section: 'public' as const,
        key: m.fields.targetAges,
        value: x
          .values('ageGroups')
          .map((a) => label(a, v(locale).ageGroups))
          .join(', '),
      },
      { section: 'public' as const, key: m.fields.publicDescription, value: x.value('publicDescription') },
      { section: 'locations' as const, key: m.fields.locations, value: x.value('locations') },
      {
        section: 'networks' as const,
        key: m.fields.networks,
        value: label(x.value('networks'), v(locale).networks),
      },
    ];
  },
  startPage: (ctx, start, account?: AccountForm) => (
    <ServiceStart ctx={ctx} next={start.next} account={account} />
  ),
};

function ServiceStart({
  ctx,
  next,
  account,
}: {
  ctx: PageContext;
  next: string | null;
  account?: AccountForm | undefined;
}) {
  const t = formsMessages[ctx.locale].service;
  return (
    <QuestionnaireStart
      ctx={ctx}
      title={t.title}
      intro={
        <>
          <p>{t.intro}</p>
          <p>
            <a href={`/${ctx.locale}/professionals/service/questions`}>{t.preview}</a>
          </p>
        </>
      }
      path="/professionals/service"
      next={next}
      startLabel={t.start}
      account={account}
    />
  );
}

/** Every question of the service application, in order, on one printable page (no account needed). */
export function registerQuestionsPreview(app: FastifyInstance): void {
  for (const { locale, path } of localizedPaths('/professionals/service/questions')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const m = formsMessages[locale];
      const ctx = pageContext(request);
      const blank = fieldHelpers(locale, {}, {});
      return sendPage(
        reply,
        <Layout ctx={ctx} title={m.service.questionsTitle}>
          <h1>{m.service.questionsTitle}</h1>
          <p>{m.service.questionsIntro}</p>
          <div class="questions-preview" inert>
            {SERVICE_SECTIONS.map((section, index) => (
              <section key={section}>
                <h2>{`${index + 1}. ${m.pages[section]}`}</h2>
                {pages[section].render(blank)}
              </section>
            ))}
          </div>
          <p class="no-print">
            <a href={`/${locale}/professionals/service`}>{m.service.start}</a>
          </p>
        </Layout>,
      );
    });
  }
}
