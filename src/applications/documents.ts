import { randomUUID } from 'node:crypto';
import { authorize, loadAuthorized, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { checkUpload, type UploadProblem } from '../platform/files/index.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { isUuid } from '../platform/ids.ts';
import { enqueue } from '../platform/outbox/index.ts';
import { zoneUpdateMail } from './notifications.ts';
import { type ApplicationService, applicantActor, caseResource } from './service.ts';
import * as store from './store.ts';

// Documents sent with a declaration (diploma, visa) or added to a case later. The bytes go to
// the file store (random names, outside the web root) before the transaction that records them;
// a refused record removes them again.

export type UploadOutcome = { ok: true; fileId: string } | { ok: false; problem: UploadProblem };

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
  ): Promise<UploadOutcome | { ok: false; problem: 'stale' | 'not-allowed' }> {
    const person = requireUser(user);
    let record: Awaited<ReturnType<typeof this.log.get>> = null;
    let applicantName = '';
    if (input.caseId) {
      const id = input.caseId;
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
        // A draft holds one document of each kind: a new diploma replaces the one sent before.
        if (!input.caseId) replaced = await store.deleteDraftFiles(tx, person.accountId, documentKind);
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

  /** A document, for its owner or staff who may read its case. */
  async download(user: CurrentUser | null, fileId: string) {
    const person = requireUser(user);
    const file = isUuid(fileId) ? await store.findFile(this.database.db, fileId) : null;
    if (!file) throw new StandardProblem(404, 'not-found');
    if (file.caseId) {
      const record = await this.log.get(this.database.db, file.caseId);
      if (!record) throw new StandardProblem(404, 'not-found');
      authorize(person, 'case.read', caseResource(record, file.accountId));
    } else if (file.accountId !== person.accountId) throw new StandardProblem(404, 'not-found');
    const data = await this.files.read(file.storedName);
    if (!data) throw new StandardProblem(404, 'not-found');
    return { data, type: file.contentType, downloadName: file.originalName };
  }
}

class RefusedUpload extends Error {
  constructor(readonly reason: 'stale' | 'not-allowed') {
    super(reason);
  }
}
