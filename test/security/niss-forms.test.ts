// Every free-text field of the public forms and APIs refuses a valid national number (NISS),
// however it is written, with a sentence that says why, on the field (issue 11, item 7). Through
// the real app: the JSON APIs answer problem+json 400 naming the field, the pages answer 400 with
// the message and keep what was typed. Ordinary phone numbers and dates are still accepted.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateProfile } from '../../src/directory/domain/profile.ts';
import { DECLARATION, postForm, SERVICE } from '../applications/support/helpers.ts';
import { auth, TOKEN } from '../care/support/api.ts';
import { makeNiss } from '../care/support/niss.ts';
import { FormClient } from '../requests/support/client.ts';
import { GP_REQUEST, ORGANISATION_OFFER } from '../requests/support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import { applicant } from './support/applicant.ts';

const NISS = makeNiss('1985-07-30', 33);
const [YY, MM, DD, SERIAL, CHECK] = [0, 2, 4, 6, 9].map((at, i, all) => NISS.slice(at, all[i + 1]));
const FULLWIDTH = NISS.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));

/** The ways people write it, one per field, so that every field meets an evasive form. */
const FORMS = [
  `${YY}.${MM}.${DD}-${SERIAL}.${CHECK}`,
  `NISS: ${YY}${MM}${DD} ${SERIAL} ${CHECK}`,
  `rijksregisternummer ${YY}/${MM}/${DD}/${SERIAL}/${CHECK}`,
  `${YY}-${MM}-${DD}-${SERIAL}-${CHECK}`,
  FULLWIDTH,
  `${YY}${MM}${DD}\n${SERIAL}\n${CHECK}`,
  NISS.replace(/\d/g, (d) => String.fromCodePoint(0x0660 + Number(d))),
];
const form = (i: number) => FORMS[i % FORMS.length] as string;

/** A copy of `value` with `text` at the dotted `path`. */
function withField(value: unknown, path: string, text: string): Record<string, unknown> {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1] as string] = text;
  return copy;
}

const GP_FIELDS = [
  'practice.name',
  'practice.street',
  'requester.name',
  'requester.phone',
  'preferredTimes',
  'description',
];
const OFFER_FIELDS = [
  'organisation.name',
  'venue.street',
  'venue.openingTimes',
  'venue.targetPublicDetails',
  'contact.name',
  'contact.phone',
  'message',
];

const WHY = {
  fr: /N’écrivez pas de numéro de registre national \(NISS\)/,
  nl: /Schrijf hier geen rijksregisternummer \(INSZ\)/,
  en: /Do not write a national register number \(NISS\) here/,
};

