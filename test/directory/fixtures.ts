// Small builders for directory tests: a valid profile to vary, and clinicians placed at known
// coordinates for ranking tests. Names are fictional.

import type { ProfileContext, ProfileInput } from '../../src/directory/domain/profile.ts';
import type { Clinician } from '../../src/directory/domain/types.ts';
import { brusselsSnapshot } from '../support/reference-fixture.ts';

export function brusselsProfileContext(today = '2025-06-01'): ProfileContext {
  const snapshot = brusselsSnapshot();
  return { networks: snapshot.networks, postcodes: snapshot.localities, today };
}

/** A profile that passes every rule: tests change one thing at a time. */
export function validProfile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    kind: 'psychologist',
    givenName: 'Ilvane',
    familyName: 'Brommelaar',
    inami: '1-23456-25-780',
    visa: '123456',
    languages: ['fr', 'nl'],
    ageGroups: ['young-people', 'adults'],
    functions: ['support', 'treatment'],
    modes: ['individual', 'video'],
    specialities: ['anxiety', 'burnout'],
    acceptingNewPatients: true,
    waitingBand: 'within-a-month',
    phone: '02 012 34 56',
    email: 'ilvane@demo.example',
    website: null,
    listed: true,
    networks: ['bru-stars', 'brumenta'],
    locations: [
      {
        kind: 'practice',
        name: null,
        street: 'Rue du Verger 12',
        postcode: '1030',
        lat: null,
        lon: null,
        wheelchair: true,
      },
    ],
    updatedAt: '2025-05-01',
    ...overrides,
  };
}

/** A clinicians spreadsheet (see README) and two valid rows, for import tests. */
export const HEADER =
  'inami,visa,kind,given_name,family_name,languages,age_groups,functions,modes,specialities,networks,' +
  'accepting_new_patients,waiting_band,phone,email,website,updated_on,' +
  'location1_street,location1_postcode,location1_wheelchair,location2_kind,location2_name,location2_street,location2_postcode';

export const GOOD_ROWS = [
  '1-23456-25-780,123456,psychologist,Ilvane,Brommelaar,fr|nl,young-people|adults,support|treatment,individual|video,anxiety|burnout,bru-stars|brumenta,oui,within-a-month,02 012 34 56,ilvane@demo.example,,2025-05-01,Rue du Verger 12,1030,yes,,,,',
  '2-34567-76-780,,orthopedagogue,Kalisse,Dal Vostoven,nl,children,support,individual|outreach,school-refusal,bru-stars,nee,one-to-three-months,,kalisse@demo.example,https://dalvostoven.demo.example,,Rue de la Source 3,1080,,outreach,Maison de quartier,Place du Marché 1,1081',
];

let counter = 0;

/** A listed clinician with one location per given point; every other field is a plain default. */
export function clinicianAt(
  points: Array<{ lat: number; lon: number; wheelchair?: boolean; postcode?: string }>,
  overrides: Partial<Clinician> = {},
): Clinician {
  counter++;
  const id = overrides.id ?? `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    kind: 'psychologist',
    givenName: 'Test',
    familyName: `Clinician ${counter}`,
    inami: null,
    visa: null,
    languages: ['fr'],
    ageGroups: ['adults'],
    functions: ['support'],
    modes: ['individual'],
    specialities: [],
    acceptingNewPatients: true,
    waitingBand: 'within-a-month',
    phone: null,
    email: 'test@demo.example',
    website: null,
    listed: true,
    networks: ['brumenta'],
    locations: points.map((point, index) => ({
      id: `${id}-${index}`,
      kind: 'practice',
      name: null,
      street: 'Rue du Verger 1',
      postcode: point.postcode ?? '1000',
      lat: point.lat,
      lon: point.lon,
      wheelchair: point.wheelchair ?? false,
    })),
    updatedAt: '2025-01-01T10:00:00.000Z',
    revision: 1,
    ...overrides,
  };
}
