// One Passerelle with someone in every role and something in every work list, for tests that
// visit every page (the narrow-screen test): a GP's request and an organisation's offer in the
// inbox, a declaration of interest sent, a clinician with a profile, a committee and the admins.
// Data goes in through the public API and the pages' forms, as people send it.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../../src/platform/auth/plugin.ts';
import {
  caseIdFrom,
  coordinatorOf,
  DECLARATION,
  fillAll,
  PDF,
  PNG,
  upload,
} from '../../applications/support/helpers.ts';
import { validProfile } from '../../directory/fixtures.ts';
import { GP_REQUEST, ORGANISATION_OFFER } from '../../requests/support/fixtures.ts';
import { createPerson, signedInClient } from '../../support/accounts.ts';
import type { Journey } from './browser.ts';

export const ROLES = ['coordinator', 'clinician', 'applicant', 'committee-member', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Everyone {
  accounts: Record<Role, string>;
  clinicianId: string;
  request: { id: string; reference: string; email: string };
  offerId: string;
  applicationId: string;
}

const ALL_ZONES = ['east', 'south', 'north-west', 'centre-west'].flatMap(coordinatorOf);

export async function fillEveryone(journey: Journey): Promise<Everyone> {
  const { t } = journey;
  const sent = await t.app.inject({ method: 'POST', url: '/api/v1/support-requests', payload: GP_REQUEST });
  assert.equal(sent.statusCode, 201, sent.body);
  const offer = await t.app.inject({
    method: 'POST',
    url: '/api/v1/partner-offers',
    payload: ORGANISATION_OFFER,
  });
  assert.equal(offer.statusCode, 201, offer.body);

  const accounts: Record<Role, string> = {
    coordinator: await createPerson(t, { email: 'all-zones@coordination.example', grants: ALL_ZONES }),
    clinician: await createPerson(t, { email: 'ilvane@demo.example', grants: [{ role: 'clinician' }] }),
    applicant: await createPerson(t, { email: 'lotte@example.be', displayName: 'Lotte Peeters' }),
    'committee-member': await createPerson(t, {
      email: 'anne@brumenta.example',
      displayName: 'Anne Dupont',
      grants: [{ role: 'committee-member', bodyId: 'brumenta-crr' }],
    }),
    admin: await createPerson(t, {
      email: 'admin@passerelle.example',
      grants: [{ role: 'platform-admin' }, { role: 'network-admin', networkId: 'brumenta' }],
    }),
  };

  const checked = t.services.directory.validate(validProfile({ updatedAt: '2025-01-02' }));
  assert.ok(checked.ok);
  const [clinicianId] = (await t.services.directory.addClinicians([checked.value])) as [string];
  await t.services.directory.linkAccount(clinicianId, accounts.clinician);

  // A declaration of interest sent with its documents: the applicant's space and the coordinator's case.
  const applicant = await signedInClient(t, accounts.applicant);
  await fillAll(t, applicant, '/nl/professionals/join', DECLARATION);
  const documents = {
    page: '/nl/professionals/join/documents',
    action: '/nl/professionals/join/documents/upload',
  };
  for (const [kind, filename, content, type] of [
    ['diploma', 'diploma.pdf', PDF, 'application/pdf'],
    ['visa', 'visum.png', PNG, 'image/png'],
  ] as const) {
    const uploaded = await upload(t, applicant, {
      ...documents,
      fields: { documentKind: kind },
      filename,
      content,
      type,
    });
    assert.equal(uploaded.statusCode, 303, uploaded.body);
  }
  await applicant.get('/nl/professionals/join/check');
  const submitted = await applicant.post('/nl/professionals/join/check');
  assert.equal(submitted.statusCode, 303, submitted.body);

  return {
    accounts,
    clinicianId,
    request: { id: sent.json().id, reference: sent.json().reference, email: GP_REQUEST.requester.email },
    offerId: offer.json().id,
    applicationId: caseIdFrom(submitted.headers.location as string),
  };
}

/** A browser page already signed in as the account (a session opened directly), at `width` pixels. */
export async function pageAs(journey: Journey, accountId: string | null, width: number): Promise<Page> {
  const context = await journey.browser.newContext({
    baseURL: journey.baseUrl,
    locale: 'fr-BE',
    viewport: { width, height: 640 },
  });
  if (accountId) {
    const token = await journey.t.services.accounts.auth.sessions.start(journey.t.database.db, accountId);
    await context.addCookies([
      { name: SESSION_COOKIE, value: journey.t.app.signCookie(token), url: journey.baseUrl, httpOnly: true },
    ]);
  }
  return context.newPage();
}
