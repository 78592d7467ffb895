// What care API tests share: the admin token, and a session to record with overrides.

import { makeNiss } from './niss.ts';

export const TOKEN = 'test-admin-token-0123456789abcdef-care';
export const auth = { authorization: `Bearer ${TOKEN}` };

export function sessionBody(
  clinician: { id: string; locations: string[] },
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    niss: makeNiss('1980-02-14', 101),
    birthDate: '1980-02-14',
    bim: false,
    date: '2024-05-10',
    function: 'support',
    mode: 'individual',
    locationId: clinician.locations[0],
    networkId: 'brumenta',
    clinicianId: clinician.id,
    functionalAssessment: false,
    ...overrides,
  };
}

/** The quote contract's example (issue 3): an adult's second support session in May 2024. */
export const QUOTE_EXAMPLE = {
  date: '2024-05-10',
  birthDate: '1990-03-01',
  bim: false,
  function: 'support',
  mode: 'individual',
  networkType: 'adult',
  functionalAssessment: false,
  history: [{ date: '2024-04-02', function: 'support', mode: 'individual' }],
};
