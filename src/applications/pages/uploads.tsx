import type { FastifyInstance } from 'fastify';
import { signInUrl } from '../../platform/auth/urls.ts';
import { acceptUploads, MAX_FILE_NAME_LENGTH, sendStoredFile } from '../../platform/files/index.ts';
import { localizedPaths } from '../../platform/http/pages.ts';
import { format, type Locale } from '../../platform/i18n/index.ts';
import type { ApplicationCaseWork } from '../case-work.ts';
import type { UploadOutcome } from '../documents.ts';
import type { DeclarationSection } from '../domain/declaration.ts';
import { formsMessages } from '../messages/forms.ts';
import type { ApplicationService } from '../service.ts';
import type { ShowWithUploadErrors } from './flow.tsx';
import { showMyCase, versionOf } from './mine.tsx';

// Document uploads (multipart forms, so they work without JavaScript) and downloads. Only the
// routes here take multipart bodies: the parser lives in this plugin's scope.

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

export function registerUploads(
  app: FastifyInstance,
  service: ApplicationService,
  work: ApplicationCaseWork,
  showJoinPage: Record<Locale, ShowWithUploadErrors<DeclarationSection>>,
): void {
  const maxBytes = service.options.maxUploadBytes;
  app.register(async (scope) => {
    await acceptUploads(scope, maxBytes);

    for (const { locale, path } of localizedPaths('/professionals/join/documents/upload')) {
      scope.post(
        path,
        { schema: { hide: true }, preValidation: app.csrfProtection },
        async (request, reply) => {
          if (!request.user) return reply.redirect(`/${locale}/professionals/join`, 303);
          const body = (request.body ?? {}) as Record<string, unknown>;
          const kind = body.documentKind === 'visa' ? 'visa' : 'diploma';
          const outcome = await service.documents.upload(request.user, {
            part: body.file,
            documentKind: kind,
          });
          if (outcome.ok) return reply.redirect(`/${locale}/professionals/join/documents`, 303);
          return showJoinPage[locale](request, reply, 'documents', {
            [`document-${kind}`]: uploadMessage(locale, outcome.problem, service.options),
          });
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
          const message = uploadMessage(locale, outcome.problem, service.options);
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
