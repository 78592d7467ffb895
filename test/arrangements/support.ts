// A Passerelle with a GP's case-advice request ("le jeudi de 12h30 à 13h30") acknowledged and
// assigned to the clinician Ana, signed-in people around it, and a clock the tests move.

import assert from 'node:assert/strict';
import { addClinicians, clinician } from '../care/support/clinicians.ts';
import { GP_REQUEST } from '../requests/support/fixtures.ts';
import { coordinator } from '../requests/support/people.ts';
import { createClinicianAccount, createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import type { TestEngine } from '../support/database.ts';
import { TestClient } from '../support/http-client.ts';

/** Monday 1 March 2027, 10:00 in Brussels: the first Thursday is 4 March, summer time starts on 28 March. */
export const MONDAY = new Date('2027-03-01T09:00:00Z');

export const CASE_ADVICE_REQUEST = {
  ...GP_REQUEST,
  kind: 'case-advice',
  caseAdviceFormat: 'fixed-time',
  preferredTimes: 'Le jeudi de 12h30 à 13h30',
  requester: { ...GP_REQUEST.requester, language: 'fr' },
};

export const ANA_EMAIL = 'ana.clinician@example.be';

export const ARRANGEMENT_FORM = {
  weekday: 'th',
  startTime: '12:30',
  endTime: '13:30',
  firstDay: '01/03/2027',
  lastDay: '08/04/2027',
  everyWeeks: '1',
  venue: 'Cabinet Laeken, Rue Marie-Christine 100, 1020 Laeken',
  onlineUrl: '',
};

export type Persona =
  | 'anonymous'
  | 'gp'
  | 'ana'
  | 'ben'
  | 'zone-coordinator'
  | 'other-zone-coordinator'
  | 'network-admin';

export interface ArrangementWorld {
  t: TestApp;
  caseId: string;
  reference: string;
  clients: Map<Persona, TestClient>;
  /** Moves the clock; sessions idle out, so everyone signs in again. */
  setNow(at: Date): Promise<void>;
}

export async function startArrangementWorld(engine: TestEngine): Promise<ArrangementWorld> {
  let now = MONDAY;
  const t = await startTestApp(engine, {}, undefined, { clock: () => now });
  const [ana, ben] = await addClinicians(t.services.directory, [
    // Ana's profile gives an address: she is told when the GP skips a date or ends it.
    clinician('Ana', ['brumenta', 'bru-stars'], { email: ANA_EMAIL }),
    clinician('Ben', ['brumenta', 'bru-stars']),
  ]);
  const submitted = await t.app.inject({
    method: 'POST',
    url: '/api/v1/support-requests',
    payload: CASE_ADVICE_REQUEST,
  });
  assert.equal(submitted.statusCode, 201, submitted.body);
  const caseId = submitted.json().id as string;
  const boss = coordinator('north-west');
  assert.ok((await t.services.requests.cases.act(boss, caseId, 'acknowledge', {}, undefined, now)).ok);
  const assigned = await t.services.requests.cases.act(
    boss,
    caseId,
    'assign-clinician',
    { clinicianId: ana!.id },
    undefined,
    now,
  );
  assert.ok(assigned.ok, JSON.stringify(assigned));
  const clients = new Map<Persona, TestClient>([['anonymous', new TestClient(t)]]);
  const accounts = new Map<Persona, string>();
  const grants = {
    gp: [{ role: 'gp' as const }],
    'zone-coordinator': [
      { role: 'coordinator' as const, networkId: 'brumenta', zoneId: 'north-west' },
      { role: 'coordinator' as const, networkId: 'bru-stars', zoneId: 'north-west' },
    ],
    'other-zone-coordinator': [{ role: 'coordinator' as const, networkId: 'brumenta', zoneId: 'east' }],
    'network-admin': [{ role: 'network-admin' as const, networkId: 'brumenta' }],
  };
  for (const [persona, list] of Object.entries(grants)) {
    const id = await createPerson(t, { email: `${persona}@example.be`, grants: list });
    accounts.set(persona as Persona, id);
    clients.set(persona as Persona, await signedInClient(t, id));
  }
  for (const [name, directoryId] of [
    ['ana', ana!.id],
    ['ben', ben!.id],
  ] as const) {
    const account = await createClinicianAccount(t, directoryId, { email: `${name}@example.be` });
    accounts.set(name, account);
    clients.set(name, await signedInClient(t, account));
  }
  return {
    t,
    caseId,
    reference: assigned.ok ? assigned.record.reference : '',
    clients,
    setNow: async (at) => {
      now = at;
      for (const [persona, account] of accounts) clients.set(persona, await signedInClient(t, account));
    },
  };
}
