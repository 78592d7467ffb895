// The organisation offer's "check your answers": one row per answer, in the form's order, each
// linking back to the page that asked it.

import { type Data, getPath } from '../../platform/forms/answers.ts';
import type { CheckRow } from '../../platform/forms/engine.tsx';
import { type Locale, languageName } from '../../platform/i18n/index.ts';
import { formatEnterpriseNumber, isEnterpriseNumber } from '../../platform/identifiers/enterprise-number.ts';
import type { OfferSection } from '../domain/partner-offer.ts';
import type { OFFER_KINDS } from '../domain/vocabulary.ts';
import { formsMessages, vocabularyMessages } from '../messages/index.ts';
import { contactLanguageOptions, joinLabels } from './shared.tsx';

const t = (locale: Locale) => formsMessages[locale].partner;
const v = (locale: Locale) => vocabularyMessages[locale];

export function text(data: Data, path: string): string {
  const value = getPath(data, path);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function list(data: Data, path: string): string[] {
  const value = getPath(data, path);
  return Array.isArray(value) ? value.map(String) : [];
}

export function partnerOfferRows(locale: Locale, data: Data): CheckRow<OfferSection>[] {
  const p = t(locale).pages;
  const m = formsMessages[locale];
  const offer = text(data, 'offer') as (typeof OFFER_KINDS)[number];
  const number = text(data, 'organisation.enterpriseNumber');
  const result: CheckRow<OfferSection>[] = [
    { section: 'offer', key: p.offer.title, value: v(locale).offers[offer] },
  ];
  if (offer === 'co-lead-group') {
    result.push({
      section: 'co-lead',
      key: p['co-lead'].title,
      value: v(locale).coLeaders[text(data, 'coLeader') as 'peer-expert'],
    });
  }
  result.push(
    {
      section: 'organisation',
      key: p.organisation.title,
      value: [
        text(data, 'organisation.name'),
        v(locale).organisationKinds[text(data, 'organisation.kind') as 'other'],
        number && isEnterpriseNumber(number) ? formatEnterpriseNumber(number) : null,
      ]
        .filter(Boolean)
        .join('\n'),
    },
    {
      section: 'venue',
      key: p.venue.title,
      value: [text(data, 'venue.street'), text(data, 'venue.postcode')].join('\n'),
    },
    {
      section: 'venue',
      key: p.venue.accessibility,
      value: v(locale).accessibility[text(data, 'venue.accessibility') as 'partly'],
    },
    { section: 'venue', key: p.venue.capacity, value: text(data, 'venue.capacity') },
    { section: 'venue', key: p.venue.openingTimes, value: text(data, 'venue.openingTimes') },
    {
      section: 'public',
      key: p.public.languages,
      value: list(data, 'venue.languages')
        .map((code) => languageName(code, locale))
        .join(', '),
    },
    {
      section: 'public',
      key: p.public.targetPublic,
      value: joinLabels(
        list(data, 'venue.targetPublic').map((group) => v(locale).ageGroups[group as 'adults']),
      ),
    },
    {
      section: 'public',
      key: p.public.targetPublicDetails,
      value: text(data, 'venue.targetPublicDetails') || m.notGiven,
    },
    {
      section: 'contact',
      key: p.contact.title,
      value: [text(data, 'contact.name'), text(data, 'contact.email'), text(data, 'contact.phone') || null]
        .filter(Boolean)
        .join('\n'),
    },
    {
      section: 'contact',
      key: p.contact.language,
      value:
        contactLanguageOptions(locale).find((o) => o.value === text(data, 'contact.language'))?.label ?? '',
    },
    { section: 'message', key: p.message.title, value: text(data, 'message') || m.notGiven },
  );
  return result;
}
