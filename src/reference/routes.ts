import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ProblemError } from '../platform/http/problem.ts';
import {
  LangParam,
  LanguageCodeSchema,
  NamesSchema,
  NisCode,
  PlaceNames,
  Postcode,
  Problem,
} from '../platform/http/schemas.ts';
import { format } from '../platform/i18n/index.ts';
import { REQUESTERS } from './domain/types.ts';
import { referenceMessages } from './messages.ts';
import { describeRoute, type ReferenceService } from './service.ts';

const RoutingQuery = Type.Object(
  {
    postcode: Type.Optional(Postcode),
    commune: Type.Optional(NisCode),
    age: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
    requester: Type.Optional(Type.Enum([...REQUESTERS])),
    language: Type.Optional(LanguageCodeSchema),
    lang: LangParam,
  },
  { additionalProperties: false },
);

const NetworkAnswer = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  names: NamesSchema,
  minAge: Type.Integer(),
  maxAge: Type.Union([Type.Integer(), Type.Null()]),
  website: Type.Union([Type.String(), Type.Null()]),
});

const RoutingAnswer = Type.Object({
  requester: Type.String(),
  language: Type.String(),
  place: Type.Object({ postcode: Type.String(), names: PlaceNames }),
  commune: Type.Object({ nis: Type.String(), names: PlaceNames }),
  networks: Type.Array(NetworkAnswer),
  zone: Type.Union([
    Type.Object({
      id: Type.String(),
      names: NamesSchema,
      email: Type.String(),
      phone: Type.Union([Type.String(), Type.Null()]),
      reason: Type.String(),
      communes: Type.Array(Type.Object({ nis: Type.String(), names: PlaceNames })),
      localities: Type.Array(Type.Object({ postcode: Type.String(), names: PlaceNames })),
      postcodes: Type.Array(Type.String()),
    }),
    Type.Null(),
  ]),
});

export function registerReferenceRoutes(app: FastifyInstance, reference: ReferenceService): void {
  app.get(
    '/api/v1/routing',
    {
      schema: {
        summary: 'Which networks and which coordinator zone serve a place, an age and a requester',
        description:
          'Give `postcode` or `commune` (NIS code). `requester` is public (default), gp or organisation; ' +
          '`language` (ISO 639-1) defaults to the answer language. A 15–23-year-old gets both networks. ' +
          'The language rule (a Dutch-speaking association goes to the centre-west zone in Brussels) applies to organisations.',
        tags: ['reference'],
        querystring: RoutingQuery,
        response: { 200: RoutingAnswer, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const query = request.query as Type.Static<typeof RoutingQuery>;
      const m = referenceMessages[request.locale];
      if (query.postcode && query.commune) {
        throw new ProblemError(400, 'invalid-parameters', m.api.bothPlaces, [
          { field: 'commune', code: 'conflict', message: m.api.bothPlaces },
        ]);
      }
      if (!query.postcode && !query.commune) {
        throw new ProblemError(400, 'invalid-parameters', m.api.placeRequired, [
          { field: 'postcode', code: 'required', message: m.api.placeRequired },
        ]);
      }
      const place = query.postcode ? { postcode: query.postcode } : { communeNis: query.commune! };
      const requester = query.requester ?? 'public';
      const language = query.language ?? request.locale;
      const outcome = reference.route({ place, age: query.age, requester, language });
      if (!outcome.ok) {
        const where = query.postcode ?? query.commune!;
        const detail =
          outcome.reason === 'no-network-for-age'
            ? format(request.locale, m.errors.noNetworkForAge, { age: query.age ?? 0, place: where })
            : format(request.locale, m.errors.outsideTerritory, { place: where });
        throw new ProblemError(
          404,
          outcome.reason === 'no-network-for-age' ? outcome.reason : 'outside-territory',
          detail,
        );
      }
      return { requester, language, ...describeRoute(reference.snapshot(), outcome.route) };
    },
  );
}
