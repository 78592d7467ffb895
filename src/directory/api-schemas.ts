// The directory API's contract: the finder's query and the answers, as JSON Schema (TypeBox),
// for validation, serialization and the OpenAPI document.

import Type from 'typebox';
import { LangParam, NisCode, PlaceNames, Postcode } from '../platform/http/schemas.ts';
import { LANGUAGE_CODES } from '../platform/i18n/index.ts';
import { AGE_GROUPS, FUNCTIONS, MODES, SPECIALITIES, WAITING_BANDS } from './domain/types.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from './service.ts';

export const CliniciansQuery = Type.Object(
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
    id: Type.String({
      description: 'The location’s id: a machine client records a session there with `locationId`',
    }),
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

/** In the list, where the nearest place is, without its coordinates (the clinician's page has them). */
const NearestLocation = Type.Object(
  {
    kind: Type.String(),
    name: NullableString,
    street: Type.String(),
    postcode: Type.String(),
    wheelchair: Type.Boolean(),
  },
  closed,
);

/** What the list shows of each clinician: enough to choose, the rest is on the clinician's answer. */
const summaryFields = {
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
  updatedAt: Type.String({ description: 'When the profile was last confirmed (ISO 8601)' }),
};

const ClinicianItem = Type.Object(
  {
    ...summaryFields,
    distanceKm: Type.Unsafe<number | null>({
      ...NullableNumber,
      description: 'From the place to the nearest matching location, in km to 100 m; null without a place',
    }),
    nearestLocation: NearestLocation,
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

/** A network serving the place whose clinicians are listed elsewhere (its own list). */
const NetworkElsewhere = Type.Object(
  {
    id: Type.String(),
    names: Type.Object(
      { fr: Type.String(), nl: Type.String(), en: Type.String(), de: Type.String() },
      closed,
    ),
    url: Type.String({ description: 'Where that network lists its clinicians (else its website)' }),
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
    elsewhere: Type.Array(NetworkElsewhere, {
      description:
        'Networks serving the place (and age) whose clinicians are not in Passerelle: say so, and link to their list',
    }),
  },
  closed,
);

export const ClinicianAnswer = Type.Object(
  {
    ...summaryFields,
    phone: NullableString,
    email: NullableString,
    website: NullableString,
    inami: NullableString,
    locations: Type.Array(Location),
    possiblyOutOfDate: Type.Boolean({
      description:
        'Not confirmed for 180 days: the finder flags it (the list has `updatedAt` to apply the same rule)',
    }),
  },
  closed,
);

/** A clinician's fields that do not depend on the search, in the schema's order. */