for (const engine of testEngines()) {
  describe(`a NISS in free text is refused everywhere (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, { API_ADMIN_TOKEN: TOKEN });
    });
    after(() => t.close());

    for (const [url, body, fields] of [
      ['/api/v1/support-requests', GP_REQUEST, GP_FIELDS],
      ['/api/v1/partner-offers', ORGANISATION_OFFER, OFFER_FIELDS],
    ] as const) {
      it(`${url}: each free-text field, in each language`, async () => {
        for (const [i, field] of fields.entries()) {
          for (const lang of ['fr', 'nl', 'en'] as const) {
            const response = await t.app.inject({
              method: 'POST',
              url: `${url}?lang=${lang}`,
              payload: withField(body, field, `Dossier ${form(i)}`),
            });
            assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
            assert.match(response.headers['content-type'] as string, /^application\/problem\+json/);
            const errors = response.json().errors as { field: string; code: string; message: string }[];
            const error = errors.find((e) => e.field === field);
            assert.equal(error?.code, 'patient-identifier', `${field}: ${response.body}`);
            assert.match(error?.message ?? '', WHY[lang]);
            assert.ok(!response.body.includes(NISS), 'the answer does not repeat the number');
          }
        }
      });
    }

    it('the APIs still take phone numbers and dates', async () => {
      const gp = await t.app.inject({
        method: 'POST',
        url: '/api/v1/support-requests',
        payload: {
          ...GP_REQUEST,
          requester: { ...GP_REQUEST.requester, phone: '+32 470 12 34 56' },
          preferredTimes: 'Du 17/12/2026 au 18/12/2026, ou le 2026-12-21 12:30; 0470/12.34.56',
          description: 'Rappeler au 02 123 45 67 ou 0470 12 34 56 / 02 123 45 67 avant le 17/12/2026.',
        },
      });
      assert.equal(gp.statusCode, 201, gp.body);
      const offer = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partner-offers',
        payload: {
          ...ORGANISATION_OFFER,
          contact: { ...ORGANISATION_OFFER.contact, phone: '0470/12.34.56' },
          message: 'Libre du 1/2/2026-3/2/2026, tél. 010 12 34 56.',
        },
      });
      assert.equal(offer.statusCode, 201, offer.body);
    });

    it('the GP form pages refuse it on the field, say why and keep what was typed', async () => {
      const gp = new FormClient(t);
      await gp.get('/fr/professionals/support/kind');
      await gp.post('/fr/professionals/support/kind', { kind: 'case-advice' });
      const street = `Rue Marie-Christine 100 ${FULLWIDTH}`;
      let page = await gp.post('/fr/professionals/support/practice', {
        'practice.name': 'Cabinet Laeken',
        'practice.street': street,
        'practice.postcode': '1020',
      });
      assert.equal(page.status, 400);
      assert.match(page.body, WHY.fr);
      assert.ok(page.body.includes(`value="${street}"`), 'what was typed is kept');
      page = await gp.post('/fr/professionals/support/practice', {
        'practice.name': 'Cabinet Laeken',
        'practice.street': 'Rue Marie-Christine 100',
        'practice.postcode': '1020',
      });
      assert.equal(page.url, '/fr/professionals/support/contact');
      page = await gp.post('/fr/professionals/support/contact', {
        'requester.name': `Dr Peeters (patient ${form(1)})`,
        'requester.email': 'an@example.be',
        'requester.phone': '0470/12.34.56',
        'requester.language': 'fr',
      });
      assert.equal(page.status, 400);
      assert.match(page.body, WHY.fr);
    });

    it('the organisation form pages refuse it too', async () => {
      const org = new FormClient(t);
      await org.get('/nl/professionals/partner/offer');
      await org.post('/nl/professionals/partner/offer', { offer: 'room' });
      const page = await org.post('/nl/professionals/partner/organisation', {
        'organisation.name': `Buurthuis ${form(5)}`,
        'organisation.kind': 'amo',
        'organisation.enterpriseNumber': '',
      });
      assert.equal(page.status, 400);
      assert.match(page.body, WHY.nl);
    });

    it('the status look-up refuses it as a reference', async () => {
      const client = new FormClient(t);
      await client.get('/en/professionals/status');
      const page = await client.post('/en/professionals/status', {
        reference: form(0),
        email: 'a@example.be',
      });
      assert.equal(page.status, 400);
      assert.match(page.body, /This looks like a national register number \(NISS\), not a reference/);
      const ordinary = await client.post('/en/professionals/status', {
        reference: 'GP-ABCD-EFGH',
        email: 'a@example.be',
      });
      assert.equal(ordinary.status, 200);
    });

    it('sign-up refuses it as a display name', async () => {
      const client = new FormClient(t);
      await client.get('/en/create-account');
      const page = await client.post('/en/create-account', {
        kind: 'gp',
        displayName: `Dr Peeters ${form(2)}`,
        email: 'peeters.niss@example.be',
        password: 'tram cerise parapluie',
        language: 'en',
      });
      assert.equal(page.status, 400);
      assert.match(page.body, /Do not write a national register number \(NISS\) in your name/);
    });

    it('the questionnaires refuse it in names, streets and free text', async () => {
      const { client } = await applicant(t, 'niss.applicant@example.be', 'nl');
      const pages: [string, string, Record<string, string | string[]>, string][] = [
        ['/nl/professionals/join', 'identity', { givenName: `Lotte ${form(3)}` }, 'givenName'],
        [
          '/nl/professionals/join',
          'places',
          { 'practice.street': `Haachtsesteenweg ${form(4)}` },
          'practice.street',
        ],
        ['/nl/professionals/join', 'links', { links: form(5) }, 'links'],
        ['/nl/professionals/service', 'contact', { 'contact.name': `Sarah ${form(6)}` }, 'contact.name'],
        ['/nl/professionals/service', 'clinicians', { clinicians: `Claire ${form(0)}` }, 'clinicians'],
      ];
      for (const [base, section, change, field] of pages) {
        const answers = [...DECLARATION, ...SERVICE].find(([name]) => name === section)?.[1] ?? {};
        const response = await postForm(t, client, `${base}/${section}`, { ...answers, ...change });
        assert.equal(response.statusCode, 400, `${section}.${field}`);
        // After the field's name ("Voornaam: schrijf hier geen …").
        assert.match(response.body, /Schrijf hier geen rijksregisternummer \(INSZ\)/i, field);
      }
      const ordinary = await postForm(t, client, '/nl/professionals/join/identity', {
        ...(DECLARATION[0]?.[1] ?? {}),
        phone: '0470 12 34 56',
      });
      assert.equal(ordinary.statusCode, 303, ordinary.body);
    });

    it('the sessions API takes a NISS in `niss` only: a cancel reason with one is refused', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions/00000000-0000-4000-8000-000000000000/cancel?lang=en',
        headers: auth,
        payload: { reason: `Doublon du patient ${form(1)}` },
      });
      assert.equal(response.statusCode, 400, response.body);
      const error = response.json().errors?.[0];
      assert.equal(error?.field, 'reason');
      assert.equal(error?.code, 'patient-identifier');
      assert.match(error?.message ?? '', /Do not write a national register number \(NISS\) in the reason/);
      const ordinary = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions/00000000-0000-4000-8000-000000000000/cancel?lang=en',
        headers: auth,
        payload: { reason: 'Encodée deux fois le 17/12/2026' },
      });
      assert.equal(ordinary.statusCode, 404, ordinary.body);
    });
  });
}

describe('the public clinician profile refuses a NISS in its names, phone and places', () => {
  it('names the fields', () => {
    const outcome = validateProfile(
      {
        kind: 'psychologist',
        givenName: 'Lotte',
        familyName: `Peeters ${form(0)}`,
        inami: null,
        visa: null,
        languages: ['nl'],
        ageGroups: ['adults'],
        functions: ['support'],
        modes: ['individual'],
        specialities: [],
        acceptingNewPatients: true,
        waitingBand: 'under-2-weeks',
        phone: form(3),
        email: null,
        website: null,
        listed: true,
        networks: ['brumenta'],
        locations: [
          {
            kind: 'practice',
            name: `Cabinet ${form(4)}`,
            street: `Haachtsesteenweg ${form(5)}`,
            postcode: '1030',
            lat: null,
            lon: null,
            wheelchair: false,
          },
        ],
      },
      {
        networks: new Map([['brumenta', { minAge: 16, maxAge: null }]]),
        postcodes: new Map([['1030', { lat: 50.86, lon: 4.38 }]]),
        today: '2026-12-06',
      },
    );
    assert.equal(outcome.ok, false);
    const flagged = outcome.ok
      ? []
      : outcome.errors.filter((e) => e.code === 'patient-identifier').map((e) => e.field);
    assert.deepEqual(flagged.sort(), ['familyName', 'locations.0.name', 'locations.0.street', 'phone']);
  });
});
