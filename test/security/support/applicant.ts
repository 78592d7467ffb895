// An applicant with a submitted case, and the multipart posts of the document forms, for the
// security tests of uploads and documents.

import type { LightMyRequestResponse } from 'fastify';
import {
  caseIdFrom,
  DECLARATION,
  fillAll,
  PDF,
  SERVICE,
  upload,
} from '../../applications/support/helpers.ts';
import { createPerson, signedInClient } from '../../support/accounts.ts';
import type { TestApp } from '../../support/app.ts';
import type { TestClient } from '../../support/http-client.ts';

/** A PDF of about `bytes` bytes (its content is checked, so it starts like one). */
export function pdfOf(bytes: number): Buffer {
  return Buffer.concat([PDF, Buffer.alloc(Math.max(0, bytes - PDF.length), 0x20)]);
}

/** A signed-in person with no role, as anyone who creates an account is. */
export async function applicant(t: TestApp, email: string, locale = 'fr') {
  const accountId = await createPerson(t, { email, locale });
  return { accountId, client: await signedInClient(t, accountId) };
}

/** Posts a document from the questionnaire's documents page (a draft: no case yet). */
export function uploadToDraft(
  t: TestApp,
  client: TestClient,
  kind: 'diploma' | 'visa',
  content: Buffer,
  filename = `${kind}.pdf`,
  locale = 'fr',
): Promise<LightMyRequestResponse> {
  return upload(t, client, {
    page: `/${locale}/professionals/join/documents`,
    action: `/${locale}/professionals/join/documents/upload`,
    fields: { documentKind: kind },
    filename,
    content,
  });
}

/** Posts a document to a case from the applicant's space (no version: it never goes stale). */
export function uploadToCase(
  t: TestApp,
  client: TestClient,
  caseId: string,
  content: Buffer,
  options: { kind?: string; filename?: string; locale?: string } = {},
): Promise<LightMyRequestResponse> {
  const space = `/${options.locale ?? 'fr'}/my/applications/${caseId}`;
  return upload(t, client, {
    page: space,
    action: `${space}/documents`,
    fields: { documentKind: options.kind ?? 'other' },
    filename: options.filename ?? 'attestation.pdf',
    content,
  });
}

/** Fills and submits a clinician's declaration with a diploma and a visa; returns the case id. */
export async function submitDeclaration(t: TestApp, client: TestClient): Promise<string> {
  await fillAll(t, client, '/fr/professionals/join', DECLARATION);
  for (const kind of ['diploma', 'visa'] as const) {
    const sent = await uploadToDraft(t, client, kind, PDF);
    if (sent.statusCode !== 303) throw new Error(`${kind}: ${sent.statusCode}`);
  }
  await client.get('/fr/professionals/join/check');
  return caseIdFrom((await client.post('/fr/professionals/join/check')).headers.location as string);
}

/** Fills and submits a service application (it has no documents of its own); returns the case id. */
export async function submitServiceApplication(t: TestApp, client: TestClient): Promise<string> {
  await fillAll(t, client, '/fr/professionals/service', SERVICE);
  await client.get('/fr/professionals/service/check');
  return caseIdFrom((await client.post('/fr/professionals/service/check')).headers.location as string);
}
