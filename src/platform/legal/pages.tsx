// The two pages every public-service site owes its users, linked from every page's footer:
// the accessibility statement (/{locale}/accessibility) and the privacy notice (/{locale}/privacy).
// Who answers (the networks and their coordination) comes from the reference data loaded for
// this deployment, never from text written here.
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext } from '../http/pages.ts';
import { format, formatDate, type Locale } from '../i18n/index.ts';
import type { PageContext } from '../views/context.ts';
import { Layout } from '../views/layout.tsx';
import { sendPage } from '../views/render.ts';
import { accessibilityMessages } from './accessibility-messages.ts';
import { privacyMessages } from './privacy-messages.ts';

/** The day the accessibility statement was last reviewed against the product (change it when you review it). */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-12-06';

/** Someone a person can write to: a network or a coordination, as the reference data names them. */
export interface Responsible {
  names: Record<Locale, string>;
  email: string | null;
  website: string | null;
}

export interface LegalPagesOptions {
  /** The networks running this deployment, then their coordination areas (read at each request). */
  responsibles: () => Responsible[];
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** How long unsent forms are kept before they are erased. */
  requestDraftDays: number;
  applicationDraftDays: number;
}

function Contacts({ ctx, people }: { ctx: PageContext; people: Responsible[] }) {
  if (people.length === 0) return <p>{privacyMessages[ctx.locale].noContact}</p>;
  return (
    <ul>
      {people.map((person) => (
        <li key={person.names.fr}>
          {person.names[ctx.locale]}
          {person.email ? (
            <>
              {', '}
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </>
          ) : null}
          {person.website ? (
            <>
              {', '}
              <a href={person.website}>{person.website.replace(/^https?:\/\//, '')}</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function AccessibilityPage({ ctx, people }: { ctx: PageContext; people: Responsible[] }) {
  const m = accessibilityMessages[ctx.locale];
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      <h2>{m.statusTitle}</h2>
      <p>{m.status}</p>
      <h2>{m.limitsTitle}</h2>
      <ul>
        {Object.entries(m.limits).map(([key, text]) => (
          <li key={key}>{text}</li>
        ))}
      </ul>
      <h2>{m.methodTitle}</h2>
      <p>{format(ctx.locale, m.method, { date: formatDate(ctx.locale, ACCESSIBILITY_STATEMENT_DATE) })}</p>
      <h2>{m.feedbackTitle}</h2>
      <p>{m.feedback}</p>
      <Contacts ctx={ctx} people={people} />
      <h2>{m.enforcementTitle}</h2>
      <p>{m.enforcement}</p>
    </Layout>
  );
}

function PrivacyPage({
  ctx,
  people,
  options,
}: {
  ctx: PageContext;
  people: Responsible[];
  options: LegalPagesOptions;
}) {
  const m = privacyMessages[ctx.locale];
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      <h2>{m.controllerTitle}</h2>
      <p>{m.controller}</p>
      <Contacts ctx={ctx} people={people} />
      <h2>{m.keptTitle}</h2>
      <ul>
        {Object.entries(m.kept).map(([key, text]) => (
          <li key={key}>{text}</li>
        ))}
      </ul>
      <h2>{m.basisTitle}</h2>
      <p>{m.basis}</p>
      <h2>{m.durationTitle}</h2>
      <ul>
        <li>
          {format(ctx.locale, m.duration.drafts, {
            requestDays: options.requestDraftDays,
            applicationDays: options.applicationDraftDays,
          })}
        </li>
        <li>
          {format(ctx.locale, m.duration.sessions, {
            idle: options.sessionIdleMinutes,
            max: options.sessionMaxHours,
          })}
        </li>
        <li>{m.duration.cases}</li>
      </ul>
      <h2>{m.rightsTitle}</h2>
      <p>{m.rights}</p>
    </Layout>
  );
}

export function registerLegalPages(app: FastifyInstance, options: LegalPagesOptions): void {
  for (const { path } of localizedPaths('/accessibility')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(reply, h(AccessibilityPage, { ctx: pageContext(request), people: options.responsibles() })),
    );
  }
  for (const { path } of localizedPaths('/privacy')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(reply, h(PrivacyPage, { ctx: pageContext(request), people: options.responsibles(), options })),
    );
  }
}
