import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext } from '../http/pages.ts';
import { platformMessages } from '../messages.ts';
import type { PageContext } from './context.ts';
import { Layout } from './layout.tsx';
import { sendPage } from './render.ts';

/** A door on the home page; capabilities contribute theirs when the app is composed. */
export interface HomeEntry {
  href: (locale: PageContext['locale']) => string;
  title: (locale: PageContext['locale']) => string;
  body: (locale: PageContext['locale']) => string;
}

function HomePage({ ctx, entries }: { ctx: PageContext; entries: HomeEntry[] }) {
  const m = platformMessages[ctx.locale].home;
  return (
    <Layout ctx={ctx} title={m.title} section="home">
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      <ul class="cards">
        {entries.map((entry) => (
          <li class="card" key={entry.href(ctx.locale)}>
            <h2 class="card__title">
              <a href={entry.href(ctx.locale)}>{entry.title(ctx.locale)}</a>
            </h2>
            <p>{entry.body(ctx.locale)}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function registerHomePage(app: FastifyInstance, entries: HomeEntry[]): void {
  for (const { path } of localizedPaths('/')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(reply, h(HomePage, { ctx: pageContext(request), entries })),
    );
  }
}
