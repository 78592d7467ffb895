import type { FastifyInstance } from 'fastify';
import { signInUrl } from '../../platform/auth/urls.ts';
import { localizedPaths, pageContext } from '../../platform/http/pages.ts';
import { formatDate } from '../../platform/i18n/index.ts';
import { isIsoDate } from '../../platform/identifiers/belgian-date.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import type { ApplicationCaseWork } from '../case-work.ts';
import { conventionText } from '../domain/convention.ts';
import { vocabularyMessages } from '../messages/vocabulary.ts';
import type { ApplicationService } from '../service.ts';

// The convention of an approved application, printable (the layout's print styles hide the
// header and buttons). Its language is the network's model in the applicant's language: Dutch
// for Dutch speakers, French otherwise.

export function registerConventionPage(
  app: FastifyInstance,
  service: ApplicationService,
  work: ApplicationCaseWork,
): void {
  for (const { path } of localizedPaths('/applications/:id/convention')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!request.user) return reply.redirect(signInUrl(request), 303);
      const found = await work.convention(request.user, id);
      const d = found.row.details as Record<string, unknown>;
      const language = found.row.locale === 'nl' ? 'nl' : 'fr';
      const words = vocabularyMessages[language];
      const networkIds = found.row.approvedNetworkIds ?? found.record.networkIds;
      const snapshot = service.reference.snapshot();
      const organisation = d.organisation as Record<string, string> | undefined;
      const text = conventionText(language, {
        networkNames: networkIds.map((n) => snapshot.networks.get(n)?.names[language] ?? n),
        applicant: found.row.applicantName,
        identifier:
          found.row.kind === 'service' ? `${organisation?.enterpriseNumber ?? ''}` : String(d.inami ?? ''),
        kind: found.row.kind as 'clinician' | 'service',
        employer: typeof d.employer === 'string' ? d.employer : null,
        functions: Array.isArray(d.functions)
          ? d.functions.map((fn) => words.functions[fn as 'support'] ?? String(fn))
          : [words.functions.support],
        sessionsPerWeek: found.row.sessionsPerWeek,
        // Signed on a day kept as ISO: the convention writes it the Belgian way, in its language.
        startDate: isIsoDate(found.signature?.payload.date)
          ? formatDate(language, found.signature.payload.date)
          : null,
        signatories:
          typeof found.signature?.payload.signatories === 'string'
            ? found.signature.payload.signatories
            : null,
      });
      return sendPage(
        reply,
        <Layout ctx={pageContext(request, reply)} title={text.title}>
          <article class="convention" lang={language}>
            <h1>{text.title}</h1>
            <p>{found.record.reference}</p>
            {text.clauses.map((clause, index) => (
              <section key={clause.heading}>
                <h2>{`${index + 1}. ${clause.heading}`}</h2>
                <p>{clause.body}</p>
              </section>
            ))}
            <p>
              <strong>{text.signature}</strong>
            </p>
          </article>
        </Layout>,
      );
    });
  }
}
