import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ProblemError } from '../platform/http/problem.ts';
import { LangParam, NisCode, PlaceNames, Postcode, Problem } from '../platform/http/schemas.ts';
import { format, LANGUAGE_CODES } from '../platform/i18n/index.ts';
import { referenceMessages } from '../reference/messages.ts';
import type { FinderHit } from './domain/finder.ts';
import { AGE_GROUPS, type Clinician, FUNCTIONS, MODES, SPECIALITIES, WAITING_BANDS } from './domain/types.ts';
import { directoryMessages } from './messages.ts';
import { DEFAULT_LIMIT, type DirectoryService, MAX_LIMIT } from './service.ts';

const CliniciansQuery = Type.Object(
  {
    postcode: Type.Optional(Postcode),
    commune: Type.Optional(NisCode),
    age: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
    ageGroup: Type.Optional(Type.Enum([...AGE_GROUPS])),
    language: Type.Optional(Type.Enum([...LANGUAGE_CODES])),
    function: Type.Optional(Type.Enum([...FUNCTIONS])),
    mode: Type.Optional(Type.Enum([...MODES])),
    speciality: Type.Optional(Type.Enum([...SPECIALITIES])),
    wheelchair: Type.Optional(Type.Boolean()),
    acceptingNewPatients: Type.Optional(Type.Boolean()),
    zone: Type.Optional(Type.String({ maxLength: 64 })),
    network: Type.Optional(Type.String({ maxLength: 64 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
    lang: LangParam,
  },
  { additionalProperties: false },
);

// Nullable fields are written as type arrays, not anyOf, so fast-json-stringify serializes
// them without trying each branch: the list is the hottest answer Passerelle gives.
const NullableString = Type.Unsafe<string | null>({ type: ['string', 'null'] });
const NullableNumber = Type.Unsafe<number | null>({ type: ['number', 'null'] });
const Strings = Type.Array(Type.String());

const Location = Type.Object({
  kind: Type.String(),
  name: NullableString,
  street: Type.String(),
  postcode: Type.String(),
  lat: Type.Number(),
  lon: Type.Number(),
  wheelchair: Type.Boolean(),
});

const profileFields = {
  id: Type.String(),
  displayName: Type.String(),
  kind: Type.String(),
  languages: Strings,
  ageGroups: Strings,
  functions: Strings,
  modes: Strings,
  specialities: Strings,
  networks: Strings,
  acceptingNewPatients: Type.Boolean(),
  waitingBand: Type.Enum([...WAITING_BANDS]),
  phone: NullableString,
  email: NullableString,
  website: NullableString,
  updatedAt: Type.String({ description: 'When the profile was last confirmed (ISO 8601)' }),
};

const ClinicianItem = Type.Object({
  ...profileFields,
  distanceKm: NullableNumber,
  nearestLocation: Location,
});

const CliniciansAnswer = Type.Object({
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  place: Type.Union([
    Type.Object({ postcode: NullableString, names: PlaceNames, lat: Type.Number(), lon: Type.Number() }),
    Type.Null(),
  ]),
  items: Type.Array(ClinicianItem),
});

const ClinicianAnswer = Type.Object({
  ...profileFields,
  inami: NullableString,
  locations: Type.Array(Location),
});

function profile(clinician: Clinician) {
  return { ...clinician, displayName: `${clinician.givenName} ${clinician.familyName}` };
}

function item({ clinician, distanceKm, nearestLocation }: FinderHit) {
  return { ...profile(clinician), distanceKm, nearestLocation };
}

export function registerDirectoryRoutes(app: FastifyInstance, directory: DirectoryService): void {
  app.get(
    '/api/v1/clinicians',
    {
      schema: {
        summary: 'Find conventioned clinicians: filters, ranked by distance then freshness',
        description:
          'Give `postcode` or `commune` (NIS code) to rank by distance from it (`distanceKm` is null otherwise). ' +
          '`age` keeps clinicians who work with that age group and belong to a network serving that age. ' +
          '`zone` keeps those with a location in a coordinator zone. Every filter combines with the others. ' +
          'Unknown values answer 400 naming the parameter; a postcode outside the reference data answers 404.',
        tags: ['directory'],
        querystring: CliniciansQuery,
        response: { 200: CliniciansAnswer, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const query = request.query as Type.Static<typeof CliniciansQuery>;
      const m = directoryMessages[request.locale].api;
      if (query.postcode && query.commune) {
        const detail = referenceMessages[request.locale].api.bothPlaces;
        throw new ProblemError(400, 'invalid-parameters', detail, [
          { field: 'commune', code: 'conflict', message: detail },
        ]);
      }
      const limit = query.limit ?? DEFAULT_LIMIT;
      const offset = query.offset ?? 0;
      const outcome = directory.search({
        ...query,
        place: query.postcode
          ? { postcode: query.postcode }
          : query.commune
            ? { communeNis: query.commune }
            : undefined,
        limit,
        offset,
      });
      if (!outcome.ok) {
        if (outcome.reason === 'unknown-place') {
          const place = query.postcode ?? query.commune ?? '';
          const detail = format(request.locale, referenceMessages[request.locale].errors.outsideTerritory, {
            place,
          });
          throw new ProblemError(404, 'outside-territory', detail);
        }
        const field = outcome.reason === 'unknown-zone' ? 'zone' : 'network';
        const detail = format(request.locale, field === 'zone' ? m.unknownZone : m.unknownNetwork, {
          value: query[field] ?? '',
        });
        throw new ProblemError(400, 'invalid-parameters', detail, [
          { field, code: 'unknown', message: detail },
        ]);
      }
      return { total: outcome.total, limit, offset, place: outcome.place, items: outcome.hits.map(item) };
    },
  );

  app.get(
    '/api/v1/clinicians/:id',
    {
      schema: {
        summary: 'One listed clinician: profile, locations and how to get in touch',
        tags: ['directory'],
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        querystring: Type.Object({ lang: LangParam }, { additionalProperties: false }),
        response: { 200: ClinicianAnswer, 404: Problem },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const clinician = directory.getListed(id);
      if (!clinician)
        throw new ProblemError(404, 'not-found', directoryMessages[request.locale].api.notFound);
      return profile(clinician);
    },
  );
}
