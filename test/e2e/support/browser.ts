// Browser journeys: a real Passerelle on a fresh database, driven by Debian's Chromium through
// playwright-core, with an axe scan (WCAG 2.2 AA rules) of every page a journey visits.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
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
  /** A fresh browser context (cookies, storage): one per person in a journey. */
  newPage(options?: { javaScriptEnabled?: boolean; locale?: string }): Promise<Page>;
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
 * Runs axe on the page as it is now and fails with the list of violations (rule, impact, the
 * elements concerned). axe is evaluated through the DevTools protocol, so the page's strict
 * CSP stays on.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // Without JavaScript the page's timers never fire and axe would wait forever: the same HTML,
  // at the same address (so styles load), is scanned in a page that runs scripts.
  if (pagesWithoutScripts.has(page)) {
    const html = await page.content();
    const scanner = await page
      .context()
      .browser()!
      .newPage({ baseURL: new URL(page.url()).origin });
    try {
      await scanner.route(page.url(), (route) =>
        route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
      );
      await scanner.goto(page.url());
      await runAxe(scanner, page.url());
    } finally {
      await scanner.context().close();
    }
    return;
  }
  await runAxe(page, page.url());
}

async function runAxe(page: Page, shownUrl: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression: `${AXE_SOURCE};
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
          .then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))))`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`axe failed to run: ${exceptionDetails.text}`);
    const violations = JSON.parse(result.value as string) as unknown[];
    assert.deepEqual(
      violations,
      [],
      `axe violations on ${shownUrl}:\n${JSON.stringify(violations, null, 2)}`,
    );
  } finally {
    await session.detach();
  }
}

/** Presses Tab until the element matching `selector` has focus: keyboard-only journeys use this. */
export async function tabTo(page: Page, selector: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} with the keyboard in ${maxPresses} presses on ${page.url()}`);
}
