import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { signInUrl } from '../../platform/auth/urls.ts';
import {
  acceptUploads,
  isUploadedPart,
  MAX_FILE_NAME_LENGTH,
  sendStoredFile,
} from '../../platform/files/index.ts';
import type { FlowRoutes } from '../../platform/forms/engine.tsx';
import { namedSentence } from '../../platform/forms/issues.ts';
import { localizedPaths } from '../../platform/http/pages.ts';
import { format, type Locale } from '../../platform/i18n/index.ts';
import type { FormErrors } from '../../platform/views/components.tsx';
import type { ApplicationCaseWork } from '../case-work.ts';
import type { UploadOutcome } from '../documents.ts';
import { type DeclarationSection, DOCUMENT_KINDS, type DocumentKind } from '../domain/declaration.ts';
import { formsMessages } from '../messages/forms.ts';
import { applicationIssueTexts } from '../messages/issues.ts';
import { vocabularyMessages } from '../messages/vocabulary.ts';
import type { ApplicationService } from '../service.ts';
import { showMyCase, versionOf } from './mine.tsx';

// Document uploads (multipart forms, so they work without JavaScript) and downloads. Only the
// routes here take multipart bodies: the parser lives in these plugins' scopes.

const megabytes = (bytes: number) => Math.floor(bytes / 1_048_576);

/** Why an upload was refused, with the limits that apply (a file's size, the case's, the account's). */
function uploadMessage(
  locale: Locale,
  problem: Extract<UploadOutcome, { ok: false }>['problem'],
  options: ApplicationService['options'],
): string {
  const { perCase, perAccount } = options.uploadQuotas;
  const quota = problem === 'account-full' ? perAccount : perCase;
  return format(locale, formsMessages[locale].upload[problem], {
    mb: megabytes(options.maxUploadBytes),
    files: quota.files,
    totalMb: megabytes(quota.bytes),
    chars: MAX_FILE_NAME_LENGTH,
  });
}

/** A file input with nothing chosen still sends a part: no name, no bytes. */
const chosen = (part: unknown) => isUploadedPart(part) && (part.filename !== '' || part.data.length > 0);

export function registerUploads(
  app: FastifyInstance,
  service: ApplicationService,
  work: ApplicationCaseWork,
  join: Record<Locale, FlowRoutes<DeclarationSection>>,
): void {
  const maxBytes = service.options.maxUploadBytes;

  /** Keeps a draft's document; the refusal names the document ("Diplôme : le fichier est vide."). */
  async function keep(request: FastifyRequest, locale: Locale, kind: DocumentKind, part: unknown) {
    const outcome = await service.documents.upload(request.user, { part, documentKind: kind });
    if (outcome.ok) return {};
    const id = `document-${kind}` as const;
    const sentence = uploadMessage(locale, outcome.problem, service.options);
    return { [id]: namedSentence(locale, applicationIssueTexts[locale].names[id], sentence) };
  }

  // The documents page is one form: each document has its own "send" button, and "Continue"
  // sends any file still chosen before going on, so a chosen file is never silently dropped.
  app.register(async (scope) => {
    await acceptUploads(scope, maxBytes, { files: DOCUMENT_KINDS.length });
    for (const { locale, path } of localizedPaths('/professionals/join/documents')) {
      scope.post(
        path,
        { schema: { hide: true }, preValidation: app.csrfProtection },
        async (request, reply): Promise<FastifyReply> => {
          if (!request.user) return reply.redirect(`/${locale}/professionals/join`, 303);
          const body = (request.body ?? {}) as Record<string, unknown>;
          const send = DOCUMENT_KINDS.find((kind) => kind === body.send);
          let errors: FormErrors = {};
          for (const kind of DOCUMENT_KINDS) {
            const part = body[`document-${kind}`];
            // The send button of a document with no file chosen: say so ("choose a file").
            if (chosen(part) || kind === send)
              errors = { ...errors, ...(await keep(request, locale, kind, part)) };
          }
          if (Object.keys(errors).length > 0) return join[locale].show(request, reply, 'documents', errors);
          if (send) return reply.redirect(`${path}${body.return === 'check' ? '?return=check' : ''}`, 303);
          return join[locale].post(request, reply, 'documents');
        },
      );
    }
  });

  app.register(async (scope) => {
    await acceptUploads(scope, maxBytes);

    // One document per post (the documents page before it was one form; scripts use it too).
    for (const { locale, path } of localizedPaths('/professionals/join/documents/upload')) {
      scope.post(
        path,
        { schema: { hide: true }, preValidation: app.csrfProtection },
        async (request, reply) => {
          if (!request.user) return reply.redirect(`/${locale}/professionals/join`, 303);
          const body = (request.body ?? {}) as Record<string, unknown>;
          const kind = body.documentKind === 'visa' ? 'visa' : 'diploma';
          const errors = await keep(request, locale, kind, body.file);
          if (Object.keys(errors).length === 0)
            return reply.redirect(`/${locale}/professionals/join/documents`, 303);
          return join[locale].show(request, reply, 'documents', errors);
        },
      );
    }

    for (const { locale, path } of localizedPaths('/my/applications/:id/documents')) {
      scope.post(
        path,
        { schema: { hide: true }, preValidation: app.csrfProtection },
        async (request, reply) => {
          const { id } = request.params as { id: string };
          const body = (request.body ?? {}) as Record<string, unknown>;
          const kind = typeof body.documentKind === 'string' ? body.documentKind : 'other';
          const outcome = await service.documents.upload(request.user, {
            part: body.file,
            documentKind: kind,
            caseId: id,
            expectedVersion: versionOf(body),
          });
          if (outcome.ok) return reply.redirect(`/${locale}/my/applications/${id}?done=1`, 303);
          // The summary's link names the document, as on the declaration's own documents page.
          const documents = vocabularyMessages[locale].documents;
          const name = documents[kind as keyof typeof documents] ?? documents.other;
          const message = namedSentence(
            locale,
            name,
            uploadMessage(locale, outcome.problem, service.options),
          );
          return showMyCase(service, request, reply, locale, id, {
            errors: { file: message },
            documentKind: kind,
            status: 400,
          });
        },
      );
    }
  });

  for (const { path } of localizedPaths('/applications/files/:fileId')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const { fileId } = request.params as { fileId: string };
      if (!request.user) return reply.redirect(signInUrl(request), 303);
      return sendStoredFile(reply, await service.documents.download(request.user, fileId, work));
    });
  }
}
