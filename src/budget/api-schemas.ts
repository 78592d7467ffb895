// The budget API's request and answer shapes (TypeBox: validation and the OpenAPI document).

import Type from 'typebox';
import { IsoDateString, LangParam } from '../platform/http/schemas.ts';
import { FUNCTIONS, SESSION_MODES } from '../platform/vocabulary/codes.ts';
import { ENVELOPE_KINDS, MAX_CENTS, MAX_PER_WEEK } from './domain/index.ts';

const Nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/**
 * A text or null in a request, null tried first: the server coerces types, and a string tried
 * first turns null into '' (a contingent sent with "zoneId": null was refused as the unknown zone
 * ''). Not for numbers: null first would turn 0 into null.
 */
const NullableText = (schema: Type.TString) => Type.Union([Type.Null(), schema]);
const Cents = Type.Integer({ minimum: 0, maximum: MAX_CENTS });
/** A fee per session or per hour: up to €10,000, beyond which it is a typing slip. */
const FeeCents = Type.Integer({ minimum: 0, maximum: 1_000_000 });
const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9-]*$' });

export const BudgetParams = Type.Object({
  // Any text: an unknown network is a 404, not a malformed request.
  networkId: Type.String({ minLength: 1, maxLength: 100 }),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
});

export const BudgetQuery = Type.Object(
  { lang: LangParam, asOf: Type.Optional(IsoDateString) },
  { additionalProperties: false },
);

export const EnvelopeBody = Type.Object(
  {
    id: Type.Optional(Id),
    label: Type.String({ minLength: 1, maxLength: 120 }),
    kind: Type.Optional(Type.Enum([...ENVELOPE_KINDS])),
    key: Type.Optional(NullableText(Type.String({ minLength: 1, maxLength: 64 }))),
    allocationCents: Cents,
  },
  { additionalProperties: false },
);

export const BudgetBody = Type.Object(
  {
    allocationCents: Cents,
    defaultFeeCents: Type.Optional(Nullable(FeeCents)),
    hourlyRateCents: Type.Optional(Nullable(FeeCents)),
    firstLineHourlyRateCents: Type.Optional(Nullable(FeeCents)),
    fees: Type.Optional(
      Type.Array(
        Type.Object(
          { function: Type.Enum([...FUNCTIONS]), mode: Type.Enum([...SESSION_MODES]), feeCents: FeeCents },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
    envelopes: Type.Optional(Type.Array(EnvelopeBody, { maxItems: 100 })),
    thresholds: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 100 }), { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type BudgetBodyInput = Type.Static<typeof BudgetBody>;

// Blank reasons are refused by the domain (reason-required), which trims: no pattern needed here.
const Reason = Type.String({ minLength: 1, maxLength: 500 });

export const EnvelopeParams = Type.Object({
  ...BudgetParams.properties,
  envelopeId: Type.String({ maxLength: 100 }),
});
export const AdjustBody = Type.Object(
  { allocationCents: Cents, reason: Reason },
  { additionalProperties: false },
);

export const ContingentParams = Type.Object({ ...BudgetParams.properties, holderId: Id });
export const ContingentBody = Type.Object(
  {
    holderKind: Type.Enum(['clinician', 'service']),
    perWeek: Type.Number({ exclusiveMinimum: 0, maximum: MAX_PER_WEEK }),
    function: Type.Enum([...FUNCTIONS]),
    mode: Type.Enum([...SESSION_MODES]),
    zoneId: NullableText(Type.String({ maxLength: 64 })),
    reason: Type.Optional(NullableText(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export const EndContingentBody = Type.Object({ reason: Reason }, { additionalProperties: false });

const figures = {
  allocationCents: Type.Integer(),
  committedCents: Type.Integer(),
  consumedCents: Type.Integer(),
  forecastCents: Type.Integer(),
};

export const BudgetAnswer = Type.Object({
  networkId: Type.String(),
  year: Type.Integer(),
  ...figures,
  remainingCents: Type.Integer(),
  defaultFeeCents: Nullable(Type.Integer()),
  /** What an hour of first-line support is valued at (null: the network has not set it). */
  firstLineHourlyRateCents: Nullable(Type.Integer()),
  /** The number of the plan's latest version (0: nothing set yet). */
  version: Type.Integer(),
  envelopes: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Type.String(),
      kind: Type.String(),
      key: Nullable(Type.String()),
      ...figures,
    }),
  ),
  contingents: Type.Array(
    Type.Object({
      holderId: Type.String(),
      holderKind: Type.String(),
      perWeek: Type.Number(),
      function: Type.String(),
      mode: Type.String(),
      zoneId: Nullable(Type.String()),
      /** Reimbursed sessions drawn on it this year so far (a service's: its clinicians' for it). */
      sessions: Type.Integer(),
      consumedCents: Type.Integer(),
      /** What the contingent gives for the year's days so far; null without a fee or hourly rate. */
      dueCents: Nullable(Type.Integer()),
      /** Used so far in its unit (sessions, or a service's hours at the hourly rate); null: no rate. */
      used: Nullable(Type.Number()),
      /** What it gives for the days so far in its unit. */
      due: Type.Number(),
    }),
  ),
});

export const ProposalBody = Type.Object(
  {
    weights: Type.Object(
      {
        inhabitants: Type.Optional(Type.Number({ minimum: 0, maximum: 1000 })),
        young: Type.Optional(Type.Number({ minimum: 0, maximum: 1000 })),
        'increased-reimbursement': Type.Optional(Type.Number({ minimum: 0, maximum: 1000 })),
        equal: Type.Optional(Type.Number({ minimum: 0, maximum: 1000 })),
      },
      { additionalProperties: false },
    ),
    populationYear: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
    amountCents: Type.Optional(Cents),
    /** Per commune (NIS) spanning several zones: the part of its inhabitants in each zone (0–1). */
    communeSplits: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[0-9]{5}$' }),
        Type.Record(
          Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
          Type.Number({ minimum: 0, maximum: 1 }),
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

export const ProposalAnswer = Type.Object({
  populationYear: Type.Integer(),
  amountCents: Type.Integer(),
  zones: Type.Array(
    Type.Object({
      zoneId: Type.String(),
      share: Type.Number(),
      envelope: Type.Object({
        id: Type.String(),
        label: Type.String(),
        kind: Type.String(),
        key: Nullable(Type.String()),
        allocationCents: Type.Integer(),
      }),
    }),
  ),
});
