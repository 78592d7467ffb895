// The care API's request and answer shapes (TypeBox: validation and the OpenAPI document).

import Type from 'typebox';
import { IsoDateString, LangParam, MonthString, Uuid } from '../platform/http/schemas.ts';
import { SESSION_MODES } from '../platform/vocabulary/index.ts';
import { CARE_FUNCTIONS, REASON_CODES } from './domain/index.ts';

export const CareFunctionSchema = Type.Enum([...CARE_FUNCTIONS]);
export const SessionModeSchema = Type.Enum([...SESSION_MODES]);
const Nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const MAX_HISTORY = 400;

export const QuoteBody = Type.Object(
  {
    date: IsoDateString,
    birthDate: IsoDateString,
    bim: Type.Boolean(),
    function: CareFunctionSchema,
    mode: SessionModeSchema,
    // A mixed network (every age) is quoted under youth or adult rules by the patient's age.
    networkType: Type.Enum(['youth', 'adult', 'mixed']),
    functionalAssessment: Type.Boolean(),
    history: Type.Optional(
      Type.Array(
        Type.Object(
          {
            date: IsoDateString,
            function: CareFunctionSchema,
            mode: SessionModeSchema,
            reimbursable: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        { maxItems: MAX_HISTORY },
      ),
    ),
  },
  { additionalProperties: false },
);
export type QuoteInput = Type.Static<typeof QuoteBody>;

const decisionFields = {
  reimbursable: Type.Boolean(),
  reason: Nullable(Type.Enum([...REASON_CODES])),
  copayCents: Nullable(Type.Integer()),
  sessionNumber: Nullable(Type.Integer()),
  cap: Nullable(Type.Integer()),
  firstSessionFree: Type.Boolean(),
  convention: Nullable(Type.String()),
  feeCents: Nullable(Type.Integer()),
};

export const SessionDecisionAnswer = Type.Object({ ...decisionFields, explanation: Type.String() });
export const DecisionWithoutExplanation = Type.Object(decisionFields);

export const RecordBody = Type.Object(
  {
    niss: Type.String({ minLength: 1, maxLength: 40 }),
    birthDate: IsoDateString,
    bim: Type.Boolean(),
    date: IsoDateString,
    function: CareFunctionSchema,
    mode: SessionModeSchema,
    locationId: Uuid,
    networkId: Type.String({ minLength: 1, maxLength: 64 }),
    clinicianId: Uuid,
    functionalAssessment: Type.Boolean(),
    /** Where the patient lives: a postcode only (never an address), optional. */
    residencePostcode: Type.Optional(Type.String({ minLength: 1, maxLength: 12 })),
  },
  { additionalProperties: false },
);
export type RecordBodyInput = Type.Static<typeof RecordBody>;

export const Change = Type.Object({
  sessionId: Type.String(),
  date: Type.String(),
  function: Type.String(),
  mode: Type.String(),
  before: DecisionWithoutExplanation,
  after: SessionDecisionAnswer,
});

export const Recorded = Type.Object({
  id: Type.String(),
  ...decisionFields,
  explanation: Type.String(),
  changes: Type.Array(Change),
});

export const SessionParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const SessionAnswer = Type.Object({
  id: Type.String(),
  date: Type.String(),
  function: Type.String(),
  mode: Type.String(),
  clinicianId: Type.String(),
  networkId: Type.String(),
  locationId: Type.String(),
  networkType: Type.String(),
  bim: Type.Boolean(),
  functionalAssessment: Type.Boolean(),
  cancelled: Type.Boolean(),
  recordedAt: Type.String(),
  decision: SessionDecisionAnswer,
  events: Type.Array(
    Type.Object({
      kind: Type.String(),
      at: Type.String(),
      causeSessionId: Nullable(Type.String()),
      note: Nullable(Type.String()),
    }),
  ),
});

export const CancelBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);

export const Cancelled = Type.Object({ session: SessionAnswer, changes: Type.Array(Change) });

export const StatementQuery = Type.Object(
  {
    month: MonthString,
    network: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    format: Type.Optional(Type.Enum(['json', 'csv'])),
    separator: Type.Optional(Type.Enum([';', ','])),
    lang: LangParam,
  },
  { additionalProperties: false },
);

const countFields = {
  sessions: Type.Integer(),
  reimbursed: Type.Integer(),
  notReimbursed: Type.Integer(),
  reasons: Type.Record(Type.String(), Type.Integer()),
  cancelled: Type.Integer(),
  copayCents: Type.Integer(),
  feeCents: Nullable(Type.Integer()),
  unknownFeeSessions: Type.Integer(),
};
const Counts = Type.Object(countFields);

export const StatementAnswer = Type.Object({
  month: Type.String(),
  networkId: Nullable(Type.String()),
  totals: Counts,
  networks: Type.Array(
    Type.Object({
      id: Type.String(),
      names: Nullable(Type.Object({ fr: Type.String(), nl: Type.String(), en: Type.String() })),
      totals: Counts,
      clinicians: Type.Array(
        Type.Object({
          id: Type.String(),
          name: Nullable(Type.String()),
          inami: Nullable(Type.String()),
          totals: Counts,
          lines: Type.Array(Type.Object({ function: Type.String(), mode: Type.String(), ...countFields })),
        }),
      ),
    }),
  ),
});
