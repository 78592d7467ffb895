import type { Flow, QuestionPage } from '../../platform/forms/engine.tsx';
import { type Locale, languageOptions } from '../../platform/i18n/index.ts';
import { Checkboxes, Radios, Select, Textarea, TextInput } from '../../platform/views/components.tsx';
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
  offer: {
    fields: [{ name: 'offer' }],
    title: (locale) => t(locale).pages.offer.title,
    ownsHeading: true,
    render: ({ locale, value, error }) => (
      <Radios
        name="offer"
        legend={t(locale).pages.offer.title}
        legendAsHeading
        error={error('offer')}
        value={value('offer')}
        options={OFFER_KINDS.map((offer) => ({ value: offer, label: v(locale).offers[offer] }))}
      />
    ),
  },
  'co-lead': {
    fields: [{ name: 'coLeader' }],
    title: (locale) => t(locale).pages['co-lead'].title,
    ownsHeading: true,
    render: ({ locale, value, error }) => (
      <Radios
        name="coLeader"
        legend={t(locale).pages['co-lead'].title}
        legendAsHeading
        error={error('coLeader')}
        value={value('coLeader')}
        options={CO_LEADERS.map((who) => ({ value: who, label: v(locale).coLeaders[who] }))}
      />
    ),
  },
  organisation: {
    fields: [
      { name: 'organisation.name' },
      { name: 'organisation.kind' },
      { name: 'organisation.enterpriseNumber' },
    ],
    title: (locale) => t(locale).pages.organisation.title,
    ownsHeading: false,
    render: ({ locale, value, error }) => {
      const p = t(locale).pages.organisation;
      return (
        <>
          <TextInput
            id="organisation-name"
            name="organisation.name"
            label={p.name}
            value={value('organisation.name')}
            error={error('organisation.name')}
            autoComplete="organization"
          />
          <Radios
            name="organisation.kind"
            id="organisation-kind"
            legend={p.kind}
            error={error('organisation.kind')}
            value={value('organisation.kind')}
            options={ORGANISATION_KINDS.map((kind) => ({
              value: kind,
              label: v(locale).organisationKinds[kind],
            }))}
          />
          <TextInput
            id="organisation-enterpriseNumber"
            name="organisation.enterpriseNumber"
            label={`${p.enterpriseNumber} ${formsMessages[locale].optional}`}
            hint={p.enterpriseNumberHint}
            value={value('organisation.enterpriseNumber')}
            error={error('organisation.enterpriseNumber')}
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
    render: ({ locale, value, error }) => {
      const p = t(locale).pages.venue;
      return (
        <>
          <TextInput
            id="venue-street"
            name="venue.street"
            label={p.street}
            value={value('venue.street')}
            error={error('venue.street')}
            autoComplete="street-address"
          />
          <TextInput
            id="venue-postcode"
            name="venue.postcode"
            label={p.postcode}
            value={value('venue.postcode')}
            error={error('venue.postcode')}
            width="short"
            inputMode="numeric"
            autoComplete="postal-code"
          />
          <Radios
            name="venue.accessibility"
            id="venue-accessibility"
            legend={p.accessibility}
            error={error('venue.accessibility')}
            value={value('venue.accessibility')}
            options={ACCESSIBILITY.map((level) => ({ value: level, label: v(locale).accessibility[level] }))}
          />
          <TextInput
            id="venue-capacity"
            name="venue.capacity"
            label={p.capacity}
            value={value('venue.capacity')}
            error={error('venue.capacity')}
            width="short"
            inputMode="numeric"
          />
          <Textarea
            id="venue-openingTimes"
            name="venue.openingTimes"
            label={p.openingTimes}
            hint={p.openingTimesHint}
            value={value('venue.openingTimes')}
            error={error('venue.openingTimes')}
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
    render: ({ locale, values, value, error }) => {
      const p = t(locale).pages.public;
      return (
        <>
          <Checkboxes
            name="venue.languages"
            id="venue-languages"
            legend={p.languages}
            hint={p.languagesHint}
            error={error('venue.languages')}
            values={values('venue.languages')}
            options={languageOptions(locale)}
            inline
          />
          <Checkboxes
            name="venue.targetPublic"
            id="venue-targetPublic"
            legend={p.targetPublic}
            error={error('venue.targetPublic')}
            values={values('venue.targetPublic')}
            options={AGE_GROUPS.map((group) => ({ value: group, label: v(locale).ageGroups[group] }))}
          />
          <Textarea
            id="venue-targetPublicDetails"
            name="venue.targetPublicDetails"
            label={`${p.targetPublicDetails} ${formsMessages[locale].optional}`}
            hint={p.targetPublicDetailsHint}
            value={value('venue.targetPublicDetails')}
            error={error('venue.targetPublicDetails')}
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
    render: ({ locale, value, error }) => {
      const p = t(locale).pages.contact;
      return (
        <>
          <TextInput
            id="contact-name"
            name="contact.name"
            label={p.name}
            value={value('contact.name')}
            error={error('contact.name')}
            autoComplete="name"
          />
          <TextInput
            id="contact-email"
            name="contact.email"
            type="email"
            label={p.email}
            hint={p.emailHint}
            value={value('contact.email')}
            error={error('contact.email')}
            autoComplete="email"
            spellcheck={false}
          />
          <TextInput
            id="contact-phone"
            name="contact.phone"
            type="tel"
            label={`${p.phone} ${formsMessages[locale].optional}`}
            value={value('contact.phone')}
            error={error('contact.phone')}
            width="medium"
            autoComplete="tel"
          />
          <Select
            id="contact-language"
            name="contact.language"
            label={p.language}
            hint={p.languageHint}
            error={error('contact.language')}
            value={value('contact.language') || locale}
            options={contactLanguageOptions(locale)}
          />
        </>
      );
    },
  },
  message: {
    fields: [{ name: 'message' }],
    title: (locale) => t(locale).pages.message.title,
    ownsHeading: true,
    render: ({ locale, value, error }) => (
      <Textarea
        id="message"
        label={`${t(locale).pages.message.title} ${formsMessages[locale].optional}`}
        labelAsHeading
        hint={
          <>
            {t(locale).pages.message.hint}
            <strong class="warning-text">{formsMessages[locale].noPatientData}</strong>
          </>
        }
        error={error('message')}
        value={value('message')}
        rows={6}
        maxLength={LIMITS.description}
      />
    ),
  },
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
