import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Issue } from '../platform/forms/checker.ts';
import {
  type FieldError,
  fieldErrorsFromValidation,
  invalidParameters,
  ProblemError,
  StandardProblem,
} from '../platform/http/problem.ts';
import { LangQuery, Problem, Uuid } from '../platform/http/schemas.ts';
import { CaseAnswer, PartnerOfferBody, SubmittedAnswer, SupportRequestBody } from './api-schemas.ts';
import type { CaseView } from './case-work.ts';
import { checkPartnerOffer } from './domain/partner-offer.ts';
import { checkSupportRequest } from './domain/support-request.ts';
import { STAFF_REQUEST_ACTIONS, type StaffAction } from './domain/workflow.ts';
import { inboxMessages } from './messages/inbox.ts';
import { issueMessage } from './messages/index.ts';
import { userOf } from './pages/user.ts';
import type { RequestService, SubmitOutcome } from './service.ts';

/** Schema errors and domain issues together, one per field: a client fixes everything at once. */
function allErrors(request: FastifyRequest, issues: Issue[]): FieldError[] {
  const schema = request.validationError?.validation
    ? fieldErrorsFromValidation(request.locale, request.validationError.validation)
    : [];
  const named = new Set(schema.map((error) => error.field));
  const domain = issues
    .filter((issue) => !named.has(issue.field))
    .map((issue) => ({ field: issue.field, code: issue.code, message: issueMessage(request.locale, issue) }));
  return [...schema, ...domain];
}

async function answer(
  request: FastifyRequest,
  reply: import('fastify').FastifyReply,
  outcome: SubmitOutcome,
) {
  if (!outcome.ok) throw invalidParameters(request.locale, allErrors(request, outcome.issues));
  const path = request.url.split('?')[0];
  return reply.code(201).header('location', `${path}/${outcome.submitted.id}`).send(outcome.submitted);
}

export function registerRequestRoutes(app: FastifyInstance, requests: RequestService): void {
  app.post(
    '/api/v1/support-requests',
    {
      attachValidation: true,
      schema: {
        summary: 'A GP asks a conventioned clinician for support',
        description:
          'Routed to the coordinator zone of the practice and to the networks of the age group (children → youth, ' +
          'young people 15–23 → both, adults and older adults → adult). No patient identity: free text that looks ' +
          'like a national number is refused. Invalid input → 400 with an `errors` array naming every invalid field.',
        tags: ['requests'],
        querystring: LangQuery,
        body: SupportRequestBody,
        response: { 201: SubmittedAnswer, 400: Problem },
      },
    },
    async (request, reply) => {
      const checked = checkSupportRequest(request.body, { form: false });
      if (request.validationError || !checked.ok) {
        throw invalidParameters(request.locale, allErrors(request, checked.ok ? [] : checked.issues));
      }
      return answer(request, reply, await requests.submitSupportRequest(checked.value));
    },
  );

  app.post(
    '/api/v1/partner-offers',
    {
      attachValidation: true,
      schema: {
        summary: 'An organisation offers a room, or to host or co-lead a support group',
        description:
          'Routed like GP requests, with requester `organisation`: in Brussels a Dutch-speaking organisation goes to ' +
          'the centre-west zone wherever it is. The enterprise number, when given, is checked (10 digits, mod 97).',
        tags: ['requests'],
        querystring: LangQuery,
        body: PartnerOfferBody,
        response: { 201: SubmittedAnswer, 400: Problem },
      },
    },
    async (request, reply) => {
      const checked = checkPartnerOffer(request.body, { form: false });
      if (request.validationError || !checked.ok) {
        throw invalidParameters(request.locale, allErrors(request, checked.ok ? [] : checked.issues));
      }
      return answer(request, reply, await requests.submitPartnerOffer(checked.value));
    },
  );
}

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const ActionBody = Type.Object(
  {
    type: Type.Enum([...STAFF_REQUEST_ACTIONS]),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
    text: Type.Optional(Type.String({ maxLength: 4000 })),
    toZoneId: Type.Optional(Type.String({ maxLength: 60 })),
    clinicianId: Type.Optional(Type.String({ maxLength: 60 })),
    date: Type.Optional(Type.String({ maxLength: 10 })),
    time: Type.Optional(Type.String({ maxLength: 5 })),
    place: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

function caseAnswer(view: CaseView) {
  return {
    id: view.record.id,
    type: view.record.caseType,
    reference: view.record.reference,
    zone: view.record.zoneId,
    networks: view.record.networkIds,
    status: view.record.status,
    version: view.record.version,
    openedAt: view.record.openedAt,
    respondBy: view.record.respondBy,
    respondedAt: view.record.respondedAt,
    allowedActions: [...view.allowed],
    request: view.request.details,
    actions: view.actions,
  };
}

/** GET one case and POST an action on it, for each request type (same rules as the inbox pages). */
export function registerCaseRoutes(app: FastifyInstance, requests: RequestService): void {
  for (const [path, noun] of [
    ['/api/v1/support-requests', 'GP support request'],
    ['/api/v1/partner-offers', 'organisation offer'],
  ] as const) {
    const type = path.endsWith('support-requests') ? 'support-request' : 'partner-offer';
    app.get(
      `${path}/:id`,
      {
        schema: {
          summary: `One ${noun} with its case log (coordinators of its zone, admins of its networks)`,
          description:
            '401 without a staff session; 404 when it does not exist or belongs to another zone. The read is audited.',
          tags: ['requests'],
          params: IdParams,
          querystring: LangQuery,
          response: { 200: CaseAnswer, 401: Problem, 404: Problem },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const view = await requests.cases.view(userOf(request), id);
        if (view.record.caseType !== type) throw new StandardProblem(404, 'not-found');
        return caseAnswer(view);
      },
    );
    app.post(
      `${path}/:id/actions`,
      {
        schema: {
          summary: `Take an action on a ${noun} (coordinators of its zone)`,
          description:
            'acknowledge, start, assign-clinician (clinicianId), schedule (date, time, place), close, decline (reason), ' +
            'reassign (toZoneId), note (text), message (text). `version` is the version you saw: 409 if the case changed ' +
            'or its status does not allow the action.',
          tags: ['requests'],
          params: IdParams,
          querystring: LangQuery,
          body: ActionBody,
          response: { 200: CaseAnswer, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const { type: action, version, ...input } = request.body as Type.Static<typeof ActionBody>;
        const user = userOf(request);
        const outcome = await requests.cases.act(user, id, action as StaffAction, input, version);
        if (!outcome.ok) {
          if (outcome.reason === 'invalid') {
            const m = inboxMessages[request.locale].issues;
            throw invalidParameters(
              request.locale,
              outcome.issues.map((issue) => ({
                field: issue.field,
                code: issue.code,
                message:
                  issue.code in m
                    ? m[issue.code as keyof typeof m]
                    : issueMessage(request.locale, issue as Issue),
              })),
            );
          }
          const detail =
            outcome.reason === 'stale'
              ? inboxMessages[request.locale].case.stale
              : inboxMessages[request.locale].case.notAllowed;
          throw new ProblemError(409, 'conflict', detail);
        }
        return caseAnswer(await requests.cases.view(user, id));
      },
    );
  }
}

export type SupportRequestJson = Type.Static<typeof SupportRequestBody>;
