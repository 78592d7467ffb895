import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ProblemError } from '../platform/http/problem.ts';
import { LangParam, NisCode, PlaceNames, Postcode, Problem } from '../platform/http/schemas.ts';
import { format, LANGUAGE_CODES } from '../platform/i18n/index.ts';
import { referenceMessages } from '../reference/messages.ts';
import type { FinderHit } from './domain/finder.ts';
import type { SearchPlace as Place } from './domain/search.ts';
import {
  AGE_GROUPS,
  type Clinician,
  type ClinicianLocation,
  FUNCTIONS,
  MODES,
  SPECIALITIES,
  WAITING_BANDS,
} from './domain/types.ts';
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

// Nullable fields are written as type arrays, not anyOf: simpler for clients and for
// serializers. Objects are closed, so the contract test can catch a stray field.
const NullableString = Type.Unsafe<string | null>({ type: ['string', 'null'] });
const NullableNumber = Type.Unsafe<number | null>({ type: ['number', 'null'] });
const Strings = Type.Array(Type.String());
const closed = { additionalProperties: false } as const;

const Location = Type.Object(
  {
    kind: Type.String(),
    name: NullableString,
    street: Type.String(),
    postcode: Type.String(),
    lat: Type.Number(),
    lon: Type.Number(),
    wheelchair: Type.Boolean(),
  },
  closed,
);

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

const ClinicianItem = Type.Object(
  {
    ...profileFields,
    distanceKm: Type.Unsafe<number | null>({
      ...NullableNumber,
      description: 'From the place to the nearest matching location, in km to 100 m; null without a place',
    }),
    nearestLocation: Location,
  },
  closed,
);

const PlaceAnswer = Type.Object(
  {
    postcode: NullableString,
    communeNis: Type.String(),
    names: PlaceNames,
    lat: Type.Number(),
    lon: Type.Number(),
  },
  closed,
);

export const CliniciansAnswer = Type.Object(
  {
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
    place: Type.Unsafe<Type.Static<typeof PlaceAnswer> | null>({ ...PlaceAnswer, type: ['object', 'null'] }),
    items: Type.Array(ClinicianItem),
  },
  closed,
);

export const ClinicianAnswer = Type.Object(
  { ...profileFields, inami: NullableString, locations: Type.Array(Location) },
  closed,
);

/** A clinician's fields that do not depend on the search, in the schema's order. */
function summary(c: Clinician) {
  return {
    id: c.id,
    displayName: `${c.givenName} ${c.familyName}`,
    kind: c.kind,
    languages: c.languages,
    ageGroups: c.ageGroups,
    functions: c.functions,
    modes: c.modes,
    specialities: c.specialities,
    networks: c.networks,
    acceptingNewPatients: c.acceptingNewPatients,
    waitingBand: c.waitingBand,
    phone: c.phone,
    email: c.email,
    website: c.website,
    updatedAt: c.updatedAt,
  };
}

function location(l: ClinicianLocation) {
  return {
    kind: l.kind,
    name: l.name,
    street: l.street,
    postcode: l.postcode,
    lat: l.lat,
    lon: l.lon,
    wheelchair: l.wheelchair,
  };
}

/**
 * The list is the hottest answer Passerelle gives, and most of each item never changes between
 * searches: it is serialized once per version of a clinician (a new version is a new object, so
 * the cache follows the read model by itself) and only the distance is written per request.
 */
const fragments = new WeakMap<Clinician, { head: string; locations: string[] }>();

function fragmentsOf(clinician: Clinician) {
  let cached = fragments.get(clinician);
  if (!cached) {
    cached = {
      head: JSON.stringify(summary(clinician)).slice(0, -1),
      locations: clinician.locations.map((l) => JSON.stringify(location(l))),
    };
    fragments.set(clinician, cached);
  }
  return cached;
}

function listJson(
  total: number,
  limit: number,
  offset: number,
  place: Place | null,
  hits: FinderHit[],
): string {
  const placeJson = place
    ? JSON.stringify({
        postcode: place.postcode,
        communeNis: place.communeNis,
        names: { fr: place.names.fr, nl: place.names.nl },
        lat: place.lat,
        lon: place.lon,
      })
    : 'null';
  let json = `{"total":${total},"limit":${limit},"offset":${offset},"place":${placeJson},"items":[`;
  for (let i = 0; i < hits.length; i++) {
    const { clinician, distanceKm, nearestLocation } = hits[i]!;
    const { head, locations } = fragmentsOf(clinician);
    const nearest = locations[clinician.locations.indexOf(nearestLocation)];
    json += `${i > 0 ? ',' : ''}${head},"distanceKm":${distanceKm === null ? 'null' : distanceKm},"nearestLocation":${nearest}}`;
  }
  return `${json}]}`;
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
    async (request, reply) => {
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
      return reply
        .type('application/json; charset=utf-8')
        .send(listJson(outcome.total, limit, offset, outcome.place, outcome.hits));
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
      return { ...summary(clinician), inami: clinician.inami, locations: clinician.locations.map(location) };
    },
  );
}
