import { randomUUID } from 'node:crypto';
import type { CurrentUser, Grant, GrantScope } from '../../../src/platform/auth/roles.ts';

function person(name: string, scopes: GrantScope[]): CurrentUser {
  const grants: Grant[] = scopes.map((scope) => ({ id: randomUUID(), ...scope }));
  return { accountId: randomUUID(), email: `${name}@staff.example`, displayName: name, locale: 'fr', grants };
}

const none = { networkId: null, zoneId: null, bodyId: null };

/** A coordinator of a Brussels zone for both networks (one grant per network and zone). */
export function coordinator(zoneId: string, name = `coordinator-${zoneId}`): CurrentUser {
  return person(name, [
    { ...none, role: 'coordinator', networkId: 'bru-stars', zoneId },
    { ...none, role: 'coordinator', networkId: 'brumenta', zoneId },
  ]);
}

export function networkAdmin(networkId: string): CurrentUser {
  return person(`admin-${networkId}`, [{ ...none, role: 'network-admin', networkId }]);
}

export function withRole(
  role: 'gp' | 'clinician' | 'organisation' | 'platform-admin' | 'committee-member',
): CurrentUser {
  return person(role, [
    { ...none, role, ...(role === 'committee-member' ? { bodyId: 'brumenta-committee' } : {}) },
  ]);
}
