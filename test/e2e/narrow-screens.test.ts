// Every page fits a 320 px phone (WCAG 1.4.10 Reflow): for the public and for each role, the
// test starts from the role's pages and follows every link it finds (GET only, so nothing
// changes), and asserts on each page that the document is no wider than the screen and that
// every radio and checkbox has its label beside it, not under it. Wide staff tables scroll
// inside their own labelled region instead of the page. One server, one browser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type Journey, startJourney, tabTo } from './support/browser.ts';
import { type Everyone, fillEveryone, pageAs, type Role } from './support/everyone.ts';

const WIDTH = 320;
/** Enough to reach every page of a role (each distinct path once), few enough to stay quick. */
const MAX_PAGES_PER_ROLE = 45;

interface Problem {
  url: string;
  problem: string;
}

/** What is wrong with the page at 320 px: wider than the screen, or a label under its control. */
async function narrowProblems(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) {
      const widest = Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => !element.closest('.table-wrap'))
        .slice(-3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className.split(' ').join('.')}`);
      problems.push(`scrollWidth ${scrollWidth} > ${width} (${widest.join(', ')})`);
    }
    for (const input of Array.from(document.querySelectorAll('input[type=radio], input[type=checkbox]'))) {
      const label = input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
      if (!label || input.getBoundingClientRect().height === 0) continue;
      const box = input.getBoundingClientRect();
      const text = label.getBoundingClientRect();
      // Beside: the label starts on the control's line and to its right.
      if (text.top >= box.bottom || text.left < box.right) {
        problems.push(`label of #${input.id} is not beside its control`);
      }
    }
    return problems;
  }, WIDTH);
}

/** Links worth following: our own pages, not files, exports, other languages or the API. */
function followable(href: string, origin: string): string | null {
  const url = new URL(href, origin);
  if (url.origin !== origin || !url.pathname.startsWith('/fr')) return null;
  if (/\/files\/|\.csv$|\.xlsx$|\/export|\/minutes\.pdf/.test(url.pathname)) return null;
  url.hash = '';
  return url.pathname + url.search;
}

/**
 * Visits `seeds`, then every link they lead to, each path once (`seen` is shared between roles:
 * a public page measured once is not measured again), and lists the problems found.
 */
async function crawl(page: Page, seeds: string[], seen: Set<string>, origin: string): Promise<Problem[]> {
  const queue = [...seeds];
  const problems: Problem[] = [];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_PAGES_PER_ROLE) {
    const url = queue.shift()!;
    const path = url.split('?')[0]!;
    const key = seeds.includes(url) ? url : path;
    if (seen.has(key)) continue;
    seen.add(key);
    const response = await page.goto(url);
    if (!response?.headers()['content-type']?.startsWith('text/html')) continue;
    visited++;
    for (const problem of await narrowProblems(page)) problems.push({ url, problem });
    for (const href of await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      const next = followable(href, origin);
      if (next && !seen.has(next.split('?')[0]!)) queue.push(next);
    }
  }
  return problems;
}

