import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Database } from '../db/database.ts';
import { localizedPaths, pageContext, workAreasOf } from '../http/pages.ts';
import type { Locale } from '../i18n/locales.ts';
import { WORK_AREA_PATHS } from '../views/layout.tsx';
import { sendPage } from '../views/render.ts';
import { ProfileMissingPage } from './pages/profile-missing.tsx';
import type { CurrentUser } from './roles.ts';
import { accounts, grants } from './tables.ts';
import { signInUrl } from './urls.ts';

// After signing in, people land on their work rather than on their account settings: staff
// on their first work area (the inbox for coordinators, the profile for clinicians), people
// with an application in progress on it. `/{locale}/start` decides, so a bookmark or the
// sign-in page can point there; capabilities add what only they know (an open questionnaire).
// A clinician whose account holds the role but no directory profile yet lands on a page that
// says so and whom to ask, instead of a profile page that cannot show anything.

/** A path (after the language) where this person's work is, or null when the rule has none. */
export type LandingRule = (user: CurrentUser) => Promise<string | null>;

/** What landing needs from outside auth: whether a clinician's profile is linked (the directory). */
export interface LandingHelp {
  database: Database;
  clinicianProfileLinked(user: CurrentUser): Promise<boolean>;
}

export const PROFILE_MISSING_PATH = '/start/profile-missing';

export async function landingFor(
  user: CurrentUser,
  rules: readonly LandingRule[],
  help?: LandingHelp,
): Promise<string> {
  const [area] = workAreasOf(user.grants.map((grant) => grant.role));
  if (area === 'profile' && help && !(await help.clinicianProfileLinked(user))) return PROFILE_MISSING_PATH;
  if (area) return WORK_AREA_PATHS[area];
  for (const rule of rules) {
    const path = await rule(user);
    if (path) return path;
  }
  return '/account';
}

/** The administrators of the networks a clinician's grants name (all networks' when none is named). */
async function networkAdminsFor(database: Database, user: CurrentUser) {
  const networkIds = user.grants
    .filter((g) => g.role === 'clinician' && g.networkId)
    .map((g) => g.networkId as string);
  const rows = await database.db
    .selectDistinct({ name: accounts.displayName, email: accounts.email, networkId: grants.networkId })
    .from(grants)
    .innerJoin(accounts, eq(accounts.id, grants.accountId))
    .where(
      and(
        eq(grants.role, 'network-admin'),
        networkIds.length > 0 ? inArray(grants.networkId, networkIds) : undefined,
      ),
    )
    .orderBy(accounts.displayName)
    .limit(20);
  return rows.map((row) => ({ name: row.name, email: row.email, networkId: row.networkId ?? '' }));
}

export function registerLanding(
  app: FastifyInstance,
  rules: readonly LandingRule[],
  help?: LandingHelp,
  networkName: (id: string, locale: Locale) => string = (id) => id,
): void {
  for (const { locale, path } of localizedPaths('/start')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      if (!request.user) return reply.redirect(signInUrl(request), 303);
      return reply.redirect(`/${locale}${await landingFor(request.user, rules, help)}`, 303);
    });
  }
  if (!help) return;
  for (const { locale, path } of localizedPaths(PROFILE_MISSING_PATH)) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      if (!request.user) return reply.redirect(signInUrl(request), 303);
      const admins = await networkAdminsFor(help.database, request.user);
      return sendPage(
        reply,
        h(ProfileMissingPage, {
          ctx: pageContext(request, reply),
          linked: await help.clinicianProfileLinked(request.user),
          email: request.user.email,
          admins: admins.map((a) => ({ ...a, network: networkName(a.networkId, locale) })),
        }),
      );
    });
  }
}
