// Helpers for the applications tests: answers to both questionnaires, multipart uploads
// through app.inject (what a browser sends without JavaScript), and the staff who act.

import type { LightMyRequestResponse } from 'fastify';
import type { GrantScope } from '../../../src/platform/auth/roles.ts';
import type { TestApp } from '../../support/app.ts';
import type { TestClient } from '../../support/http-client.ts';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const none = { networkId: null, zoneId: null, bodyId: null };
export function coordinatorOf(zoneId: string): GrantScope[] {
  return [
    { ...none, role: 'coordinator', networkId: 'bru-stars', zoneId },
    { ...none, role: 'coordinator', networkId: 'brumenta', zoneId },
  ];
}

/** A declaration's pages, in order, as a Dutch-speaking psychologist in Schaerbeek (zone east) answers them. */
export const DECLARATION: Array<[string, Record<string, string | string[]>]> = [
  ['identity', { kind: 'psychologist', givenName: 'Lotte', familyName: 'Peeters', phone: '02 555 12 34' }],
  ['registration', { visa: '123456', inami: '5.12345.09.890' }],
  ['employment', { employment: 'self-employed', employer: '' }],
  ['languages', { languages: ['nl', 'fr'] }],
  ['ages', { ageGroups: ['adults', 'young-people'] }],
  [
    'functions',
    {
      functions: ['support', 'treatment'],
      experienceYears: '8',
      longTraining: 'no',
      trainings: 'Systeemtherapie',
    },
  ],
  ['specialities', { specialities: ['anxiety', 'burnout'] }],
  ['places', { 'practice.street': 'Haachtsesteenweg 100', 'practice.postcode': '1030', outreach: '' }],
  ['sessions', { sessionsPerWeek: '6', networks: 'adult' }],
  ['links', { links: 'Huisartsenpraktijk Noord' }],
];

export const SERVICE: Array<[string, Record<string, string | string[]>]> = [
  [
    'organisation',
    {
      'organisation.name': 'Maison médicale du Canal',
      'organisation.enterpriseNumber': '0123.456.749',
      'organisation.kind': 'medical-centre',
    },
  ],
  ['address', { 'organisation.street': 'Rue du Canal 5', 'organisation.postcode': '1020' }],
  ['contact', { 'contact.name': 'Sarah Dubois', 'contact.phone': '02 411 22 33', 'contact.language': 'fr' }],
  ['clinicians', { clinicians: 'Claire Martin, psychologue\nÀ recruter: un·e orthopédagogue' }],
  ['offeredFunctions', { functions: ['community', 'support'] }],
  ['hours', { hoursPerWeek: '12' }],
  ['public', { ageGroups: ['young-people', 'adults'], publicDescription: 'Jeunes adultes du quartier' }],
  ['locations', { locations: 'Maison médicale, CPAS de Laeken (lieu d’accroche)' }],
  ['networks', { networks: 'both' }],
];

/** Posts a form whose fields may repeat (checkboxes), with the CSRF token of the page read first. */
export async function postForm(
  t: TestApp,
  client: TestClient,
  page: string,
  fields: Record<string, string | string[]>,
) {
  const read = await client.get(page);
  const token = /name="_csrf" value="([^"]+)"/.exec(read.body)?.[1] ?? '';
  const params = new URLSearchParams({ _csrf: token });
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  }
  return t.app.inject({
    method: 'POST',
    url: page.split('?')[0]!,
    headers: { cookie: cookieOf(client), 'content-type': 'application/x-www-form-urlencoded' },
    payload: params.toString(),
  });
}

export function cookieOf(client: TestClient): string {
  return [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** A multipart form post, as a browser sends it: fields, then one file. */
export async function upload(
  t: TestApp,
  client: TestClient,
  input: {
    page: string;
    action: string;
    fields: Record<string, string>;
    filename: string;
    content: Buffer;
    type?: string;
  },
): Promise<LightMyRequestResponse> {
  const read = await client.get(input.page);
  const token = /name="_csrf" value="([^"]+)"/.exec(read.body)?.[1] ?? '';
  const boundary = '----passerelle-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ _csrf: token, ...input.fields })) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${input.filename}"\r\nContent-Type: ${input.type ?? 'application/pdf'}\r\n\r\n`,
    ),
    input.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return t.app.inject({
    method: 'POST',
    url: input.action,
    headers: { cookie: cookieOf(client), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

/** Fills every page of a questionnaire; returns the last answer. */
export async function fillAll(t: TestApp, client: TestClient, base: string, pages: typeof DECLARATION) {
  for (const [section, fields] of pages) {
    const response = await postForm(t, client, `${base}/${section}`, fields);
    if (response.statusCode !== 303)
      throw new Error(`${section}: ${response.statusCode} ${response.body.slice(0, 3000)}`);
  }
}

export function caseIdFrom(location: string): string {
  const id = /applications\/([0-9a-f-]{36})/.exec(location)?.[1];
  if (!id) throw new Error(`no case id in ${location}`);
  return id;
}

/** Takes a staff action from the case page's form. */
export async function act(
  t: TestApp,
  client: TestClient,
  locale: string,
  id: string,
  action: string,
  fields: Record<string, string>,
) {
  const page = await client.get(`/${locale}/applications/${id}`);
  const form = new RegExp(
    `action="/${locale}/applications/${id}/actions/${action}"[\\s\\S]*?name="version" value="(\\d+)"`,
  ).exec(page.body);
  return t.app.inject({
    method: 'POST',
    url: `/${locale}/applications/${id}/actions/${action}`,
    headers: { cookie: cookieOf(client), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      _csrf: /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '',
      version: form?.[1] ?? '',
      ...fields,
    }).toString(),
  });
}
