// A browser journey on a Passerelle with the in-memory decision desk (test/e2e/support starts
// one without a desk): Debian's Chromium through playwright-core, people signed in by cookie.
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../../src/platform/auth/plugin.ts';
import { launchChromium, markWithoutScripts } from '../../e2e/support/browser.ts';
import { startCommitteeApp } from './app.ts';

export interface CommitteeJourney {
  t: Awaited<ReturnType<typeof startCommitteeApp>>;
  browser: Browser;
  /** A browser of its own for the account, already signed in. */
  pageAs(accountId: string, options?: { javaScriptEnabled?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export async function startCommitteeJourney(): Promise<CommitteeJourney> {
  const t = await startCommitteeApp('embedded');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const baseURL = `http://127.0.0.1:${port}`;
  const browser = await launchChromium();
  return {
    t,
    browser,
    async pageAs(accountId, options = {}) {
      const context = await browser.newContext({
        baseURL,
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        locale: 'fr-BE',
      });
      const token = await t.services.accounts.auth.sessions.start(t.database.db, accountId);
      await context.addCookies([
        { name: SESSION_COOKIE, value: t.app.signCookie(token), url: baseURL, httpOnly: true },
      ]);
      const page = await context.newPage();
      if (options.javaScriptEnabled === false) markWithoutScripts(page);
      return page;
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}
