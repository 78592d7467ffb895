// Who may call the sessions and statements APIs, and what each caller may do. Two kinds of
// caller: a machine holding API_ADMIN_TOKEN (everything), and a signed-in account, for which the
// one policy (platform/auth/policy.ts) decides: a clinician records and reads only their own
// sessions (the clinician linked to their account), network staff read their network's.

import { createHash, timingSafeEqual } from 'node:crypto';
import type { Clinician } from '../directory/domain/types.ts';
import { can, type Decision, decide } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';

/**
 * `clinician` is the profile linked to the account (directory.clinicianForAccount), loaded once
 * with the actor and never something the caller sends: it is what makes a session "their own".
 */
export type CareActor =
  /** The API token's holder (a network's machine), or `via` the command line (the operator). */
  | { readonly kind: 'admin'; readonly via?: 'command line' }
  | { readonly kind: 'account'; readonly user: CurrentUser; readonly clinician: Clinician | null };

declare const decided: unique symbol;

/**
 * The policy's one decision that an actor records (and previews) for a clinician, with the
 * clinician as loaded for it (null: not in the directory, which recording reports beside the
 * other field errors). Only `recorderFor` makes one (the brand keeps anything else from
 * passing for it), so what takes one neither asks the policy again nor loads the clinician again.
 */
export interface Recorder {
  readonly actor: CareActor;
  readonly clinicianId: string;
  readonly clinician: Clinician | null;
  readonly [decided]: true;
}

export type RecorderDecision =
  | { readonly ok: true; readonly recorder: Recorder }
  | { readonly ok: false; readonly decision: Exclude<Decision, 'allow'> };

/** The id of the clinician whose sessions are the actor's own, if any. */
export function ownClinicianId(actor: CareActor): string | null {
  return actor.kind === 'account' ? (actor.clinician?.id ?? null) : null;
}

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
  return ownClinicianId(actor) === clinicianId ? actor.user.accountId : null;
}

/** What an actor may do: the token holder everything; an account what the policy allows. */
export const carePolicy = {
  /** Recording for a clinician: the decision (a refused account may not even know of sessions: 'hidden'). */
  recording(actor: CareActor, clinicianId: string): Decision {
    if (actor.kind === 'admin') return 'allow';
    return decide(actor.user, 'care-session.record', {
      type: 'care-session',
      ownerAccountId: ownerOf(actor, clinicianId),
    });
  },
  mayRecordFor(actor: CareActor, clinicianId: string): boolean {
    return carePolicy.recording(actor, clinicianId) === 'allow';
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

/**
 * Decides once whether `actor` records for `clinicianId`, and resolves the clinician once: an
 * account's own profile is the one loaded with the actor; the token holder's comes from `find`.
 */
export async function recorderFor(
  actor: CareActor,
  clinicianId: string,
  find: (id: string) => Promise<Clinician | null>,
): Promise<RecorderDecision> {
  const decision = carePolicy.recording(actor, clinicianId);
  if (decision !== 'allow') return { ok: false, decision };
  const own = actor.kind === 'account' && actor.clinician?.id === clinicianId ? actor.clinician : null;
  const clinician = own ?? (await find(clinicianId));
  return { ok: true, recorder: { actor, clinicianId, clinician } as Recorder };
}

/** Changes to sessions the actor may not read (another clinician's) stay unsaid. */
export function visibleChanges<T extends { clinicianId: string; networkId: string }>(
  actor: CareActor,
  changes: T[],
): T[] {
  return changes.filter((change) => carePolicy.mayReadSession(actor, change));
}
