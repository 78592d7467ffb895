// The language of a page comes from its URL prefix, for every language in LOCALES: German pages
// under /de were read as French while the prefix was written out as fr|nl|en.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeNext } from '../../src/platform/auth/urls.ts';
import { localeOf } from '../../src/platform/http/locale.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { urlInLocale } from '../../src/platform/views/context.ts';

const request = (url: string, acceptLanguage?: string) => ({
  url,
  headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  query: {},
});

describe('the language of a page is its URL prefix, in every language', () => {
  it('reads each prefix, and only a whole path segment', () => {
    for (const locale of LOCALES) {
      assert.equal(localeOf(request(`/${locale}`)), locale);
      assert.equal(localeOf(request(`/${locale}/find?age=12`)), locale);
    }
    assert.equal(localeOf(request('/dex/find', 'nl')), 'nl', '/dex is not German: the header decides');
    assert.equal(localeOf(request('/api/x', 'de-BE,fr;q=0.5')), 'de');
  });

  it('swaps the prefix for the language switch, to and from German', () => {
    assert.equal(urlInLocale('/fr/find?age=12', 'de'), '/de/find?age=12');
    assert.equal(urlInLocale('/de/sign-in', 'nl'), '/nl/sign-in');
  });

  it('comes back to a German page after signing in, and still nowhere else', () => {
    for (const locale of LOCALES) assert.equal(safeNext(`/${locale}/account`), `/${locale}/account`);
    for (const outside of ['/dex', '//evil.example', '/\\evil.example', '/de\\x', 'https://evil.example/de'])
      assert.equal(safeNext(outside), null, outside);
  });
});
