// What an upload's sender controls besides the bytes (issue 11, Low): the file's name, which
// staff read later, and the case id in the URL. A name with characters that reorder or hide
// text ("invoice\u202Efdp.pdf" shows as "invoicepdf.exe"…) or any other control character is
// refused with a message that says why; names in any script are kept. A case id that is not
// one answers 404, for a multipart post too, never 500.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { draftFiles } from '../../src/applications/store.ts';
import { cookieOf, PDF } from '../applications/support/helpers.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';
import { applicant, submitDeclaration, uploadToCase, uploadToDraft } from './support/applicant.ts';

/** Names that display differently from what they are, or carry control characters. */
const HIDING_NAMES: Record<string, string> = {
  'right-to-left override': 'facture\u202Efdp.exe',
  'left-to-right embedding': 'a\u202Ab.pdf',
  'pop directional formatting': 'a\u202Cb.pdf',
  'right-to-left isolate': 'a\u2067b\u2069.pdf',
  'first strong isolate': 'a\u2068b.pdf',
  'left-to-right mark': 'a\u200Eb.pdf',
  'right-to-left mark': 'a\u200Fb.pdf',
  'arabic letter mark': 'a\u061Cb.pdf',
  'zero width space': 'a\u200Bb.pdf',
  'byte order mark': '\uFEFFa.pdf',
  'line separator': 'a\u2028b.pdf',
  'C1 control (next line)': 'a\u0085b.pdf',
  'C0 control (escape)': 'a\u001Bb.pdf',
};

/** Ordinary names in other scripts, with accents or spaces: kept as sent. */
const FINE_NAMES = ['diplôme été 2024.pdf', 'شهادة.pdf', 'תעודה.pdf', 'Zeugnis (Kopie).pdf'];

// Any case: on the questionnaire the sentence follows the document's name ("Diploma: de …").
const MESSAGES = {
  fr: /Le nom du fichier contient des caractères invisibles ou qui changent le sens de lecture/i,
  nl: /De bestandsnaam bevat onzichtbare tekens of tekens die de leesrichting veranderen/i,
  en: /The file name contains invisible characters or characters that change the reading direction/i,
};

/** A multipart post whose Content-Disposition carries `disposition` as given (e.g. filename*=). */
async function rawUpload(t: TestApp, client: TestClient, page: string, action: string, disposition: string) {
  const read = await client.get(page);
  const token = /name="_csrf" value="([^"]+)"/.exec(read.body)?.[1] ?? '';
  const boundary = '----passerelle-raw';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="documentKind"\r\n\r\nother\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\n`),
    Buffer.from('Content-Type: application/pdf\r\n\r\n'),
    PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: action,
    headers: { cookie: cookieOf(client), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

for (const engine of testEngines()) {
  describe(`upload names and case ids (${engine})`, () => {
    let t: TestApp;
    let client: TestClient;
    let accountId = '';
    let caseId = '';
    const stored = () => readdirSync(join(t.dataDir, 'files')).length;

    before(async () => {
      t = await startTestApp(engine);
      ({ client, accountId } = await applicant(t, 'names@example.be'));
      caseId = await submitDeclaration(t, client);
    });
    after(() => t.close());

    it('refuses names with direction or control characters on a case, with the reason, in each language', async () => {
      const before = stored();
      for (const [what, filename] of Object.entries(HIDING_NAMES)) {
        for (const locale of ['fr', 'nl', 'en'] as const) {
          const answer = await uploadToCase(t, client, caseId, PDF, { filename, locale });
          assert.equal(answer.statusCode, 400, `${what} (${locale})`);
          assert.match(answer.body, MESSAGES[locale], `${what} (${locale})`);
          // The error names the document it is about ("Autre document : …").
          const name = { fr: 'Autre document\u202f:', nl: 'Ander document:', en: 'Other document:' }[locale];
          assert.ok(answer.body.includes(name), `${what} (${locale}) names the document`);
        }
      }
      assert.equal(stored(), before, 'nothing kept');
    });

    it('refuses them in the questionnaire too, and when the name comes as filename*=UTF-8', async () => {
      const draft = await uploadToDraft(
        t,
        client,
        'diploma',
        PDF,
        HIDING_NAMES['right-to-left override'],
        'nl',
      );
      assert.equal(draft.statusCode, 400);
      assert.match(draft.body, MESSAGES.nl);
      const space = `/en/my/applications/${caseId}`;
      const encoded = await rawUpload(
        t,
        client,
        space,
        `${space}/documents`,
        `filename*=UTF-8''facture%E2%80%AEfdp.exe`,
      );
      assert.equal(encoded.statusCode, 400);
      assert.match(encoded.body, MESSAGES.en);
    });

    it('keeps ordinary names in any script', async () => {
      for (const filename of FINE_NAMES) {
        assert.equal((await uploadToCase(t, client, caseId, PDF, { filename })).statusCode, 303, filename);
      }
      const page = await client.get(`/fr/my/applications/${caseId}`);
      for (const filename of FINE_NAMES) assert.ok(page.body.includes(filename), filename);
    });

    it('answers 4xx, never 500, to a case id that is not one, for multipart posts too', async () => {
      const ids = ['not-a-uuid', '-'.repeat(36), '%00', "1'or'1", caseId.toUpperCase().replace(/-/g, '_')];
      // The form's token comes from a real page: the refusal must come from the id, not CSRF.
      const post = (id: string) =>
        rawUpload(
          t,
          client,
          `/fr/my/applications/${caseId}`,
          `/fr/my/applications/${id}/documents`,
          'filename="a.pdf"',
        );
      for (const id of ids) {
        // A NUL anywhere in a request is refused before any route runs (400); any other id is no case.
        const expected = id === '%00' ? 400 : 404;
        const answer = await post(id);
        assert.equal(answer.statusCode, expected, `upload to ${id.slice(0, 40)}`);
        assert.equal(
          (await client.get(`/fr/my/applications/${id}`)).statusCode,
          expected,
          `page ${id.slice(0, 40)}`,
        );
      }
      // Longer than a route parameter may be: refused before any route runs.
      assert.equal((await post('x'.repeat(5000))).statusCode, 414);
      // No id at all is no case either (and not the questionnaire's documents).
      assert.equal((await post('')).statusCode, 404, 'empty id');
      assert.deepEqual(await draftFiles(t.database.db, accountId), []);
    });
  });
}
