// The home page and every page's footer lead professionals to what is theirs: the page of what
// to know (/professionals) and the flyers and posters (/materials), in the page's language.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';

describe('links to the professionals page and the materials', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('embedded');
  });
  after(() => t.close());

  it('are on the home page and in the footer, in each language, and lead to pages that answer', async () => {
    const words = { fr: 'Dépliants et affiches', nl: 'Folders en affiches', en: 'Flyers and posters' };
    for (const locale of ['fr', 'nl', 'en'] as const) {
      const home = await t.app.inject({ url: `/${locale}` });
      assert.equal(home.statusCode, 200);
      // Once as a home entry, once in the footer.
      assert.equal(home.body.split(`href="/${locale}/professionals"`).length - 1, 2, locale);
      assert.equal(home.body.split(`href="/${locale}/materials"`).length - 1, 2, locale);
      assert.match(home.body, new RegExp(words[locale]));
      const elsewhere = await t.app.inject({ url: `/${locale}/events` });
      assert.match(elsewhere.body, new RegExp(`<a href="/${locale}/professionals">`));
      assert.match(elsewhere.body, new RegExp(`<a href="/${locale}/materials">`));
      for (const page of ['professionals', 'materials']) {
        assert.equal(
          (await t.app.inject({ url: `/${locale}/${page}` })).statusCode,
          200,
          `${locale} ${page}`,
        );
      }
    }
  });
});
