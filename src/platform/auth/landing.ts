import type { FastifyInstance } from 'fastify';
import { localizedPaths, workAreasOf } from '../http/pages.ts';
import { WORK_AREA_PATHS } from '../views/layout.tsx';
import type { CurrentUser } from './roles.ts';
import { signInUrl } from './urls.ts';

// After signing in, people land on their work rather than on their account settings: staff
// on their first work area (the inbox for coordinators, the profile for clinicians), people
// with an application in progress on it. `/{locale}/start` decides, so a bookmark or the
// sign-in page can point there; capabilities add what only they know (an open questionnaire).

/** A path (after the language) where this person's work is, or null when the rule has none. */
export type LandingRule = (user: CurrentUser) => Promise<string | null>;

export async function landingFor(user: CurrentUser, rules: readonly LandingRule[]): Promise<string> {
  const [area] = workAreasOf(user.grants.map((grant) => grant.role));
  if (area) return WORK_AREA_PATHS[area];
  for (const rule of rules) {
    const path = await rule(user);
    if (path) return path;
  }
  return '/account';
}

export function registerLanding(app: FastifyInstance, rules: readonly LandingRule[]): void {
  for (const { locale, path } of localizedPaths('/start')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      if (!request.user) return reply.redirect(signInUrl(request), 303);
      return reply.redirect(`/${locale}${await landingFor(request.user, rules)}`, 303);
    });
  }
}
