// The header offers each person the work their roles open, and nothing else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workAreasOf } from '../../src/platform/http/pages.ts';
import { Layout } from '../../src/platform/views/layout.tsx';
import { renderPage } from '../../src/platform/views/render.ts';

function headerLinks(roles: Parameters<typeof workAreasOf>[0], locale: 'fr' | 'nl' | 'en' = 'en') {
  const html = renderPage(
    <Layout
      ctx={{
        locale,
        url: `/${locale}`,
        user: { displayName: 'X', administers: false, workAreas: workAreasOf(roles) },
      }}
      title="Test"
    >
      <p>body</p>
    </Layout>,
  );
  const nav = html.slice(
    html.indexOf('class="container main-nav'),
    html.indexOf('</nav>', html.indexOf('main-nav')),
  );
  return [...nav.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(
    ([, href, label]) => `${href} ${label}`,
  );
}

describe('work areas in the header', () => {
  it('gives a clinician their profile and sessions', () => {
    const links = headerLinks(['clinician'], 'nl');
    assert.ok(links.includes('/nl/my/profile Mijn profiel'));
    assert.ok(links.includes('/nl/my/sessions Mijn sessies'));
    assert.ok(links.includes('/nl/my/proposals Oproepen en voorstellen'));
    assert.ok(!links.some((link) => link.startsWith('/nl/applications')));
  });

  it('gives a coordinator the request and application inboxes, not committees', () => {
    assert.deepEqual(workAreasOf(['coordinator']), [
      'inbox',
      'applications',
      'budget',
      'statements',
      'network-sessions',
      'reporting',
    ]);
    assert.ok(headerLinks(['coordinator'], 'fr').includes('/fr/applications Candidatures'));
    assert.ok(headerLinks(['coordinator'], 'fr').includes('/fr/reporting Tableau de bord'));
    assert.ok(headerLinks(['network-admin'], 'nl').includes('/nl/reporting Dashboard'));
  });

  it('gives committee members their committees, and network admins everything of their network', () => {
    assert.deepEqual(workAreasOf(['committee-member']), ['committees']);
    assert.deepEqual(workAreasOf(['network-admin']), [
      'inbox',
      'applications',
      'committees',
      'budget',
      'statements',
      'network-sessions',
      'reporting',
    ]);
  });

  it('gives a GP or an organisation their own requests, and nobody else’s work', () => {
    assert.deepEqual(workAreasOf(['gp']), ['my-requests']);
    assert.deepEqual(workAreasOf(['organisation']), ['my-requests']);
    assert.ok(headerLinks(['gp'], 'nl').includes('/nl/my/requests Mijn aanvragen'));
    assert.deepEqual(
      headerLinks([]).map((link) => link.split(' ')[0]),
      ['/en', '/en/find', '/en/cost', '/en/coordinator'],
    );
  });
});
