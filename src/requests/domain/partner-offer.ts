import { type Checked, Checker, type Issue, member } from '../../platform/forms/checker.ts';
import { LANGUAGE_CODES } from '../../platform/i18n/languages.ts';
import { LIMITS } from './support-request.ts';
import {
  ACCESSIBILITY,
  type Accessibility,
  AGE_GROUPS,
  type AgeGroup,
  CO_LEADERS,
  CORRESPONDENCE_LANGUAGES,
  type CoLeader,
  type CorrespondenceLanguage,
  OFFER_KINDS,
  type OfferKind,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from './vocabulary.ts';

/** An organisation offering a room, or to host or co-lead a support group (seed 001). */
export interface PartnerOffer {
  offer: OfferKind;
  /** For co-leading: who from the organisation leads with the clinician. */
  coLeader: CoLeader | null;
  organisation: { name: string; kind: OrganisationKind; enterpriseNumber: string | null };
  venue: {
    street: string;
    postcode: string;
    accessibility: Accessibility;
    capacity: number;
    openingTimes: string;
    /** Languages spoken at the venue (ISO 639-1). */
    languages: string[];
    /** Age groups the venue's public belongs to. */
    targetPublic: AgeGroup[];
    targetPublicDetails: string | null;
  };
  contact: { name: string; email: string; phone: string | null; language: CorrespondenceLanguage };
  message: string | null;
}

export const OFFER_SECTIONS = [
  'offer',
  'co-lead',
  'organisation',
  'venue',
  'public',
  'contact',
  'message',
] as const;
export type OfferSection = (typeof OFFER_SECTIONS)[number];

export function offerSectionApplies(section: OfferSection, input: unknown): boolean {
  return section !== 'co-lead' || member(input, 'offer') === 'co-lead-group';
}

function checkSection(c: Checker, section: OfferSection, form: boolean) {
  switch (section) {
    case 'offer':
      return { offer: c.choice('offer', OFFER_KINDS) };
    case 'co-lead':
      return { coLeader: c.choice('coLeader', CO_LEADERS, form) };
    case 'organisation':
      return {
        organisation: {
          name: c.text('organisation.name', { required: true, max: LIMITS.name }),
          kind: c.choice('organisation.kind', ORGANISATION_KINDS),
          enterpriseNumber: c.enterpriseNumber('organisation.enterpriseNumber', false) ?? null,
        },
      };
    case 'venue':
      return {
        venue: {
          street: c.text('venue.street', { required: true, max: LIMITS.street }),
          postcode: c.postcode('venue.postcode'),
          accessibility: c.choice('venue.accessibility', ACCESSIBILITY),
          capacity: c.integer('venue.capacity', { min: 1, max: 500, wrong: 'capacity-range' }),
          openingTimes: c.text('venue.openingTimes', { required: true, max: LIMITS.text }),
        },
      };
    case 'public':
      return {
        venue: {
          languages: c.choices('venue.languages', LANGUAGE_CODES),
          targetPublic: c.choices('venue.targetPublic', AGE_GROUPS),
          targetPublicDetails: c.text('venue.targetPublicDetails', { required: false, max: LIMITS.text }),
        },
      };
    case 'contact':
      return {
        contact: {
          name: c.text('contact.name', { required: true, max: LIMITS.name }),
          email: c.email('contact.email'),
          phone: c.phone('contact.phone', false),
          language: c.choice('contact.language', CORRESPONDENCE_LANGUAGES),
        },
      };
    case 'message':
      return { message: c.text('message', { required: false, max: LIMITS.description }) };
  }
}

export function checkOfferSection(input: unknown, section: OfferSection): Issue[] {
  const c = new Checker(input);
  checkSection(c, section, true);
  return c.issues;
}

export function checkPartnerOffer(input: unknown, options: { form: boolean }): Checked<PartnerOffer> {
  const c = new Checker(input);
  const sections = OFFER_SECTIONS.filter((section) => !options.form || offerSectionApplies(section, input));
  const parts = sections.map((section) => checkSection(c, section, options.form));
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  const venue = Object.assign({}, ...parts.map((part) => ('venue' in part ? part.venue : {})));
  const merged = Object.assign({}, ...parts) as PartnerOffer;
  return {
    ok: true,
    value: {
      offer: merged.offer,
      coLeader: merged.offer === 'co-lead-group' ? (merged.coLeader ?? null) : null,
      organisation: merged.organisation,
      venue: { ...venue, targetPublicDetails: venue.targetPublicDetails ?? null },
      contact: { ...merged.contact, phone: merged.contact.phone ?? null },
      message: merged.message ?? null,
    },
  };
}
