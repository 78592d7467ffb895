// Who reads an application's documents, and the trace each read leaves (issue 11, Medium 6 and
// Low): the members of the deciding body an application is put to read its documents as they
// read the case, members of other bodies still get 404; and every download, by the applicant,
// staff or a member, is in the audit log with who, which case and which document, never the
// document itself.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { caseFiles, draftFiles } from '../../src/applications/store.ts';
import { auditLog } from '../../src/platform/audit/tables.ts';
import { act, coordinatorOf, PDF } from '../applications/support/helpers.ts';
import { createPerson, signedInClient } from '../support/accounts.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testEngines } from '../support/database.ts';
import type { TestClient } from '../support/http-client.ts';
import { applicant, submitDeclaration, uploadToDraft } from './support/applicant.ts';

const none = { networkId: null, zoneId: null, bodyId: null };
const DOWNLOAD = 'application.document.download';

for (const engine of testEngines()) {
  describe(`application documents: committee readers and audited downloads (${engine})`, () => {
    let t: TestApp;
    let owner: { accountId: string; client: TestClient };
    let coordinator: TestClient;
    let coordinatorId = '';
    let member: TestClient;
    let memberId = '';
    let otherMember: TestClient;
    let otherMemberId = '';
    let caseId = '';
    let fileIds: string[] = [];

    const downloads = () => t.database.db.select().from(auditLog).where(eq(auditLog.action, DOWNLOAD));
    const file = (client: TestClient, id: string) => client.get(`/fr/applications/files/${id}`);

    before(async () => {
      t = await startTestApp(engine);
      owner = await applicant(t, 'applicant@example.be');
      caseId = await submitDeclaration(t, owner.client); // zone east, network brumenta
      fileIds = (await caseFiles(t.database.db, caseId)).map((f) => f.id);
      coordinatorId = await createPerson(t, { email: 'east@example.be', grants: coordinatorOf('east') });
      coordinator = await signedInClient(t, coordinatorId);
      memberId = await createPerson(t, {
        email: 'crr@example.be',
        grants: [{ ...none, role: 'committee-member', bodyId: 'brumenta-crr' }],
      });
      member = await signedInClient(t, memberId);
      otherMemberId = await createPerson(t, {
        email: 'cre@example.be',
        grants: [{ ...none, role: 'committee-member', bodyId: 'bru-stars-cre' }],
      });
      otherMember = await signedInClient(t, otherMemberId);
    });
    after(() => t.close());

    it('hides the documents from members until the application is put to their body', async () => {
      assert.equal(fileIds.length, 2);
      for (const id of fileIds) assert.equal((await file(member, id)).statusCode, 404);
    });

    it('lets the members of the body the application is put to read them; other bodies still get 404', async () => {
      for (const [action, fields] of [
        ['start-check', {}],
        ['log-contact', { date: '2026-11-20', text: 'Rencontre' }],
        ['send-to-decision', {}],
      ] as const) {
        assert.equal((await act(t, coordinator, 'fr', caseId, action, fields)).statusCode, 303, action);
      }
      assert.equal((await member.get(`/fr/applications/${caseId}`)).statusCode, 200, 'the case page');
      for (const id of fileIds) {
        const answer = await file(member, id);
        assert.equal(answer.statusCode, 200);
        assert.deepEqual(answer.rawPayload, PDF);
        assert.equal((await file(otherMember, id)).statusCode, 404);
      }
      assert.equal((await otherMember.get(`/fr/applications/${caseId}`)).statusCode, 404);
    });

    it('writes every download to the audit log: who, which case, which document, never its content', async () => {
      const before = (await downloads()).length;
      const id = fileIds[0]!;
      for (const reader of [owner.client, coordinator, member])
        assert.equal((await file(reader, id)).statusCode, 200);
      const rows = (await downloads()).slice(before);
      assert.deepEqual(
        rows.map((row) => row.actorAccountId).sort(),
        [owner.accountId, coordinatorId, memberId].sort(),
      );
      for (const row of rows) {
        assert.equal(row.resourceType, 'case');
        assert.equal(row.resourceId, caseId);
        assert.equal(row.networkId, 'brumenta');
        assert.equal((row.detail as Record<string, unknown>).documentId, id);
        const text = JSON.stringify(row);
        assert.ok(!text.includes('%PDF') && !text.includes('diploma.pdf'), `no content or name: ${text}`);
      }
      const refused = (await downloads()).filter((row) => row.actorAccountId === otherMemberId);
      assert.deepEqual(refused, [], 'a refused read is not a download');
    });

    it('audits the download of a questionnaire’s document by its owner too', async () => {
      const { accountId, client } = await applicant(t, 'drafting@example.be');
      assert.equal((await uploadToDraft(t, client, 'visa', PDF)).statusCode, 303);
      const [draft] = await draftFiles(t.database.db, accountId);
      assert.equal((await file(client, draft!.id)).statusCode, 200);
      const [row] = (await downloads()).filter((r) => r.actorAccountId === accountId);
      assert.equal(row?.resourceId, draft!.id);
      assert.equal(row?.resourceType, 'application-document');
    });
  });
}
