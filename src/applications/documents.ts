import { randomUUID } from 'node:crypto';
import { audit } from '../platform/audit/audit.ts';
import { authorize, loadAuthorized, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { checkUpload, fitsQuota, type UploadProblem } from '../platform/files/index.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { isUuid } from '../platform/ids.ts';
import { enqueue } from '../platform/outbox/index.ts';
import { zoneUpdateMail } from './notifications.ts';
import { type ApplicationService, applicantActor, caseResource } from './service.ts';
import * as store from './store.ts';

// Documents sent with a declaration (diploma, visa) or added to a case later. The bytes go to
// the file store (random names, outside the web root) before the transaction that records them;
// a refused record removes them again. Each case and each account holds a bounded number of
// documents and bytes. Every download is audited.

/** A limit reached: the case's, or the account's across its questionnaires and cases. */
export type QuotaProblem = 'case-full' | 'account-full';
type Refusal = 'stale' | 'not-allowed' | QuotaProblem;

export type UploadOutcome = { ok: true; fileId: string } | { ok: false; problem: UploadProblem | Refusal };

/** Who may read a case: case-work.ts knows, the deciding bodies' members included. */
export interface CaseReaders {
  readable(
    user: CurrentUser | null,
    caseId: string,
  ): Promise<{ record: { zoneId: string; networkIds: readonly string[] } }>;
}

export class ApplicationDocuments {
  constructor(private readonly service: ApplicationService) {}

  private get database() {
    return this.service.database;
  }

  private get log() {
    return this.service.log;
  }

  private get files() {
    return this.service.files;
  }

  private get options() {
    return this.service.options;
  }

  /**
   * Keeps an uploaded document: checked (size, real type, name), written under a random name
   * outside any transaction, then recorded. With a case, it is added to the case's log.
   */
  async upload(
    user: CurrentUser | null,
    input: { part: unknown; documentKind: string; caseId?: string; expectedVersion?: number | undefined },
  ): Promise<UploadOutcome> {
    const person = requireUser(user);
    let record: Awaited<ReturnType<typeof this.log.get>> = null;
    let applicantName = '';
    if (input.caseId !== undefined) {
      const id = input.caseId;
      // An id that cannot be a case's (it comes from the URL) is no case: not a database error.
      if (!isUuid(id)) throw new StandardProblem(404, 'not-found');
      const row = await loadAuthorized(
        person,
        'case.read',
        () => store.findApplication(this.database.db, id),
        (a) => ({
          type: 'case',
          id,
          ownerAccountId: a.accountId,
        }),
      );
      record = await this.log.get(this.database.db, id);
      if (!record) throw new StandardProblem(404, 'not-found');
      authorize(person, 'application.respond', caseResource(record, row.accountId));
      applicantName = row.applicantName;
    }
    const checked = checkUpload(input.part, this.options.maxUploadBytes);
    if (!checked.ok) return checked;
    const storedName = await this.files.save(checked.data);
    const fileId = randomUUID();
    const documentKind = ['diploma', 'visa'].includes(input.documentKind) ? input.documentKind : 'other';
    let replaced: string[] = [];
    try {
      await this.database.db.transaction(async (tx) => {
        await store.lockAccountUploads(tx, person.accountId);
        // A draft holds one document of each kind: a new diploma replaces the one sent before.
        if (!input.caseId) replaced = await store.deleteDraftFiles(tx, person.accountId, documentKind);
        const used = await store.fileUsage(tx, person.accountId, input.caseId ?? null);
        const { perCase, perAccount } = this.options.uploadQuotas;
        if (input.caseId && !fitsQuota(used.case, checked.size, perCase))
          throw new RefusedUpload('case-full');
        if (!fitsQuota(used.account, checked.size, perAccount)) throw new RefusedUpload('account-full');
        await store.insertFile(tx, {
          id: fileId,
          accountId: person.accountId,
          caseId: input.caseId ?? null,
          documentKind,
          storedName,
          originalName: checked.name,
          contentType: checked.type,
          size: checked.size,
          uploadedAt: new Date(),
        });
        if (input.caseId) {
          const outcome = await this.log.append(tx, input.caseId, {
            type: 'upload-document',
            actor: applicantActor(person),
            payload: { fileId, documentKind, name: checked.name },
            expectedVersion: input.expectedVersion,
            at: new Date(),
          });
          if (!outcome?.ok) throw new RefusedUpload(outcome?.reason ?? 'not-allowed');
          const zone = zoneUpdateMail(this.service, {
            zoneId: outcome.state.zoneId,
            caseId: input.caseId,
            reference: record?.reference ?? '',
            applicantName,
            action: 'upload-document',
          });
          if (zone) await enqueue(tx, zone);
        }
      });
    } catch (error) {
      await this.files.remove(storedName);
      if (error instanceof RefusedUpload) return { ok: false, problem: error.reason };
      throw error;
    }
    for (const name of replaced) await this.files.remove(name);
    return { ok: true, fileId };
  }

  /**
   * A document, for whoever may read its case (`cases` decides: the applicant, the zone's staff,
   * the members of the body it is put to), or for its owner while it belongs to a questionnaire.
   * Each download is audited: who, which case, which document; never its content or its name.
   */
  async download(user: CurrentUser | null, fileId: string, cases: CaseReaders) {
    const person = requireUser(user);
    const file = isUuid(fileId) ? await store.findFile(this.database.db, fileId) : null;
    if (!file) throw new StandardProblem(404, 'not-found');
    const record = file.caseId ? (await cases.readable(person, file.caseId)).record : null;
    if (!file.caseId && file.accountId !== person.accountId) throw new StandardProblem(404, 'not-found');
    const data = await this.files.read(file.storedName);
    if (!data) throw new StandardProblem(404, 'not-found');
    await this.database.db.transaction((tx) =>
      audit.record(tx, {
        actor: person,
        action: 'application.document.download',
        resource: file.caseId
          ? { type: 'case', id: file.caseId }
          : { type: 'application-document', id: file.id },
        zoneId: record?.zoneId ?? null,
        networkId: record?.networkIds[0] ?? null,
        detail: { documentId: file.id, documentKind: file.documentKind },
      }),
    );
    return { data, type: file.contentType, downloadName: file.originalName };
  }
}

class RefusedUpload extends Error {
  constructor(readonly reason: Refusal) {
    super(reason);
  }
}
