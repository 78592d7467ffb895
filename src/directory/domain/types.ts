// The directory's vocabulary: who a conventioned clinician is, what they offer and where.
// Controlled lists are codes; their FR/NL/EN labels live in the capability's messages.

export const CLINICIAN_KINDS = ['psychologist', 'orthopedagogue'] as const;
export type ClinicianKind = (typeof CLINICIAN_KINDS)[number];

/**
 * Age groups a clinician works with. Bounds follow the networks (youth up to 23, adults from
 * 15): children 0–14, young people 15–23, adults 24–64, older adults 65+.
 */
export const AGE_GROUPS = ['children', 'young-people', 'adults', 'older-adults'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Functions of the 2024 convention: community interventions (F1), support (F2), treatment (F3). */
export const FUNCTIONS = ['community', 'support', 'treatment'] as const;
export type ClinicianFunction = (typeof FUNCTIONS)[number];

export const MODES = ['individual', 'group', 'video', 'home-visits', 'outreach'] as const;
export type Mode = (typeof MODES)[number];

export const WAITING_BANDS = [
  'within-a-week',
  'within-a-month',
  'one-to-three-months',
  'over-three-months',
] as const;
export type WaitingBand = (typeof WAITING_BANDS)[number];

/**
 * What people look for help with: a controlled list (labels in messages.ts), so that a search
 * for "burnout" finds every clinician who offers it, whatever words their network used.
 */
export const SPECIALITIES = [
  'children-adolescents',
  'perinatal',
  'eating-problems',
  'school-refusal',
  'bullying',
  'neurodevelopment',
  'anxiety',
  'depression',
  'burnout',
  'grief',
  'trauma',
  'relationships',
  'addiction',
  'exile-migration',
  'chronic-illness',
  'gender-sexuality',
] as const;
export type Speciality = (typeof SPECIALITIES)[number];

export const LOCATION_KINDS = ['practice', 'outreach'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export interface ClinicianLocation {
  id: string;
  /** A practice, or an outreach venue: a place the public already visits (CPAS, school, GP practice). */
  kind: LocationKind;
  name: string | null;
  street: string;
  postcode: string;
  lat: number;
  lon: number;
  wheelchair: boolean;
}

export interface Clinician {
  id: string;
  kind: ClinicianKind;
  givenName: string;
  familyName: string;
  /** 11 digits without separators. */
  inami: string | null;
  visa: string | null;
  languages: string[];
  ageGroups: AgeGroup[];
  functions: ClinicianFunction[];
  modes: Mode[];
  specialities: Speciality[];
  acceptingNewPatients: boolean;
  waitingBand: WaitingBand;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** False while the convention is suspended or ended: kept, but not in the finder. */
  listed: boolean;
  /** Network ids the clinician has a convention with. */
  networks: string[];
  locations: ClinicianLocation[];
  /** When the profile was last confirmed (ISO timestamp): shown as "updated on". */
  updatedAt: string;
  revision: number;
}

/** What it takes to create a clinician; ids, stamps and revision are the store's. */
export type NewClinician = Omit<Clinician, 'id' | 'updatedAt' | 'revision' | 'locations'> & {
  /** Demo data brings stable ids (the same demo clinician keeps its address); otherwise the store makes one. */
  id?: string | undefined;
  locations: Array<Omit<ClinicianLocation, 'id'>>;
  /** Imports and demo data may carry the date the profile was last confirmed. */
  updatedAt?: string | undefined;
};
