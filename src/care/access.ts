// Who may call the sessions and statements APIs, and what each caller may do. Two kinds of
// caller: a machine holding API_ADMIN_TOKEN (everything), and a signed-in account, for which the
// one policy (platform/auth/policy.ts) decides: a clinician records and reads only their own
// sessions (the clinician linked to their account), network staff read their network's.

import { createHash, timingSafeEqual } from 'node:crypto';
import { can } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';

/**
 * `clinicianId` is the profile linked to the account (directory.clinicianForAccount), never
 * something the caller sends: it is what makes a session "their own".
 */
export type CareActor =
  /** The API token's holder (a network's machine), or `via` the command line (the operator). */
  | { readonly kind: 'admin'; readonly via?: 'command line' }
  | { readonly kind: 'account'; readonly user: CurrentUser; readonly clinicianId: string | null };

export type CareAccess =
  | { readonly ok: true; readonly actor: CareActor }
  /** 404: the token APIs are off (no token configured); 401: no or wrong credentials. */
  | { readonly ok: false; readonly status: 401 | 404 };

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The machine check: a bearer token equal to API_ADMIN_TOKEN. Without a configured token, off. */
export function authenticateCareCaller(
  authorization: string | undefined,
  adminToken: string | undefined,
): CareAccess {
  if (!adminToken) return { ok: false, status: 404 };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  // Compare digests in constant time: neither the token's length nor its prefix leaks.
  if (!match?.[1] || !timingSafeEqual(digest(match[1]), digest(adminToken)))
    return { ok: false, status: 401 };
  return { ok: true, actor: { kind: 'admin' } };
}

/** The account that owns a clinician's sessions, as far as this actor can tell: itself or nobody. */
function ownerOf(actor: Extract<CareActor, { kind: 'account' }>, clinicianId: string): string | null {
  return actor.clinicianId !== null && actor.clinicianId === clinicianId ? actor.user.accountId : null;
}

/** What an actor may do: the token holder everything; an account what the policy allows. */
export const carePolicy = {
  mayRecordFor(actor: CareActor, clinicianId: string): boolean {
    if (actor.kind === 'admin') return true;
    return can(actor.user, 'care-session.record', {
      type: 'care-session',
      ownerAccountId: ownerOf(actor, clinicianId),
    });
  },
  mayReadSession(actor: CareActor, session: { clinicianId: string; networkId: string }): boolean {
    if (actor.kind === 'admin') return true;
    return can(actor.user, 'care-session.read', {
      type: 'care-session',
      networkIds: [session.networkId],
      ownerAccountId: ownerOf(actor, session.clinicianId),
    });
  },
  /** A statement of every network (networkId null) is for the token holder only. */
  mayReadStatement(actor: CareActor, networkId: string | null): boolean {
    if (actor.kind === 'admin') return true;
    if (networkId === null) return false;
    return can(actor.user, 'care-statement.read', { type: 'care-statement', networkIds: [networkId] });
  },
};

/** Changes to sessions the actor may not read (another clinician's) stay unsaid. */
export function visibleChanges<T extends { clinicianId: string; networkId: string }>(
  actor: CareActor,
  changes: T[],
): T[] {
  return changes.filter((change) => carePolicy.mayReadSession(actor, change));
}
