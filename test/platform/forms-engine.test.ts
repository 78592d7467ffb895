// The form engine through the pages, as people without JavaScript use it: pages that apply to
// the answers so far, change links that come back to "check your answers", drafts kept in a
// signed cookie (no account) or in the account, and a documents page where a file chosen and
// then "Continue" is sent, never silently lost.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cookieOf, DECLARATION, fillAll, PDF, PNG } from '../applications/support/helpers.ts';
import { FormClient } from '../requests/support/client.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';

const SUPPORT = '/en/professionals/support';

/** Every page of the GP form, for a case-advice request from Laeken. */
async function fillSupport(gp: FormClient) {
  await gp.get(`${SUPPORT}/kind`);
  await gp.post(`${SUPPORT}/kind`, { kind: 'case-advice' });
  await gp.post(`${SUPPORT}/case-advice`, { caseAdviceFormat: 'fixed-time' });
  await gp.post(`${SUPPORT}/practice`, {
    'practice.name': 'Practice Laeken',
    'practice.street': 'Rue Marie-Christine 100',
    'practice.postcode': '1020',
  });
  await gp.post(`${SUPPORT}/contact`, {
    'requester.name': 'Dr An Peeters',
    'requester.email': 'an@example.be',
    'requester.phone': '',
    'requester.language': 'en',
  });
  await gp.post(`${SUPPORT}/age-group`, { ageGroup: 'adults' });
  await gp.post(`${SUPPORT}/times`, { preferredTimes: 'Thursdays at noon' });
  return gp.post(`${SUPPORT}/description`, { description: 'Advice on a patient with panic attacks.' });
}

