// Roles, their scopes, and the signed-in person as capabilities see them (`request.user`).
// Pure types and rules: no database, no framework.

import type { Locale } from '../i18n/index.ts';

export const ROLES = [
  'gp',
  'clinician',
  'organisation',
  'coordinator',
  'network-admin',
  'committee-member',
  'platform-admin',
] as const;
export type Role = (typeof ROLES)[number];

/** What each role is scoped to: nothing, one zone of one network, one network, or one deciding body. */
export const ROLE_SCOPE = {
  gp: 'none',
  clinician: 'none',
  organisation: 'none',
  coordinator: 'zone',
  'network-admin': 'network',
  'committee-member': 'body',
  'platform-admin': 'none',
} as const satisfies Record<Role, 'none' | 'zone' | 'network' | 'body'>;

/** Roles people give themselves by creating an account; every other role is granted by an admin. */
export const SELF_SERVICE_ROLES = ['gp', 'organisation'] as const satisfies readonly Role[];
/** Roles a platform admin grants to staff from the admin page. */
export const STAFF_ROLES = [
  'coordinator',
  'network-admin',
  'committee-member',
  'platform-admin',
  'clinician',
  'gp',
  'organisation',
] as const satisfies readonly Role[];

/**
 * One role held by one person. The scope fields that apply to the role are set, the others
 * null: a coordinator has networkId and zoneId (one grant per zone), a network admin networkId,
 * a committee member bodyId (the id of a deciding body, e.g. 'brumenta-crr').
 */
export interface Grant {
  id: string;
  role: Role;
  networkId: string | null;
  zoneId: string | null;
  bodyId: string | null;
}

export type GrantScope = Omit<Grant, 'id'>;

/** The signed-in person, as every capability sees it (`request.user`, null when signed out). */
export interface CurrentUser {
  accountId: string;
  email: string;
  displayName: string;
  /** The person's language: e-mails to them are written in it. */
  locale: Locale;
  grants: readonly Grant[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Which scope fields a grant is missing or should not have; empty when its shape fits its role. */
export function grantShapeErrors(grant: GrantScope): Array<'networkId' | 'zoneId' | 'bodyId'> {
  const scope = ROLE_SCOPE[grant.role];
  const wanted = {
    networkId: scope === 'zone' || scope === 'network',
    zoneId: scope === 'zone',
    bodyId: scope === 'body',
  };
  return (['networkId', 'zoneId', 'bodyId'] as const).filter(
    (field) => wanted[field] !== Boolean(grant[field]),
  );
}

export function hasRole(user: CurrentUser | null | undefined, role: Role): boolean {
  return Boolean(user?.grants.some((grant) => grant.role === role));
}
