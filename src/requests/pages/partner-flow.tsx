import type { Flow, QuestionPage } from '../../platform/forms/engine.tsx';
import { choicePage, textPage } from '../../platform/forms/one-question.tsx';
import { type Locale, languageOptions } from '../../platform/i18n/index.ts';
import {
  checkOfferSection,
  checkPartnerOffer,
  OFFER_SECTIONS,
  type OfferSection,
  offerSectionApplies,
} from '../domain/partner-offer.ts';
import { LIMITS } from '../domain/support-request.ts';
import {
  ACCESSIBILITY,
  AGE_GROUPS,
  CO_LEADERS,
  OFFER_KINDS,
  ORGANISATION_KINDS,
} from '../domain/vocabulary.ts';
import { formsMessages, vocabularyMessages } from '../messages/index.ts';
import type { RequestService } from '../service.ts';
import { partnerOfferRows, text } from './partner-answers.tsx';
import { contactLanguageOptions, referenceOf, requestFlowBasics, StartPage } from './shared.tsx';

const t = (locale: Locale) => formsMessages[locale].partner;
const v = (locale: Locale) => vocabularyMessages[locale];

const pages: Record<OfferSection, QuestionPage> = {
  offer: choicePage(
    'offer',
    (locale) => t(locale).pages.offer,
    (locale) => OFFER_KINDS.map((offer) => ({ value: offer, label: v(locale).offers[offer] })),
  ),
  'co-lead': choicePage(
    'coLeader',
    (locale) => t(locale).pages['co-lead'],
    (locale) => CO_LEADERS.map((who) => ({ value: who, label: v(locale).coLeaders[who] })),
  ),
  organisation: {
    fields: [
      { name: 'organisation.name' },
      { name: 'organisation.kind' },
      { name: 'organisation.enterpriseNumber' },
    ],
    title: (locale) => t(locale).pages.organisation.title,
    ownsHeading: false,
    render: ({ locale, field }) => {
      const p = t(locale).pages.organisation;
      return (
        <>
          <field.Text name="organisation.name" label={p.name} autoComplete="organization" />
          <field.Radios
            name="organisation.kind"
            legend={p.kind}
            options={ORGANISATION_KINDS.map((kind) => ({
              value: kind,
              label: v(locale).organisationKinds[kind],
            }))}
          />
          <field.Text
            name="organisation.enterpriseNumber"
            label={`${p.enterpriseNumber} ${formsMessages[locale].optional}`}
            hint={p.enterpriseNumberHint}
            width="medium"
            spellcheck={false}
          />
        </>
      );
    },
  },
  venue: {
    fields: [
      { name: 'venue.street' },
      { name: 'venue.postcode' },
      { name: 'venue.accessibility' },
      { name: 'venue.capacity' },
      { name: 'venue.openingTimes' },
    ],
    title: (locale) => t(locale).pages.venue.title,
    ownsHeading: false,
    render: ({ locale, field }) => {
      const p = t(locale).pages.venue;
      return (
        <>
          <field.Text name="venue.street" label={p.street} autoComplete="street-address" />
          <field.Text
            name="venue.postcode"
            label={p.postcode}
            width="short"
            inputMode="numeric"
            autoComplete="postal-code"
          />
          <field.Radios
            name="venue.accessibility"
            legend={p.accessibility}
            options={ACCESSIBILITY.map((level) => ({ value: level, label: v(locale).accessibility[level] }))}
          />
          <field.Text name="venue.capacity" label={p.capacity} width="short" inputMode="numeric" />
          <field.TextArea
            name="venue.openingTimes"
            label={p.openingTimes}
            hint={p.openingTimesHint}
            rows={3}
            maxLength={LIMITS.text}
          />
        </>
      );
    },
  },
  public: {
    fields: [
      { name: 'venue.languages', multiple: true },
      { name: 'venue.targetPublic', multiple: true },
      { name: 'venue.targetPublicDetails' },
    ],
    title: (locale) => t(locale).pages.public.title,
    ownsHeading: false,
    render: ({ locale, field }) => {
      const p = t(locale).pages.public;
      return (
        <>
          <field.Checkboxes
            name="venue.languages"
            legend={p.languages}
            hint={p.languagesHint}
            options={languageOptions(locale)}
            inline
          />
          <field.Checkboxes
            name="venue.targetPublic"
            legend={p.targetPublic}
            options={AGE_GROUPS.map((group) => ({ value: group, label: v(locale).ageGroups[group] }))}
          />
          <field.TextArea
            name="venue.targetPublicDetails"
            label={`${p.targetPublicDetails} ${formsMessages[locale].optional}`}
            hint={p.targetPublicDetailsHint}
            rows={3}
            maxLength={LIMITS.text}
          />
        </>
      );
    },
  },
  contact: {
    fields: [
      { name: 'contact.name' },
      { name: 'contact.email' },
      { name: 'contact.phone' },
      { name: 'contact.language' },
    ],
    title: (locale) => t(locale).pages.contact.title,
    ownsHeading: false,
    render: ({ locale, value, field }) => {
      const p = t(locale).pages.contact;
      return (
        <>
          <field.Text name="contact.name" label={p.name} autoComplete="name" />
          <field.Text
            name="contact.email"
            type="email"
            label={p.email}
            hint={p.emailHint}
            autoComplete="email"
            spellcheck={false}
          />
          <field.Text
            name="contact.phone"
            type="tel"
            label={`${p.phone} ${formsMessages[locale].optional}`}
            width="medium"
            autoComplete="tel"
          />
          <field.Select
            name="contact.language"
            label={p.language}
            hint={p.languageHint}
            value={value('contact.language') || locale}
            options={contactLanguageOptions(locale)}
          />
        </>
      );
    },
  },
  message: textPage(
    'message',
    (locale) => ({
      title: t(locale).pages.message.title,
      label: `${t(locale).pages.message.title} ${formsMessages[locale].optional}`,
      hint: (
        <>
          {t(locale).pages.message.hint}
          <strong class="warning-text">{formsMessages[locale].noPatientData}</strong>
        </>
      ),
    }),
    { rows: 6, maxLength: LIMITS.description },
  ),
};

export const partnerFlow: Flow<OfferSection, RequestService> = {
  ...requestFlowBasics('partner', (locale) => t(locale)),
  path: '/professionals/partner',
  sections: OFFER_SECTIONS,
  pages,
  applies: (section, data) => offerSectionApplies(section, data),
  check(requests, section, data) {
    const issues = checkOfferSection(data, section);
    if (section === 'venue' && !issues.some((issue) => issue.field === 'venue.postcode')) {
      issues.push(
        ...requests.placeIssues(text(data, 'venue.postcode').trim(), 'venue.postcode', 'organisation'),
      );
    }
    return issues;
  },
  rows: partnerOfferRows,
  async submit(requests, _request, data) {
    const checked = checkPartnerOffer(data, { form: true });
    return checked.ok ? referenceOf(await requests.submitPartnerOffer(checked.value)) : checked;
  },
  startPage: (ctx, start) => (
    <StartPage
      ctx={ctx}
      title={t(ctx.locale).title}
      intro={t(ctx.locale).intro}
      listTitle={t(ctx.locale).whatYouCanOffer}
      items={OFFER_KINDS.map((offer) => v(ctx.locale).offers[offer])}
      howLong={t(ctx.locale).howLong}
      start={t(ctx.locale).start}
      href={start.next ?? ''}
    />
  ),
  prefill: (user) => ({
    'contact.name': user.displayName,
    'contact.email': user.email,
    'contact.language': user.locale,
  }),
};
