// Browser journeys: a real Passerelle on a fresh database, driven by Debian's Chromium through
// playwright-core, with an axe scan (WCAG 2.2 AA rules) of every page a journey visits.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/app.ts';
import type { TestEngine } from '../../support/database.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Pages opened with JavaScript disabled (Playwright cannot tell us afterwards). */
const pagesWithoutScripts = new WeakSet<Page>();

export interface Journey {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /**
   * A fresh browser context (cookies, storage): one per person in a journey. Journeys run twice,
   * with JavaScript and without; the first run clicks through on a phone (375 px: people on a
   * phone have scripts), the second on a laptop (1280 px), so each journey is walked at both
   * widths without a third run. Every page is also checked at both widths (expectAccessible).
   */
  newPage(options?: { javaScriptEnabled?: boolean; locale?: string; width?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // This machine's network is closed: without these flags Chromium keeps trying to reach Google.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page opened with JavaScript disabled: its axe scan runs on a copy in a page that has scripts. */
export function markWithoutScripts(page: Page): void {
  pagesWithoutScripts.add(page);
}

export async function startJourney(
  engine: TestEngine = 'embedded',
  env: Record<string, string> = {},
): Promise<Journey> {
  const t = await startTestApp(engine, env);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    t,
    baseUrl,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        locale: options.locale ?? 'fr-BE',
        viewport: { width: options.width ?? widthFor(options.javaScriptEnabled ?? true), height: 800 },
      });
      contexts.push(context);
      const page = await context.newPage();
      if (options.javaScriptEnabled === false) markWithoutScripts(page);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await t.close();
    },
  };
}

/**
 * The two widths every page a journey visits is checked at: a phone (375 px, the most common
 * small screen) and a laptop (1280 px). Journeys click through at one width; each page they
 * reach is laid out, scanned by axe and checked for sideways scrolling at both, in the same
 * page and browser, so a second width costs a re-layout and a scan, not a second journey.
 */
export const WIDTHS = [375, 1280] as const;

/** The width a journey clicks through at: a phone with JavaScript, a laptop without. */
export function widthFor(javaScriptEnabled: boolean): (typeof WIDTHS)[number] {
  return javaScriptEnabled ? WIDTHS[0] : WIDTHS[1];
}

/** Pages already scanned, by width, address and content: the same page twice is scanned once. */
const scanned = new Set<string>();

/**
 * Runs axe on the page as it is now, at each of WIDTHS, and fails with the list of violations
 * (rule, impact, the elements concerned) or when the page scrolls sideways on a phone. axe is
 * evaluated through the DevTools protocol, so the page's strict CSP stays on.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const started = performance.now();
  try {
    // Without JavaScript the page's timers never fire and axe would wait forever: the same HTML,
    // at the same address (so styles load), is scanned in a page that runs scripts.
    if (pagesWithoutScripts.has(page)) await checkCopy(page);
    else await checkAtEveryWidth(page, page.url(), await page.content());
  } finally {
    if (process.env.E2E_TIMING)
      console.log(`TIMING scan ${Math.round(performance.now() - started)} ms ${page.url()}`);
  }
}

/**
 * One scanner page per browser, kept open: a fresh context for every copy cost a second per
 * scan (a new page, cold caches for the styles and script), more than axe itself.
 */
const scanners = new WeakMap<Browser, Promise<Page>>();

async function checkCopy(page: Page): Promise<void> {
  const html = await page.content();
  const address = page.url();
  const browser = page.context().browser()!;
  let scanner = scanners.get(browser);
  if (!scanner) {
    scanner = browser.newPage({ baseURL: new URL(address).origin });
    scanners.set(browser, scanner);
  }
  const copy = await scanner;
  const serve = (url: URL) => url.href === address;
  await copy.route(serve, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  try {
    await copy.goto(address);
    await checkAtEveryWidth(copy, address, html);
  } finally {
    await copy.unroute(serve);
  }
}

async function checkAtEveryWidth(page: Page, shownUrl: string, html: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 720 };
  // The same page rendered twice differs only in its CSRF token and script nonce (JavaScript on
  // and off, a page revisited): those do not change what axe or a phone sees.
  const stable = html.replace(/name="_csrf" value="[^"]*"/g, '').replace(/nonce="[^"]*"/g, '');
  const fingerprint = createHash('sha1').update(stable).digest('base64url');
  const session = await page.context().newCDPSession(page);
  let axeLoaded = false;
  try {
    for (const width of WIDTHS) {
      const key = `${width} ${shownUrl} ${fingerprint}`;
      if (scanned.has(key)) continue;
      if (page.viewportSize()?.width !== width)
        await page.setViewportSize({ width, height: original.height });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(sideways <= 0, `${shownUrl} scrolls sideways by ${sideways} px at ${width} px`);
      // axe is parsed once per page, not once per width: its 500 kB source is most of a scan.
      if (!axeLoaded) await evaluate(session, AXE_SOURCE);
      axeLoaded = true;
      await runAxe(session, `${shownUrl} at ${width} px`);
      scanned.add(key);
    }
  } finally {
    await session.detach();
    if (page.viewportSize()?.width !== original.width) await page.setViewportSize(original);
  }
}

async function evaluate(session: CDPSession, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`axe failed to run: ${exceptionDetails.text}`);
  return result.value;
}

/**
 * Only violations are wanted: axe then builds selectors for the nodes that fail, not for every node
 * that passed (requests journey: 43.6 s of scans → 39.4 s, the same 70 pages).
 */
async function runAxe(session: CDPSession, shownUrl: string): Promise<void> {
  const value = await evaluate(
    session,
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] })
      .then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))))`,
  );
  const violations = JSON.parse(value as string) as unknown[];
  assert.deepEqual(violations, [], `axe violations on ${shownUrl}:\n${JSON.stringify(violations, null, 2)}`);
}

/** On a phone the header's navigation is folded into a menu: opens it, as a person would. */
export async function unfoldMenu(page: Page): Promise<void> {
  const toggle = page.locator('details.site-menu:not([open]) > summary');
  if (await toggle.isVisible()) await toggle.click();
}

/** Presses Tab until the element matching `selector` has focus: keyboard-only journeys use this. */
export async function tabTo(page: Page, selector: string, maxPresses = 60): Promise<void> {
  // On a phone the header's links are in the folded menu: a keyboard user opens it first.
  const folded = await page.evaluate((s) => {
    const menu = document.querySelector<HTMLDetailsElement>('details.site-menu');
    // checkVisibility, not layout boxes: a closed <details> keeps boxes for its hidden content.
    const shown = Array.from(document.querySelectorAll<HTMLElement>(s)).some((e) => e.checkVisibility());
    return !!menu && !menu.open && menu.checkVisibility() && !shown && !!menu.querySelector(s);
  }, selector);
  if (folded) {
    await tabTo(page, 'summary.site-menu__toggle', maxPresses);
    await page.keyboard.press('Enter');
  }
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} with the keyboard in ${maxPresses} presses on ${page.url()}`);
}

/** Reaches the field with the keyboard (Tab) and types into it, as a keyboard-only person does. */
export async function typeInto(page: Page, selector: string, text: string, maxPresses = 60): Promise<void> {
  await tabTo(page, selector, maxPresses);
  await page.keyboard.type(text);
}