describe('every page fits a 320 px screen', () => {
  let journey: Journey;
  let everyone: Everyone;
  const seen = new Set<string>();

  before(async () => {
    journey = await startJourney();
    await journey.t.services.directory.seedDemo(30);
    everyone = await fillEveryone(journey);
  });
  after(() => journey.close());

  it('public pages, in each language, and the GP’s forms with their errors', async () => {
    const page = await pageAs(journey, null, WIDTH);
    const seeds = [
      '/fr',
      '/fr/find',
      '/fr/find?postcode=1030&age=30',
      '/fr/coordinator?place=Laeken&requester=gp',
      '/fr/cost',
      '/fr/accessibility',
      '/fr/privacy',
      '/fr/no-such-page',
      ...['kind', 'practice', 'contact', 'age-group', 'times', 'description'].map(
        (section) => `/fr/professionals/support/${section}`,
      ),
      ...['offer', 'organisation', 'venue', 'contact'].map(
        (section) => `/fr/professionals/partner/${section}`,
      ),
      `/fr/clinicians/${everyone.clinicianId}`,
    ];
    const problems = await crawl(page, seeds, seen, journey.baseUrl);
    for (const url of [
      '/nl/find?postcode=1030',
      '/en/find',
      '/nl',
      '/en/privacy',
      '/nl/accessibility',
      '/api/docs',
    ]) {
      await page.goto(url);
      for (const problem of await narrowProblems(page)) problems.push({ url, problem });
    }
    // A question page with its errors, and the GP's status page with the answer.
    await page.goto('/fr/professionals/support/contact');
    await page.locator('main form button[type=submit]').last().click();
    await page.waitForSelector('.error-summary');
    for (const problem of await narrowProblems(page))
      problems.push({ url: 'support contact errors', problem });
    await page.goto('/fr/professionals/status');
    await page.fill('#reference', everyone.request.reference);
    await page.fill('#email', everyone.request.email);
    await Promise.all([page.waitForEvent('load'), page.locator('main form button[type=submit]').click()]);
    assert.match((await page.locator('main').textContent()) ?? '', new RegExp(everyone.request.reference));
    for (const problem of await narrowProblems(page)) problems.push({ url: 'status answer', problem });
    assert.deepEqual(problems, []);
  });

  const seedsOf: Record<Role, (e: Everyone) => string[]> = {
    coordinator: (e) => [
      '/fr/inbox',
      `/fr/inbox/cases/${e.request.id}`,
      `/fr/inbox/cases/${e.offerId}`,
      `/fr/applications/${e.applicationId}`,
      '/fr/budget',
      '/fr/statements',
      '/fr/sessions',
    ],
    clinician: () => ['/fr/my/profile', '/fr/my/sessions', '/fr/my/sessions/new', '/fr/account'],
    applicant: (e) => [
      '/fr/my/applications',
      `/fr/my/applications/${e.applicationId}`,
      '/fr/professionals/join',
    ],
    'committee-member': () => ['/fr/committees', '/fr/committees/brumenta-crr/meetings/new'],
    admin: () => ['/fr/admin', '/fr/admin/staff', '/fr/admin/outbox', '/fr/admin/audit', '/fr/budget'],
  };

  for (const role of Object.keys(seedsOf) as Role[]) {
    it(`signed-in pages of a ${role}`, async () => {
      const page = await pageAs(journey, everyone.accounts[role], WIDTH);
      const problems = await crawl(page, seedsOf[role](everyone), seen, journey.baseUrl);
      if (role === 'committee-member') {
        // A meeting page: made through its form.
        await page.goto('/fr/committees/brumenta-crr/meetings/new');
        await page.fill('#heldOn', '01/12/2030');
        await page.fill('#startsAt', '14:00');
        await page.fill('#place', 'Boulevard du Jardin botanique 50');
        await page.check('#mode');
        await Promise.all([
          page.waitForURL(/meetings\/[0-9a-f-]+$/),
          page.locator('main form button[type=submit]').click(),
        ]);
        for (const problem of await narrowProblems(page)) problems.push({ url: page.url(), problem });
      }
      assert.deepEqual(problems, []);
    });
  }

  it('gives staff tables the screen’s width from 1280 px, references on one line; the decline question fits 320 px', async () => {
    const wide = await pageAs(journey, everyone.accounts.coordinator, 1440);
    await wide.goto('/fr/inbox');
    const main = await wide.locator('main').boundingBox();
    assert.ok(main && main.width > 1300, `the inbox uses the screen's width (${main?.width} px)`);
    const reference = wide.locator('.staff-table td a.nowrap').first();
    assert.equal(await reference.evaluate((a) => getComputedStyle(a).whiteSpace), 'nowrap');
    const box = await reference.boundingBox();
    const lineHeight = await reference.evaluate((a) => Number.parseFloat(getComputedStyle(a).lineHeight));
    assert.ok(box && box.height < lineHeight * 1.5, 'the reference is on one line');
    await wide.goto('/fr/account');
    const reading = await wide.locator('main').boundingBox();
    assert.ok(reading && reading.width <= 1024, 'pages without staff tables keep their measure');

    const narrow = await pageAs(journey, everyone.accounts.coordinator, WIDTH);
    await narrow.goto(`/fr/inbox/cases/${everyone.request.id}`);
    const problems = (await narrowProblems(narrow)).map((problem) => ({ url: 'case page', problem }));
    await narrow.fill('#decline-reason', 'Hors de notre zone');
    await Promise.all([
      narrow.waitForURL(/\/decline$/),
      narrow.locator('form[action$="/decline"] button[type=submit]').click(),
    ]);
    assert.match(
      (await narrow.locator('h1').textContent()) ?? '',
      /Êtes-vous sûr de vouloir refuser la demande/,
    );
    for (const problem of await narrowProblems(narrow)) problems.push({ url: 'decline question', problem });
    assert.deepEqual(problems, []);
  });

  it('folds the header into a menu that opens with the keyboard, without JavaScript', async () => {
    const context = await journey.browser.newContext({
      baseURL: journey.baseUrl,
      javaScriptEnabled: false,
      viewport: { width: WIDTH, height: 640 },
    });
    const page = await context.newPage();
    await page.goto('/fr');
    const find = page.locator('.site-menu a[href="/fr/find"]');
    assert.equal(await find.isVisible(), false, 'the navigation is folded');
    await tabTo(page, '.site-menu summary');
    await page.keyboard.press('Enter');
    assert.equal(await find.isVisible(), true, 'Enter opens the menu');
    await tabTo(page, '.site-menu a[href="/fr/find"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/find');
    await context.close();
  });
});
