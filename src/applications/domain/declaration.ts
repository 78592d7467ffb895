import { Checker, type Issue, member } from '../../platform/forms/checker.ts';
import { LANGUAGE_CODES } from '../../platform/i18n/languages.ts';
import {
  AGE_GROUPS,
  type AgeGroup,
  CLINICIAN_KINDS,
  type ClinicianFunction,
  FUNCTIONS,
  SPECIALITIES,
  type Speciality,
} from '../../platform/vocabulary/index.ts';

// The clinician's declaration of interest: the questions, grouped in pages, and their checks.
// Treatment (F3) asks for about five years of experience or a long therapy training; the exact
// bar is each network's configuration (DOMAIN.md §6), given here as `criteria`.

export const EMPLOYMENT = ['self-employed', 'employed'] as const;
/** Which networks an application is for: youth (Bru-Stars), adult (Brumenta), or both. */
export const NETWORK_CHOICES = ['youth', 'adult', 'both'] as const;
export type NetworkChoice = (typeof NETWORK_CHOICES)[number];
export const YES_NO = ['yes', 'no'] as const;
export const DOCUMENT_KINDS = ['diploma', 'visa'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DECLARATION_SECTIONS = [
  'identity',
  'registration',
  'employment',
  'languages',
  'ages',
  'functions',
  'specialities',
  'places',
  'sessions',
  'links',
  'documents',
] as const;
export type DeclarationSection = (typeof DECLARATION_SECTIONS)[number];

export interface TreatmentCriteria {
  /** Years of clinical experience that qualify for treatment without a long training. */
  treatmentMinYears: number;
}

export interface DeclarationContext {
  criteria: TreatmentCriteria;
  /** Whether a postcode lies in a territory Passerelle routes (the practice must). */
  served(postcode: string): boolean;
  /** The document kinds already uploaded for this draft. */
  documents: ReadonlySet<string>;
}

export function checkDeclarationSection(
  section: DeclarationSection,
  data: unknown,
  context: DeclarationContext,
): Issue[] {
  const c = new Checker(data);
  switch (section) {
    case 'identity':
      c.choice('kind', CLINICIAN_KINDS);
      c.text('givenName', { required: true, max: 100 });
      c.text('familyName', { required: true, max: 100 });
      c.phone('phone');
      break;
    case 'registration':
      c.text('visa', { required: true, max: 30 });
      c.inami('inami');
      break;
    case 'employment':
      if (c.choice('employment', EMPLOYMENT) === 'employed') c.text('employer', { required: true, max: 200 });
      break;
    case 'languages':
      c.choices('languages', LANGUAGE_CODES);
      break;
    case 'ages':
      c.choices('ageGroups', AGE_GROUPS);
      break;
    case 'functions': {
      const functions = c.choices('functions', FUNCTIONS) ?? [];
      const years = c.integer('experienceYears', { min: 0, max: 60 });
      const longTraining = c.choice('longTraining', YES_NO);
      c.text('trainings', { required: false, max: 2000 });
      const min = context.criteria.treatmentMinYears;
      if (functions.includes('treatment') && years !== undefined && years < min && longTraining === 'no') {
        c.fail('functions', 'treatment-criteria', { years: min });
      }
      break;
    }
    case 'specialities':
      c.choices('specialities', SPECIALITIES, false);
      break;
    case 'places': {
      c.text('practice.street', { required: true, max: 200 });
      const postcode = c.postcode('practice.postcode');
      if (postcode && !context.served(postcode)) c.fail('practice.postcode', 'outside-territory');
      c.text('outreach', { required: false, max: 2000 });
      break;
    }
    case 'sessions':
      c.integer('sessionsPerWeek', { min: 1, max: 40 });
      c.choice('networks', NETWORK_CHOICES);
      break;
    case 'links':
      c.text('links', { required: false, max: 2000 });
      break;
    case 'documents':
      for (const kind of DOCUMENT_KINDS) {
        if (!context.documents.has(kind)) c.fail(`document-${kind}`, 'document-missing');
      }
      break;
  }
  return c.issues;
}

/** The declaration as submitted (checked): what the case keeps and the directory profile uses. */
export interface Declaration {
  kind: (typeof CLINICIAN_KINDS)[number];
  givenName: string;
  familyName: string;
  phone: string;
  visa: string;
  inami: string;
  employment: (typeof EMPLOYMENT)[number];
  employer: string | null;
  languages: string[];
  ageGroups: AgeGroup[];
  functions: ClinicianFunction[];
  experienceYears: number;
  longTraining: boolean;
  trainings: string | null;
  specialities: Speciality[];
  practice: { street: string; postcode: string };
  outreach: string | null;
  sessionsPerWeek: number;
  networks: NetworkChoice;
  links: string | null;
}

const text = (data: unknown, path: string) => {
  const value = member(data, path);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};
const list = (data: unknown, path: string) => {
  const value = member(data, path);
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];
};

/** Reads a draft whose every section passed its checks. */
export function readDeclaration(data: unknown): Declaration {
  const employment = text(data, 'employment') as Declaration['employment'];
  return {
    kind: text(data, 'kind') as Declaration['kind'],
    givenName: text(data, 'givenName') ?? '',
    familyName: text(data, 'familyName') ?? '',
    phone: text(data, 'phone') ?? '',
    visa: text(data, 'visa') ?? '',
    inami: (text(data, 'inami') ?? '').replace(/[ .\-/]/g, ''),
    employment,
    employer: employment === 'employed' ? text(data, 'employer') : null,
    languages: list(data, 'languages'),
    ageGroups: list(data, 'ageGroups') as Declaration['ageGroups'],
    functions: list(data, 'functions') as Declaration['functions'],
    experienceYears: Number(text(data, 'experienceYears')),
    longTraining: text(data, 'longTraining') === 'yes',
    trainings: text(data, 'trainings'),
    specialities: list(data, 'specialities') as Declaration['specialities'],
    practice: {
      street: text(data, 'practice.street') ?? '',
      postcode: text(data, 'practice.postcode') ?? '',
    },
    outreach: text(data, 'outreach'),
    sessionsPerWeek: Number(text(data, 'sessionsPerWeek')),
    networks: text(data, 'networks') as NetworkChoice,
    links: text(data, 'links'),
  };
}
