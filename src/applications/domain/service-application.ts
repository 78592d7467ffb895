import { Checker, type Issue, member } from '../../platform/forms/checker.ts';
import { compactEnterpriseNumber } from '../../platform/identifiers/enterprise-number.ts';
import {
  AGE_GROUPS,
  type AgeGroup,
  type ClinicianFunction,
  FUNCTIONS,
  ORGANISATION_KINDS,
  type OrganisationKind,
  organisationKindOf,
} from '../../platform/vocabulary/index.ts';
import { NETWORK_CHOICES, type NetworkChoice } from './declaration.ts';

// A conventioned service's application: an organisation that employs (or will employ)
// clinicians under the convention. Every question is also listed on the printable preview.

export const SERVICE_SECTIONS = [
  'organisation',
  'address',
  'contact',
  'clinicians',
  'offeredFunctions',
  'hours',
  'public',
  'locations',
  'networks',
] as const;
export type ServiceSection = (typeof SERVICE_SECTIONS)[number];

export function checkServiceSection(
  section: ServiceSection,
  data: unknown,
  served: (postcode: string) => boolean,
): Issue[] {
  const c = new Checker(data);
  switch (section) {
    case 'organisation':
      c.text('organisation.name', { required: true, max: 200 });
      c.enterpriseNumber('organisation.enterpriseNumber');
      c.choice('organisation.kind', ORGANISATION_KINDS);
      break;
    case 'address': {
      c.text('organisation.street', { required: true, max: 200 });
      const postcode = c.postcode('organisation.postcode');
      if (postcode && !served(postcode)) c.fail('organisation.postcode', 'outside-territory');
      break;
    }
    case 'contact':
      c.text('contact.name', { required: true, max: 200 });
      c.phone('contact.phone');
      c.choice('contact.language', ['fr', 'nl'] as const);
      break;
    case 'clinicians':
      c.text('clinicians', { required: true, max: 4000 });
      break;
    case 'offeredFunctions':
      // The convention's functions the service offers: its contingent and the finder say them.
      c.choices('functions', FUNCTIONS);
      break;
    case 'hours':
      c.integer('hoursPerWeek', { min: 1, max: 400 });
      break;
    case 'public':
      c.choices('ageGroups', AGE_GROUPS);
      c.text('publicDescription', { required: true, max: 2000 });
      break;
    case 'locations':
      c.text('locations', { required: true, max: 4000 });
      break;
    case 'networks':
      c.choice('networks', NETWORK_CHOICES);
      break;
  }
  return c.issues;
}

export interface ServiceApplication {
  organisation: {
    name: string;
    enterpriseNumber: string;
    kind: OrganisationKind;
    street: string;
    postcode: string;
  };
  contact: { name: string; phone: string; language: 'fr' | 'nl' };
  clinicians: string;
  /** Applications sent before the question was asked have none. */
  functions: ClinicianFunction[];
  /** The contingent asked: hours a week, never turned into sessions. */
  hoursPerWeek: number;
  ageGroups: AgeGroup[];
  publicDescription: string;
  locations: string;
  networks: NetworkChoice;
}

const text = (data: unknown, path: string) => {
  const value = member(data, path);
  return typeof value === 'string' ? value.trim() : '';
};

const list = (data: unknown, path: string) => {
  const value = member(data, path);
  return (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).map(String);
};

export function readServiceApplication(data: unknown): ServiceApplication {
  const ages = member(data, 'ageGroups');
  return {
    organisation: {
      name: text(data, 'organisation.name'),
      enterpriseNumber: compactEnterpriseNumber(text(data, 'organisation.enterpriseNumber')),
      // Applications submitted before the lists were one may hold a former code.
      kind: organisationKindOf(text(data, 'organisation.kind')) ?? 'other',
      street: text(data, 'organisation.street'),
      postcode: text(data, 'organisation.postcode'),
    },
    contact: {
      name: text(data, 'contact.name'),
      phone: text(data, 'contact.phone'),
      language: text(data, 'contact.language') as 'fr' | 'nl',
    },
    clinicians: text(data, 'clinicians'),
    functions: list(data, 'functions').filter((f): f is ClinicianFunction =>
      (FUNCTIONS as readonly string[]).includes(f),
    ),
    hoursPerWeek: Number(text(data, 'hoursPerWeek')),
    ageGroups: (Array.isArray(ages) ? ages : typeof ages === 'string' ? [ages] : []).map(
      String,
    ) as ServiceApplication['ageGroups'],
    publicDescription: text(data, 'publicDescription'),
    locations: text(data, 'locations'),
    networks: text(data, 'networks') as NetworkChoice,
  };
}

/**
 * The function a contingent is counted under and an application is routed by: treatment when
 * offered, else support, else community; support for an application that did not say (a service
 * application sent before the question was asked).
 */
export function mainFunction(functions: readonly string[]): ClinicianFunction {
  if (functions.includes('treatment')) return 'treatment';
  if (functions.includes('support')) return 'support';
  return functions.includes('community') ? 'community' : 'support';
}
