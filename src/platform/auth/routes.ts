import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { LangParam, Problem } from '../http/schemas.ts';
import { requireUser } from './policy.ts';
import { ROLES } from './roles.ts';

const Me = Type.Object({
  accountId: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  locale: Type.String(),
  grants: Type.Array(
    Type.Object({
      id: Type.String(),
      role: Type.Enum([...ROLES]),
      networkId: Type.Union([Type.String(), Type.Null()]),
      zoneId: Type.Union([Type.String(), Type.Null()]),
      bodyId: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export function registerAuthRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/me',
    {
      schema: {
        summary: 'The signed-in person and their roles',
        description: 'Uses the session cookie set by signing in on the website. 401 without a session.',
        tags: ['accounts'],
        querystring: Type.Object({ lang: LangParam }, { additionalProperties: false }),
        response: { 200: Me, 401: Problem },
      },
    },
    async (request) => requireUser(request.user),
  );
}
