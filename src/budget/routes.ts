// The budget API: a network's plan for a year, set by its admins (or the API token's holder),
// read with its figures by its admins and coordinators.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Type from 'typebox';
import { sessionCookieOf } from '../platform/auth/plugin.ts';
import { logFailure } from '../platform/db/unavailable.ts';
import { invalidParameters, ProblemError } from '../platform/http/problem.ts';
import { LangQuery, Problem } from '../platform/http/schemas.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { Poller } from '../platform/jobs/poller.ts';
import {
  AdjustBody,
  BudgetAnswer,
  BudgetBody,
  type BudgetBodyInput,
  BudgetParams,
  BudgetQuery,
  ContingentBody,
  ContingentParams,
  EndContingentBody,
  EnvelopeParams,
  ProposalAnswer,
  ProposalBody,
} from './api-schemas.ts';
import { isIsoDate } from './domain/index.ts';
import type { FieldIssue } from './input.ts';
import { budgetMessages } from './messages.ts';
import {
  authenticateBudgetCaller,
  type BudgetActor,
  type BudgetService,
  type BudgetView,
  type Refusal,
} from './service.ts';

function budgetBody({ plan, figures, versions, contingentUses }: BudgetView) {
  return {
    networkId: plan.networkId,
    year: plan.year,
    allocationCents: figures.allocationCents,
    committedCents: figures.committedCents,
    consumedCents: figures.consumedCents,
    forecastCents: figures.forecastCents,
    remainingCents: figures.remainingCents,
    defaultFeeCents: plan.defaultFeeCents,
    firstLineHourlyRateCents: plan.firstLineHourlyRateCents,
    version: versions.at(-1)?.number ?? 0,
    envelopes: figures.envelopes.map(({ envelope, ...rest }) => ({
      id: envelope.id,
      label: envelope.label,
      kind: envelope.kind,
      key: envelope.key,
      ...rest,
    })),
    contingents: plan.contingents.map((c, i) => {
      const { sessions, consumedCents, dueCents, used, due } = contingentUses[i]!;
      return { ...c, sessions, consumedCents, dueCents, used, due };
    }),
  };
}

function refusal(locale: Locale, outcome: Refusal, networkId: string): ProblemError {
  const m = budgetMessages[locale];
  if (outcome.status !== 400) {
    return outcome.status === 404
      ? new ProblemError(404, 'not-found', format(locale, m.api.networkNotFound, { network: networkId }))
      : new ProblemError(403, 'forbidden', m.api.forbidden);
  }
  return invalidParameters(
    locale,
    outcome.errors.map((issue: FieldIssue) => ({
      field: issue.field,
      code: issue.code,
      message: format(locale, m.errors[issue.code], issue.values ?? {}),
    })),
  );
}

const actors = new WeakMap<FastifyRequest, BudgetActor>();

