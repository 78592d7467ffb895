// The directory's vocabulary: who a conventioned clinician is, what they offer and where.
// Controlled lists are codes; their FR/NL/EN labels live in ../labels.ts. The lists other
// capabilities share (kinds, age groups, functions, modes, specialities) are platform/vocabulary's.

import type {
  AgeGroup,
  ClinicianFunction,
  ClinicianKind,
  Mode,
  Speciality,
} from '../../platform/vocabulary/index.ts';

export {
  AGE_GROUPS,
  type AgeGroup,
  CLINICIAN_KINDS,
  type ClinicianFunction,
  type ClinicianKind,
  FUNCTIONS,
  MODES,
  type Mode,
  SPECIALITIES,
  type Speciality,
} from '../../platform/vocabulary/index.ts';

export const WAITING_BANDS = [
  'within-a-week',
  'within-a-month',
  'one-to-three-months',
  'over-three-months',
] as const;
export type WaitingBand = (typeof WAITING_BANDS)[number];

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
