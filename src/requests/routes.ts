import type { FastifyInstance, FastifyRequest } from 'fastify';
import type Type from 'typebox';
import { type FieldError, fieldErrorsFromValidation, invalidParameters } from '../platform/http/problem.ts';
import { LangParam, Problem } from '../platform/http/schemas.ts';
import { PartnerOfferBody, SubmittedAnswer, SupportRequestBody } from './api-schemas.ts';
import type { Issue } from './domain/checks.ts';
import { checkPartnerOffer } from './domain/partner-offer.ts';
import { checkSupportRequest } from './domain/support-request.ts';
import { issueMessage } from './messages/index.ts';
import type { RequestService, SubmitOutcome } from './service.ts';

const LangQuery = { type: 'object', properties: { lang: LangParam }, additionalProperties: false } as const;

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

export type SupportRequestJson = Type.Static<typeof SupportRequestBody>;
