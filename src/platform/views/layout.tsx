import type { ComponentChildren } from 'preact';
import { reportingMessages } from '../../reporting/messages.ts';
import { authMessages } from '../auth/messages.ts';
import { LOCALES } from '../i18n/index.ts';
import { platformMessages } from '../messages.ts';
import { ASSET_VERSION } from './assets.ts';
import { type PageContext, urlInLocale, type WorkArea } from './context.ts';

/** Where each work area lives (after the language); the header links there, sign-in lands there. */
export const WORK_AREA_PATHS: Record<WorkArea, string> = {
  inbox: '/inbox',
  applications: '/applications',
  committees: '/committees',
  profile: '/my/profile',
  sessions: '/my/sessions',
  'first-line-hours': '/my/first-line-hours',
  arrangements: '/arrangements',
  budget: '/budget',
  statements: '/statements',
  'network-sessions': '/sessions',
  reporting: '/reporting',
  proposals: '/my/proposals',
  'my-requests': '/my/requests',
};

/** Sign in, or: my account, administration, sign out (a form: signing out changes state). */
function AccountNav({ ctx }: { ctx: PageContext }) {
  const m = authMessages[ctx.locale].header;
  const home = `/${ctx.locale}`;
  return (
    <nav class="account-nav" aria-label={m.label}>
      <ul>
        {ctx.user ? (
          <>
            <li>
              <a href={`${home}/account`}>{m.account}</a>
            </li>
            {ctx.user.administers ? (
              <li>
                <a href={`${home}/admin`}>{m.admin}</a>
              </li>
            ) : null}
            {ctx.csrfToken ? (
              <li>
                <form method="post" action={`${home}/sign-out`} class="inline-form">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button type="submit" class="link-button">
                    {m.signOut}
                  </button>
                </form>
              </li>
            ) : null}
          </>
        ) : (
          <li>
            <a href={`${home}/sign-in`}>{m.signIn}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}

function NavList({
  items,
  section,
}: {
  items: Array<{ id: string; href: string; label: string }>;
  section?: string | undefined;
}) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <a href={item.href} aria-current={section === item.id ? 'page' : undefined}>
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

interface LayoutProps {
  ctx: PageContext;
  title: string;
  /** Pages with form errors prefix their title, so screen-reader users hear it first (GOV.UK). */
  hasErrors?: boolean;
  /** Which main navigation entry is current. */
  section?: 'home' | 'find' | 'cost' | 'coordinator' | 'account' | 'admin' | WorkArea;
  /** Page-specific progressive enhancements, paths under /assets/ (e.g. 'js/finder.js'). */
  scripts?: string[];
  /** A page for or about a young person: the footer adds the helplines young people call. */
  youth?: boolean;
  children: ComponentChildren;
}

export function Layout({
  ctx,
  title,
  hasErrors,
  section,
  scripts = [],
  youth = false,
  children,
}: LayoutProps) {
  const m = platformMessages[ctx.locale];
  const errorPrefix = { fr: 'Erreur\u202f: ', nl: 'Fout: ', en: 'Error: ', de: 'Fehler: ' }[ctx.locale];
  // The instance's languages, and the page's own when someone followed a link to another one.
  const languages = LOCALES.filter(
    (locale) => locale === ctx.locale || (ctx.languages ?? LOCALES).includes(locale),
  );
  const home = `/${ctx.locale}`;
  const navItems = [
    { id: 'home', href: home, label: m.nav.home },
    { id: 'find', href: `${home}/find`, label: m.nav.find },
    { id: 'cost', href: `${home}/cost`, label: m.nav.cost },
    { id: 'coordinator', href: `${home}/coordinator`, label: m.nav.coordinator },
    // Pages a role opens: the request and application inboxes, committees, a clinician's own.
    ...(ctx.user?.workAreas ?? []).map((area) => ({
      id: area,
      href: `${home}${WORK_AREA_PATHS[area]}`,
      label: m.nav[area],
    })),
  ];
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${hasErrors ? errorPrefix : ''}${title} – ${m.serviceName}`}</title>
        <link rel="icon" href={`/assets/favicon.svg?v=${ASSET_VERSION}`} type="image/svg+xml" />
        <link rel="stylesheet" href={`/assets/css/passerelle.css?v=${ASSET_VERSION}`} />
        {languages.map((locale) => (
          <link rel="alternate" hreflang={locale} href={urlInLocale(ctx.url, locale)} key={locale} />
        ))}
        <script src={`/assets/js/enhance.js?v=${ASSET_VERSION}`} defer />
        {scripts.map((script) => (
          <script src={`/assets/${script}?v=${ASSET_VERSION}`} defer key={script} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {m.skipLink}
        </a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-header__name" href={home}>
              {m.serviceName}
              <span class="site-header__tagline">{m.tagline}</span>
            </a>
            <nav class="language-switch" aria-label={m.languageSwitch}>
              <ul>
                {languages.map((locale) => (
                  <li key={locale}>
                    {locale === ctx.locale ? (
                      <span aria-current="true" lang={locale}>
                        {m.languageNames[locale]}
                      </span>
                    ) : (
                      <a href={urlInLocale(ctx.url, locale)} hreflang={locale} lang={locale}>
                        {platformMessages[locale].languageNames[locale]}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
            <div class="site-header__wide">
              <AccountNav ctx={ctx} />
            </div>
          </div>
          <nav class="container main-nav site-header__wide" aria-label={m.nav.label}>
            <NavList items={navItems} section={section} />
          </nav>
          {/* Phones: the same navigation folded in a disclosure, which needs no JavaScript and
              opens with Enter or Space on its summary. Only one of the two is ever displayed. */}
          <details class="container site-menu">
            <summary class="site-menu__toggle">{m.menu}</summary>
            <nav class="main-nav" aria-label={m.nav.label}>
              <NavList items={navItems} section={section} />
            </nav>
            <AccountNav ctx={ctx} />
          </details>
        </header>
        <main id="main" class="container" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p class="site-footer__urgent">{m.footer.urgent}</p>
            {youth ? <p class="site-footer__urgent">{m.footer.youthLines}</p> : null}
            <p>{m.footer.about}</p>
            <ul class="site-footer__links">
              <li>
                <a href={`${home}/events`}>{m.footer.events}</a>
              </li>
              <li>
                <a href={`${home}/professionals`}>{m.footer.professionals}</a>
              </li>
              <li>
                <a href={`${home}/materials`}>{m.footer.materials}</a>
              </li>
              <li>
                <a href={`${home}/accessibility`}>{m.footer.accessibility}</a>
              </li>
              <li>
                <a href={`${home}/privacy`}>{m.footer.privacy}</a>
              </li>
              <li>
                <a href={`${home}/statistics`}>{reportingMessages[ctx.locale].statistics.footerLink}</a>
              </li>
              <li>
                <a href="/api/docs">{m.footer.apiDocs}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
