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
