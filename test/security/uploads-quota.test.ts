// Uploads are bounded (issue 11, Medium 8): anyone may create an account and apply, so each case
// and each account holds at most so many documents and so many megabytes. A refusal says which
// limit was reached, in the reader's language, keeps what the form had, and keeps no bytes;
// uploads sent at the same moment never get past the limit together.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDF } from '../applications/support/helpers.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import {
  applicant,
  pdfOf,
  submitDeclaration,
  submitServiceApplication,
  uploadToCase,
  uploadToDraft,
} from './support/applicant.ts';

const storedFiles = (t: TestApp) => readdirSync(join(t.dataDir, 'files')).length;
const KB_600 = 600 * 1024;

for (const engine of testEngines()) {
  describe(`upload quotas per case (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, {
        UPLOAD_CASE_MAX_FILES: '4',
        UPLOAD_CASE_MAX_MB: '1',
        UPLOAD_ACCOUNT_MAX_FILES: '100',
        UPLOAD_ACCOUNT_MAX_MB: '100',
      });
    });
    after(() => t.close());

    it('refuses a document past the number a case may hold, saying so and keeping the choice made', async () => {
      const { client } = await applicant(t, 'count@example.be', 'nl');
      const caseId = await submitDeclaration(t, client);
      for (let i = 0; i < 2; i++) {
        assert.equal((await uploadToCase(t, client, caseId, PDF, { locale: 'nl' })).statusCode, 303);
      }
      const before = storedFiles(t);
      const refused = await uploadToCase(t, client, caseId, PDF, { locale: 'nl', kind: 'visa' });
      assert.equal(refused.statusCode, 400);
      assert.match(
        refused.body,
        /Visum: dit dossier heeft zijn limiet voor documenten bereikt \(4 bestanden of 1 MB/,
      );
      assert.match(refused.body, /<option value="visa" selected/);
      assert.equal(storedFiles(t), before, 'nothing kept');
    });

    it('refuses a document that would take a case past its megabytes', async () => {
      const { client } = await applicant(t, 'bytes@example.be');
      const caseId = await submitDeclaration(t, client);
      assert.equal((await uploadToCase(t, client, caseId, pdfOf(KB_600))).statusCode, 303);
      const refused = await uploadToCase(t, client, caseId, pdfOf(KB_600));
      assert.equal(refused.statusCode, 400);
      assert.match(
        refused.body,
        /Autre document\u202f: ce dossier a atteint sa limite de documents \(4 fichiers ou 1 Mo/,
      );
      // A small one still fits.
      assert.equal((await uploadToCase(t, client, caseId, PDF)).statusCode, 303);
    });
  });

  describe(`upload quotas per account (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, {
        UPLOAD_CASE_MAX_FILES: '100',
        UPLOAD_CASE_MAX_MB: '100',
        UPLOAD_ACCOUNT_MAX_FILES: '4',
        UPLOAD_ACCOUNT_MAX_MB: '1',
      });
    });
    after(() => t.close());

    it('counts every case of the account: a second application cannot hold more', async () => {
      const { client } = await applicant(t, 'many-cases@example.be');
      await submitDeclaration(t, client); // two documents
      const second = await submitServiceApplication(t, client);
      for (let i = 0; i < 2; i++) {
        assert.equal((await uploadToCase(t, client, second, PDF, { locale: 'en' })).statusCode, 303);
      }
      const refused = await uploadToCase(t, client, second, PDF, { locale: 'en' });
      assert.equal(refused.statusCode, 400);
      assert.match(
        refused.body,
        /Other document: your account has reached its document limit \(4 files or 1 MB/,
      );
    });

    it('counts a questionnaire’s documents too, a replaced one only once', async () => {
      const { client } = await applicant(t, 'draft@example.be');
      assert.equal((await uploadToDraft(t, client, 'diploma', pdfOf(KB_600))).statusCode, 303);
      const refused = await uploadToDraft(t, client, 'visa', pdfOf(KB_600));
      assert.equal(refused.statusCode, 400);
      // After the document's name: "Diplôme : votre compte a atteint…".
      assert.match(refused.body, /Votre compte a atteint sa limite de documents \(4 fichiers ou 1 Mo/i);
      // A new diploma replaces the one sent before: the account does not hold more.
      assert.equal((await uploadToDraft(t, client, 'diploma', pdfOf(KB_600))).statusCode, 303);
    });
  });

  describe(`upload quotas under concurrent uploads (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine, { UPLOAD_CASE_MAX_FILES: '5' });
    });
    after(() => t.close());

    it('lets exactly the uploads that fit through when many arrive at once', async () => {
      const { client } = await applicant(t, 'burst@example.be');
      const caseId = await submitDeclaration(t, client); // two documents
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          uploadToCase(t, client, caseId, PDF, { filename: `burst-${i}.pdf` }),
        ),
      );
      const statuses = answers.map((answer) => answer.statusCode).sort();
      assert.deepEqual(statuses, [303, 303, 303, 400, 400, 400, 400, 400, 400, 400]);
      const page = await client.get(`/fr/my/applications/${caseId}`);
      assert.equal(page.body.match(/applications\/files\//g)?.length, 5);
      assert.equal(storedFiles(t), 5);
    });
  });
}