export function registerBudgetRoutes(
  app: FastifyInstance,
  budgets: BudgetService,
  adminToken: string | undefined,
): void {
  /** A machine sends the token; a browser its session cookie, checked once the session is known. */
  const guard = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.headers.authorization === undefined && sessionCookieOf(request)) return;
    const access = authenticateBudgetCaller(request.headers.authorization, adminToken);
    if (access.ok) {
      actors.set(request, { kind: 'admin' });
      return;
    }
    // Without a configured token no bearer can be right: the same answer as a wrong one.
    reply.header('www-authenticate', 'Bearer');
    throw new ProblemError(401, 'unauthorized', budgetMessages[request.locale].api.unauthorized);
  };
  const signedIn = async (request: FastifyRequest, reply: FastifyReply) => {
    if (actors.has(request)) return;
    if (!request.user) {
      reply.header('www-authenticate', 'Bearer');
      throw new ProblemError(401, 'unauthorized', budgetMessages[request.locale].api.unauthorized);
    }
    actors.set(request, { kind: 'account', user: request.user });
  };
  const actorOf = (request: FastifyRequest) => {
    const actor = actors.get(request);
    if (!actor) throw new Error('budget route without its access check');
    return actor;
  };
  const answer = (
    request: FastifyRequest,
    networkId: string,
    outcome: { ok: true; view: BudgetView } | Refusal,
  ) => {
    if (!outcome.ok) throw refusal(request.locale, outcome, networkId);
    return budgetBody(outcome.view);
  };
  const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

  // Alerts are raised as sessions are recorded, by a round every minute over the year's plans.
  const alerts = new Poller(
    60_000,
    () => budgets.checkAllAlerts(),
    (error) => logFailure(app.log, error, 'checking budget alerts failed'),
  );
  app.addHook('onReady', async () => {
    alerts.start();
  });
  app.addHook('onClose', () => alerts.stop());
  const tags = ['budget'];

  app.put(
    '/api/v1/networks/:networkId/budgets/:year',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary:
          'Set a network’s budget for a year: the amount INAMI allocated, fees, and optionally envelopes',
        description:
          'Requires `Authorization: Bearer <API_ADMIN_TOKEN>` or a session of one of the network’s admins. Each call ' +
          'is a new dated version of the plan. `envelopes` replace the current ones (left out: kept); each split ' +
          '(zones, functions, others), with the first-line support envelope, must fit in `allocationCents`. ' +
          '`defaultFeeCents` values sessions whose fee the care rules do not give; `fees` per function and mode win over it.',
        tags,
        params: BudgetParams,
        querystring: LangQuery,
        body: BudgetBody,
        response: { 200: BudgetAnswer, ...errors },
      },
    },
    async (request) => {
      const { networkId, year } = request.params as Type.Static<typeof BudgetParams>;
      const body = request.body as BudgetBodyInput;
      return answer(request, networkId, await budgets.setBudget(actorOf(request), networkId, year, body));
    },
  );

  app.get(
    '/api/v1/networks/:networkId/budgets/:year',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary:
          'A network’s budget for a year: allocated, committed, consumed, forecast and left, per envelope',
        description:
          'Consumed: reimbursed sessions of the year × their fee, from the statement counters (exact at once; cancelled ' +
          'and refused sessions never count). Committed: weekly contingents × whole weeks left × fee. Forecast to ' +
          '31 December: the run rate of the last weeks, at most what the contingents commit. Remaining: allocated − ' +
          'consumed − committed. `asOf=YYYY-MM-DD` gives the plan as it was at the end of that day (figures stay today’s).',
        tags,
        params: BudgetParams,
        querystring: BudgetQuery,
        response: { 200: BudgetAnswer, ...errors },
      },
    },
    async (request) => {
      const { networkId, year } = request.params as Type.Static<typeof BudgetParams>;
      const { asOf } = request.query as Type.Static<typeof BudgetQuery>;
      if (asOf !== undefined && !isIsoDate(asOf)) {
        throw refusal(
          request.locale,
          {
            ok: false,
            status: 400,
            errors: [{ field: 'asOf', code: 'date-format', values: { value: asOf } }],
          },
          networkId,
        );
      }
      return answer(request, networkId, await budgets.budget(actorOf(request), networkId, year, asOf));
    },
  );

  app.put(
    '/api/v1/networks/:networkId/budgets/:year/envelopes/:envelopeId',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary: 'Adjust one envelope’s amount, with the reason (e.g. after a proposal by population)',
        tags,
        params: EnvelopeParams,
        querystring: LangQuery,
        body: AdjustBody,
        response: { 200: BudgetAnswer, ...errors },
      },
    },
    async (request) => {
      const { networkId, year, envelopeId } = request.params as Type.Static<typeof EnvelopeParams>;
      const { allocationCents, reason } = request.body as Type.Static<typeof AdjustBody>;
      const change = { kind: 'adjust-envelope' as const, envelopeId, allocationCents, reason };
      return answer(request, networkId, await budgets.change(actorOf(request), networkId, year, change));
    },
  );

  app.put(
    '/api/v1/networks/:networkId/budgets/:year/contingents/:holderId',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary:
          'Set a clinician’s (sessions a week) or a service’s (hours a week) contingent; a change needs a reason',
        tags,
        params: ContingentParams,
        querystring: LangQuery,
        body: ContingentBody,
        response: { 200: BudgetAnswer, ...errors },
      },
    },
    async (request) => {
      const { networkId, year, holderId } = request.params as Type.Static<typeof ContingentParams>;
      const { reason, ...rest } = request.body as Type.Static<typeof ContingentBody>;
      const contingent = { holderId, ...rest };
      return answer(
        request,
        networkId,
        await budgets.setContingent(actorOf(request), networkId, year, contingent, reason ?? null),
      );
    },
  );

  app.delete(
    '/api/v1/networks/:networkId/budgets/:year/contingents/:holderId',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary: 'Release a contingent (a suspended or ended convention), with the reason',
        tags,
        params: ContingentParams,
        querystring: LangQuery,
        body: EndContingentBody,
        response: { 200: BudgetAnswer, ...errors },
      },
    },
    async (request) => {
      const { networkId, year, holderId } = request.params as Type.Static<typeof ContingentParams>;
      const { reason } = request.body as Type.Static<typeof EndContingentBody>;
      const change = { kind: 'end-contingent' as const, holderId, reason };
      return answer(request, networkId, await budgets.change(actorOf(request), networkId, year, change));
    },
  );

  app.post(
    '/api/v1/networks/:networkId/budgets/:year/zone-envelopes/proposal',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary:
          'Propose zone envelopes from the communes’ population, by the weights chosen (nothing is saved)',
        description:
          'Weights mix criteria: `inhabitants`, `young` (aged 0–23), `increased-reimbursement` (inhabitants with ' +
          'increased reimbursement) and `equal` (the same share per zone). Each zone gets its share of `amountCents` ' +
          '(by default the allocation less the first-line support envelope), rounded by largest remainder so the ' +
          'envelopes sum to it exactly. A commune spread over several zones needs `communeSplits`. Save the envelopes ' +
          'with PUT …/budgets/{year}; adjust one with PUT …/envelopes/{id} and a reason.',
        tags,
        params: BudgetParams,
        querystring: LangQuery,
        body: ProposalBody,
        response: { 200: ProposalAnswer, ...errors },
      },
    },
    async (request) => {
      const { networkId, year } = request.params as Type.Static<typeof BudgetParams>;
      const body = request.body as Type.Static<typeof ProposalBody>;
      const outcome = await budgets.proposeZoneEnvelopes(actorOf(request), networkId, year, body);
      if (!outcome.ok) throw refusal(request.locale, outcome, networkId);
      return outcome.proposal;
    },
  );
}
