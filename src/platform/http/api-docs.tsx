import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Locale } from '../i18n/locales.ts';
import { Layout } from '../views/layout.tsx';
import { renderPage } from '../views/render.ts';

interface Operation {
  method: string;
  path: string;
  summary: string;
  description: string;
}

type OpenApiDocument = {
  paths?: Record<string, Record<string, { summary?: string; description?: string }>>;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      method: method.toUpperCase(),
      path,
      summary: item[method]?.summary ?? '',
      description: item[method]?.description ?? '',
    })),
  );
}

const TEXT = {
  fr: { title: 'API de Passerelle', intro: 'Le document OpenAPI complet\u202f:', json: 'openapi.json' },
  nl: { title: 'API van Passerelle', intro: 'Het volledige OpenAPI-document:', json: 'openapi.json' },
  en: { title: 'Passerelle API', intro: 'The full OpenAPI document:', json: 'openapi.json' },
  de: { title: 'API von Passerelle', intro: 'Das vollständige OpenAPI-Dokument:', json: 'openapi.json' },
} satisfies Record<Locale, { title: string; intro: string; json: string }>;

function ApiDocsPage({ locale, url, operations }: { locale: Locale; url: string; operations: Operation[] }) {
  const t = TEXT[locale];
  return (
    <Layout ctx={{ locale, url }} title={t.title}>
      <h1>{t.title}</h1>
      <p>
        {t.intro} <a href="/api/docs/openapi.json">{t.json}</a>
      </p>
      {operations.map((operation) => (
        <section class="api-operation" key={`${operation.method} ${operation.path}`}>
          <h2 class="api-operation__title">
            <code>
              {operation.method} {operation.path}
            </code>
          </h2>
          {operation.summary ? <p>{operation.summary}</p> : null}
          {operation.description ? <p class="field__hint">{operation.description}</p> : null}
        </section>
      ))}
    </Layout>
  );
}

/**
 * The OpenAPI document of every `/api/` route (built by @fastify/swagger from the route
 * schemas, so it cannot drift from what the routes accept) and a readable page listing them.
 */
export function registerApiDocs(app: FastifyInstance): void {
  const hide = { schema: { hide: true } };
  app.get('/api/docs/openapi.json', hide, async () => app.swagger());
  app.get('/api/docs', hide, async (request, reply) => {
    const operations = operationsOf(app.swagger() as OpenApiDocument);
    const page = h(ApiDocsPage, { locale: request.locale, url: request.url, operations });
    return reply.type('text/html; charset=utf-8').send(renderPage(page));
  });
}
