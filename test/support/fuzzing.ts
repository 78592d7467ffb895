// What the bad-input tests share: the people who send the garbage, and the routes to send it to.

import type { RegisteredRoute } from '../../src/platform/http/server.ts';
import { LOCALES } from '../../src/platform/i18n/locales.ts';
import { signedInClient } from './accounts.ts';
import type { TestApp } from './app.ts';
import { TestClient } from './http-client.ts';

export interface Persona {
  name: string;
  client: TestClient;
  headers: Record<string, string>;
}

/** Someone anonymous, each signed-in account given (by name), and a caller with the API token. */
export async function fuzzPersonas(
  t: TestApp,
  apiToken: string,
  accounts: Record<string, string>,
): Promise<Persona[]> {
  const signedIn: Persona[] = [];
  for (const [name, accountId] of Object.entries(accounts)) {
    signedIn.push({ name, client: await signedInClient(t, accountId), headers: {} });
  }
  return [
    { name: 'anonymous', client: new TestClient(t), headers: {} },
    ...signedIn,
    { name: 'API token', client: new TestClient(t), headers: { authorization: `Bearer ${apiToken}` } },
  ];
}

// The language prefixes, read from the locales: German, added later, was fuzzed as a copy of the
// French pages until 2026-12-07 (92 of 202 GET routes).
const LANGUAGE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})(?=/|$)`);

/**
 * Every route with one of `methods`, once: each page is registered once per language with the
 * same handler, so one language stands for all (the languages' own paths are still read, as
 * pages, by the accessibility journeys); assets are files, not handlers.
 */
export function routesOnce(t: TestApp, methods: string[]): RegisteredRoute[] {
  const seen = new Set<string>();
  return t.app.registeredRoutes.filter((route) => {
    const key = `${route.method} ${route.url.replace(LANGUAGE_PREFIX, '/{locale}')}`;
    if (!methods.includes(route.method) || route.url.startsWith('/assets') || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
