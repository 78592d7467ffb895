import Type from 'typebox';
import { Email, Postcode } from '../platform/http/schemas.ts';
import { LANGUAGE_CODES } from '../platform/i18n/languages.ts';
import {
  ACCESSIBILITY,
  AGE_GROUPS,
  CASE_ADVICE_FORMATS,
  CO_LEADERS,
  CORRESPONDENCE_LANGUAGES,
  KNOWLEDGE_TOPICS,
  OFFER_KINDS,
  ORGANISATION_KINDS,
  SUPPORT_KINDS,
} from './domain/vocabulary.ts';
import { REQUEST_ACTIONS, REQUEST_STATUSES } from './domain/workflow.ts';

// The JSON contract of the requests API, for validation and the OpenAPI document. The domain
// checks (requests/domain) run too, so that one answer names every invalid field.

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const closed = { additionalProperties: false } as const;

const Contact = Type.Object(
  {
    name: Text(200),
    email: Email,
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    language: Type.Enum([...CORRESPONDENCE_LANGUAGES]),
  },
  closed,
);

export const SupportRequestBody = Type.Object(
  {
    kind: Type.Enum([...SUPPORT_KINDS]),
    caseAdviceFormat: Type.Optional(Type.Enum([...CASE_ADVICE_FORMATS])),
    topics: Type.Optional(Type.Array(Type.Enum([...KNOWLEDGE_TOPICS]))),
    practice: Type.Object({ name: Text(200), street: Text(200), postcode: Postcode }, closed),
    requester: Contact,
    ageGroup: Type.Enum([...AGE_GROUPS]),
    preferredTimes: Type.Optional(Type.String({ maxLength: 2000 })),
    description: Text(4000),
  },
  closed,
);

export const PartnerOfferBody = Type.Object(
  {
    offer: Type.Enum([...OFFER_KINDS]),
    coLeader: Type.Optional(Type.Enum([...CO_LEADERS])),
    organisation: Type.Object(
      {
        name: Text(200),
        kind: Type.Enum([...ORGANISATION_KINDS]),
        enterpriseNumber: Type.Optional(Type.String({ maxLength: 20 })),
      },
      closed,
    ),
    venue: Type.Object(
      {
        street: Text(200),
        postcode: Postcode,
        accessibility: Type.Enum([...ACCESSIBILITY]),
        capacity: Type.Integer({ minimum: 1, maximum: 500 }),
        openingTimes: Text(2000),
        languages: Type.Array(Type.Enum([...LANGUAGE_CODES]), { minItems: 1 }),
        targetPublic: Type.Array(Type.Enum([...AGE_GROUPS]), { minItems: 1 }),
        targetPublicDetails: Type.Optional(Type.String({ maxLength: 2000 })),
      },
      closed,
    ),
    contact: Contact,
    message: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  closed,
);

export const SubmittedAnswer = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  zone: Type.String(),
  networks: Type.Array(Type.String()),
  status: Type.Enum([...REQUEST_STATUSES]),
});

export const CaseActionAnswer = Type.Object({
  seq: Type.Integer(),
  type: Type.Enum([...REQUEST_ACTIONS]),
  at: Type.String(),
  actor: Type.Object({
    kind: Type.String(),
    id: Type.Union([Type.String(), Type.Null()]),
    label: Type.String(),
    zoneId: Type.Union([Type.String(), Type.Null()]),
  }),
  payload: Type.Record(Type.String(), Type.Unknown()),
});

export const CaseAnswer = Type.Object({
  id: Type.String(),
  type: Type.String(),
  reference: Type.String(),
  zone: Type.String(),
  networks: Type.Array(Type.String()),
  status: Type.Enum([...REQUEST_STATUSES]),
  version: Type.Integer(),
  openedAt: Type.String(),
  respondBy: Type.Union([Type.String(), Type.Null()]),
  respondedAt: Type.Union([Type.String(), Type.Null()]),
  allowedActions: Type.Array(Type.String()),
  request: Type.Record(Type.String(), Type.Unknown()),
  actions: Type.Array(CaseActionAnswer),
});
