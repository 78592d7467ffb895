import type { Locale } from '../i18n/index.ts';
import { platformMessages } from '../messages.ts';
import { Layout } from './layout.tsx';

interface ErrorPageProps {
  locale: Locale;
  url: string;
  kind: 'not-found' | 'server-error' | 'unavailable' | 'client-error';
  detail: string;
}

export function ErrorPage({ locale, url, kind, detail }: ErrorPageProps) {
  const m = platformMessages[locale];
  const title =
    kind === 'not-found'
      ? m.notFound.title
      : kind === 'server-error'
        ? m.serverError.title
        : kind === 'unavailable'
          ? m.unavailable.title
          : detail;
  return (
    <Layout ctx={{ locale, url }} title={title}>
      <h1>{title}</h1>
      {kind === 'not-found' ? <p>{m.notFound.body}</p> : null}
      {kind === 'server-error' ? <p>{m.serverError.body}</p> : null}
      {kind === 'unavailable' ? <p>{m.unavailable.body}</p> : null}
      <p>
        <a href={`/${locale}`}>{m.notFound.home}</a>
      </p>
    </Layout>
  );
}