/** The documents page's one form, as a browser sends it: every file input, chosen or not. */
async function postDocuments(
  t: TestApp,
  client: TestClient,
  files: Partial<Record<'diploma' | 'visa', { name: string; content: Buffer }>>,
  fields: Record<string, string> = {},
) {
  const page = await client.get('/fr/professionals/join/documents');
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const boundary = '----engine-test-boundary';
  const part = (head: string, body: Buffer | string) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; ${head}\r\n`),
      Buffer.from(body),
      Buffer.from('\r\n'),
    ]);
  const parts = Object.entries({ _csrf: token, ...fields }).map(([name, value]) =>
    part(`name="${name}"\r\n`, value),
  );
  for (const kind of ['diploma', 'visa'] as const) {
    const file = files[kind];
    parts.push(
      part(
        `name="document-${kind}"; filename="${file?.name ?? ''}"\r\nContent-Type: application/octet-stream\r\n`,
        file?.content ?? Buffer.alloc(0),
      ),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url: '/fr/professionals/join/documents',
    headers: { cookie: cookieOf(client), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

for (const engine of testEngines()) {
  describe(`the form engine (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    it('asks only the pages that apply to the answers so far', async () => {
      const gp = new FormClient(t);
      await gp.get(`${SUPPORT}/kind`);
      let page = await gp.post(`${SUPPORT}/kind`, { kind: 'knowledge-session' });
      assert.equal(page.url, `${SUPPORT}/topics`, 'topics follow a knowledge session');
      page = await gp.get(`${SUPPORT}/case-advice`);
      assert.equal(page.url, `${SUPPORT}/topics`, 'a page that does not apply sends on to what is missing');
      page = await gp.post(`${SUPPORT}/topics`, { topics: ['where-to-refer'] });
      assert.equal(page.url, `${SUPPORT}/practice`);
      assert.match(
        page.body,
        new RegExp(`class="back-link" href="${SUPPORT}/topics"`),
        'back skips case advice',
      );
    });

    it('brings a change back to “check your answers”, and to a page the change made necessary', async () => {
      const gp = new FormClient(t);
      let page = await fillSupport(gp);
      assert.equal(page.url, `${SUPPORT}/check`);
      assert.match(page.body, new RegExp(`href="${SUPPORT}/practice\\?return=check"`));
      page = await gp.get(`${SUPPORT}/practice?return=check`);
      assert.match(page.body, /name="return" value="check"/);
      assert.match(page.body, new RegExp(`class="back-link" href="${SUPPORT}/check"`));
      assert.match(page.body, /value="Practice Laeken"/);
      page = await gp.post(`${SUPPORT}/practice`, {
        return: 'check',
        'practice.name': 'Practice Laeken-Centre',
        'practice.street': 'Rue Marie-Christine 100',
        'practice.postcode': '1020',
      });
      assert.equal(page.url, `${SUPPORT}/check`);
      assert.match(page.body, /Practice Laeken-Centre/);
      page = await gp.post(`${SUPPORT}/kind`, { return: 'check', kind: 'knowledge-session' });
      assert.equal(page.url, `${SUPPORT}/topics`, 'the new kind asks its topics first');
    });

    it('keeps a draft without an account in a signed cookie, and forgets it once sent', async () => {
      const gp = new FormClient(t);
      const first = await t.app.inject({ method: 'GET', url: `${SUPPORT}/kind` });
      const token = /name="_csrf" value="([^"]+)"/.exec(first.body)?.[1] ?? '';
      const csrfCookie = first.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const saved = await t.app.inject({
        method: 'POST',
        url: `${SUPPORT}/kind`,
        headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: token, kind: 'joint-consultation' }).toString(),
      });
      const draft = saved.cookies.find((c) => c.name === 'passerelle_support_draft');
      assert.ok(draft, 'the draft cookie is set');
      assert.equal(draft.httpOnly, true);
      const [id, signature] = draft.value.split('.');
      assert.ok(id && signature, 'the id is signed');
      const forged = await t.app.inject({
        method: 'GET',
        url: `${SUPPORT}/kind`,
        headers: { cookie: `passerelle_support_draft=${id}.forged` },
      });
      assert.doesNotMatch(
        forged.body,
        /value="joint-consultation" checked/,
        'a forged cookie reads no draft',
      );
      const back = await t.app.inject({
        method: 'GET',
        url: `${SUPPORT}/kind`,
        headers: { cookie: `passerelle_support_draft=${draft.value}` },
      });
      assert.match(back.body, /value="joint-consultation" checked/, 'the answer is kept on the server');

      let page = await fillSupport(gp);
      page = await gp.post(`${SUPPORT}/check`, {});
      assert.equal(page.url, `${SUPPORT}/confirmation`);
      assert.match(page.body, /data-reference="true">GP-/);
      page = await gp.get(`${SUPPORT}/kind`);
      assert.doesNotMatch(page.body, /checked/, 'the sent draft is forgotten');
    });

    it('keeps an account’s draft in the account, and asks someone signed out to sign in first', async () => {
      const signedOut = await t.app.inject({ method: 'GET', url: '/en/professionals/join/identity' });
      assert.equal(signedOut.statusCode, 303);
      assert.equal(signedOut.headers.location, '/en/professionals/join');
      const accountId = await createPerson(t, { email: 'engine-draft@example.be', locale: 'en' });
      const laptop = await signedInClient(t, accountId);
      await laptop.get('/en/professionals/join/identity');
      const wrong = await laptop.post('/en/professionals/join/identity', {
        kind: 'psychologist',
        givenName: 'Lotte',
        familyName: 'Peeters',
        phone: 'call me',
      });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /href="#phone">Phone: enter a phone number/);
      const phone = await signedInClient(t, accountId);
      const again = await phone.get('/en/professionals/join/identity');
      assert.match(again.body, /value="Lotte"/, 'another device finds the typed answers');
      assert.match(again.body, /value="call me"/, 'wrong answers too, to be fixed');
      const start = await phone.get('/en/professionals/join');
      assert.match(start.body, /href="\/en\/professionals\/join\/identity">Continue where you stopped/);
    });

    it('sends a chosen file with “Continue”, and names the document when one is refused', async () => {
      const accountId = await createPerson(t, { email: 'engine-documents@example.be', locale: 'fr' });
      const clinician = await signedInClient(t, accountId);
      await fillAll(t, clinician, '/fr/professionals/join', DECLARATION);

      let answer = await postDocuments(t, clinician, { diploma: { name: 'diplome.pdf', content: PDF } });
      assert.equal(answer.statusCode, 400, 'the visa is still missing');
      assert.match(answer.body, /Ajouté\u202f: diplome.pdf/, 'the chosen diploma was kept');
      assert.match(answer.body, /href="#document-visa">Ajoutez une copie de votre visa\./);

      answer = await postDocuments(t, clinician, {
        visa: { name: 'visa.pdf', content: Buffer.from('not a pdf') },
      });
      assert.equal(answer.statusCode, 400);
      assert.match(answer.body, /href="#document-visa">Visa\u202f: le fichier n’est ni un PDF/);

      answer = await postDocuments(t, clinician, {}, { send: 'visa' });
      assert.equal(answer.statusCode, 400);
      assert.match(answer.body, /href="#document-visa">Visa\u202f: choisissez un fichier\./);

      answer = await postDocuments(
        t,
        clinician,
        { visa: { name: 'visa.png', content: PNG } },
        { send: 'visa' },
      );
      assert.equal(answer.statusCode, 303);
      assert.equal(answer.headers.location, '/fr/professionals/join/documents', '“send” stays on the page');

      answer = await postDocuments(t, clinician, {});
      assert.equal(answer.statusCode, 303);
      assert.equal(answer.headers.location, '/fr/professionals/join/check');
      const check = await clinician.get('/fr/professionals/join/check');
      assert.match(check.body, /diplome\.pdf/);
      assert.match(check.body, /visa\.png/);
    });
  });
}
