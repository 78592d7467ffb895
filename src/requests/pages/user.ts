import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../platform/auth/roles.ts';

/** The signed-in person (the platform's session hook sets `request.user`), or null. */
export function userOf(request: FastifyRequest): CurrentUser | null {
  return request.user;
}
