// Accounts and authorization, as the composition root and capabilities use them.
//
// Capabilities use only:
//   request.user                              the signed-in person (CurrentUser) or null
//   authorize / loadAuthorized / reach / can  from './policy.ts', inside their services
//   audit.record(tx, entry)                   from '../audit/audit.ts'
//   enqueue(tx, message)                      from '../outbox/index.ts'
// Everything else here is wired once, in app.ts.

import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { LinkSealer } from '../outbox/index.ts';
import { registerAccountPages } from './pages/account.tsx';
import { registerLinkPages } from './pages/links.tsx';
import { registerSignInPages } from './pages/sign-in.tsx';
import { registerStaffPages } from './pages/staff.tsx';
import { registerAuth } from './plugin.ts';
import { registerAuthRoutes } from './routes.ts';
import { AuthService } from './service.ts';
import { Sessions } from './sessions.ts';
import { type Jurisdictions, StaffService } from './staff.ts';

export type { Action, Decision, Reach, Resource, ResourceType } from './policy.ts';
export {
  ACTIONS,
  authorize,
  can,
  decide,
  loadAuthorized,
  reach,
  reachesAnything,
  requireUser,
} from './policy.ts';
export type { CurrentUser, Grant, GrantScope, Role } from './roles.ts';
export { hasRole, ROLE_SCOPE, ROLES } from './roles.ts';
export { AuthService } from './service.ts';
export { type Jurisdictions, StaffService } from './staff.ts';

export interface AccountServices {
  auth: AuthService;
  staff: StaffService;
}

export function openAccounts(
  config: Config,
  database: Database,
  jurisdictions: Jurisdictions,
  clock: Clock,
  sealer: LinkSealer,
): AccountServices {
  const sessions = new Sessions(
    database,
    { idleMs: config.sessionIdleMinutes * 60_000, maxAgeMs: config.sessionMaxHours * 3_600_000 },
    clock,
  );
  return {
    auth: new AuthService(database, sessions, config, clock, sealer),
    staff: new StaffService(database, jurisdictions, config.publicUrl, clock, sealer),
  };
}

/** The session hook first (every route after it sees request.user), then the account pages. */
export function registerAccounts(app: FastifyInstance, services: AccountServices, config: Config): void {
  registerAuth(app, services.auth.sessions);
  registerAuthRoutes(app);
  registerSignInPages(app, services.auth, { maxAgeSeconds: config.sessionMaxHours * 3600 });
  registerLinkPages(app, services.auth);
  registerAccountPages(app, services.auth, services.staff.jurisdictions);
  registerStaffPages(app, services.staff);
}
