// Clinicians for care tests, added through the directory's service like any other capability would.

import type { NewClinician } from '../../../src/directory/domain/types.ts';
import type { DirectoryService } from '../../../src/directory/service.ts';

export function clinician(
  familyName: string,
  networks: string[],
  overrides: Partial<NewClinician> = {},
): NewClinician {
  return {
    kind: 'psychologist',
    givenName: 'Camille',
    familyName,
    inami: null,
    visa: null,
    languages: ['fr', 'nl'],
    ageGroups: ['young-people', 'adults'],
    functions: ['support', 'treatment'],
    modes: ['individual', 'group'],
    specialities: [],
    acceptingNewPatients: true,
    waitingBand: 'within-a-month',
    phone: null,
    email: null,
    website: null,
    listed: true,
    networks,
    locations: [
      {
        kind: 'practice',
        name: null,
        street: 'Rue Haute 1',
        postcode: '1000',
        lat: 50.84,
        lon: 4.35,
        wheelchair: true,
      },
      {
        kind: 'outreach',
        name: 'CPAS',
        street: 'Rue Blaes 2',
        postcode: '1000',
        lat: 50.84,
        lon: 4.35,
        wheelchair: false,
      },
    ],
    ...overrides,
  };
}

/** Adds clinicians and returns each one's id and location ids. */
export async function addClinicians(directory: DirectoryService, inputs: NewClinician[]) {
  const ids = await directory.addClinicians(inputs);
  return Promise.all(
    ids.map(async (id) => {
      const found = await directory.getClinician(id);
      return { id, locations: found!.locations.map((location) => location.id) };
    }),
  );
}
