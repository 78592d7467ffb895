import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../platform/auth/roles.ts';

/** The signed-in person (set by the platform's session hook), or null. */
export function userOf(request: FastifyRequest): CurrentUser | null {
  return (request as FastifyRequest & { user?: CurrentUser | null }).user ?? null;
}
