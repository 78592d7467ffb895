import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Type from 'typebox';
import { sessionCookieOf } from '../platform/auth/plugin.ts';
import { type FieldError, invalidParameters, ProblemError } from '../platform/http/problem.ts';
import { LangQuery, Problem } from '../platform/http/schemas.ts';
import type { Locale } from '../platform/i18n/index.ts';
import { containsNiss } from '../platform/identifiers/free-text-niss.ts';
import { careApiMessages } from './api-messages.ts';
import {
  CancelBody,
  Cancelled,
  QuoteBody,
  type QuoteInput,
  RecordBody,
  type RecordBodyInput,
  Recorded,
  SessionAnswer,
  SessionDecisionAnswer,
  SessionParams,
  StatementAnswer,
  StatementQuery,
} from './api-schemas.ts';
import { ageOn, isIsoDate, rulesNetworkType, type SessionDecision } from './domain/index.ts';
import { explain } from './explain.ts';
import { inputErrorMessage } from './input-errors.ts';
import type { DecisionChange, SessionRead } from './outcomes.ts';
import type { InputError } from './recording.ts';
import { tooManyMessage } from './recording-messages.ts';
import { authenticateCareCaller, type CareActor, type CareService } from './service.ts';
import { monthPeriod } from './statement.ts';
import { type CsvSeparator, statementCsv } from './statement-csv.ts';

function decisionBody(decision: SessionDecision, locale: Locale) {
  return {
    reimbursable: decision.reimbursable,
    reason: decision.reason,
    copayCents: decision.copayCents,
    sessionNumber: decision.sessionNumber,
    cap: decision.cap,
    firstSessionFree: decision.firstSessionFree,
    convention: decision.convention,
    feeCents: decision.feeCents,
    explanation: explain(decision, locale),
  };
}

function changeBody(change: DecisionChange, locale: Locale) {
  const { explanation: _, ...before } = decisionBody(change.before, locale);
  return {
    sessionId: change.sessionId,
    date: change.date,
    function: change.function,
    mode: change.mode,
    before,
    after: decisionBody(change.after, locale),
  };
}

/** Real calendar dates (the schema only checks the shape), and a birth no later than the session. */
function checkQuoteDates(input: QuoteInput, locale: Locale): void {
  const message = careApiMessages[locale].errors;
  const errors: FieldError[] = [];
  if (!isIsoDate(input.date)) errors.push({ field: 'date', code: 'date', message: message.date });
  if (!isIsoDate(input.birthDate)) errors.push({ field: 'birthDate', code: 'date', message: message.date });
  else if (isIsoDate(input.date) && input.birthDate > input.date) {
    errors.push({ field: 'birthDate', code: 'birth-after-session', message: message['birth-after-session'] });
  }
  for (const [index, past] of (input.history ?? []).entries()) {
    if (!isIsoDate(past.date))
      errors.push({ field: `history.${index}.date`, code: 'date', message: message.date });
  }
  if (errors.length > 0) throw invalidParameters(locale, errors);
}

function inputProblem(locale: Locale, errors: InputError[], care: CareService): ProblemError {
  const context = care.errorContext();
  return invalidParameters(
    locale,
    errors.map((error) => ({
      field: error.field,
      code: error.code,
      message: inputErrorMessage(locale, error, context),
    })),
  );
}

const actors = new WeakMap<FastifyRequest, CareActor>();

function actorOf(request: FastifyRequest): CareActor {
  const actor = actors.get(request);
  if (!actor) throw new Error('care route without its access check');
  return actor;
}

export function registerCareRoutes(
  app: FastifyInstance,
  care: CareService,
  adminToken: string | undefined,
): void {
  /**
   * Runs before the body is even read: a machine sends the token, and nobody learns anything
   * about the API without it. A browser with a session cookie (and no Authorization header) is
   * checked once its session is resolved (`signedIn`, below): an account, for which the policy
   * decides each act.
   */
  const guard = async (request: FastifyRequest, reply: FastifyReply) => {
    const m = careApiMessages[request.locale];
    // With a cookie, writes are JSON only and same-origin (platform/http/api-guard.ts).
    if (request.headers.authorization === undefined && sessionCookieOf(request)) return;
    const access = authenticateCareCaller(request.headers.authorization, adminToken);
    if (access.ok) {
      actors.set(request, access.actor);
      return;
    }
    if (access.status === 404) throw new ProblemError(404, 'not-found', m.off);
    reply.header('www-authenticate', 'Bearer');
    throw new ProblemError(401, 'unauthorized', m.unauthorized);
  };

  /** After the session is resolved: the account's actor, or the same refusal as without a token. */
  const signedIn = async (request: FastifyRequest, reply: FastifyReply) => {
    if (actors.has(request)) return;
    const m = careApiMessages[request.locale];
    if (!request.user) {
      if (!adminToken) throw new ProblemError(404, 'not-found', m.off);
      reply.header('www-authenticate', 'Bearer');
      throw new ProblemError(401, 'unauthorized', m.unauthorized);
    }
    actors.set(request, await care.actorFor(request.user));
  };

  app.post(
    '/api/v1/care/quote',
    {
      schema: {
        summary:
          'What a session would cost and whether it is reimbursed, with an explanation for the patient',
        description:
          'A pure quote: nothing is stored. `history` lists the patient’s earlier sessions with any clinician ' +
          '(counted as reimbursed unless `reimbursable` is false). A function that does not exist on the date ' +
          'answers 200 with `reimbursable: false` and `reason: "function-not-in-period"`.',
        tags: ['care'],
        querystring: LangQuery,
        body: QuoteBody,
        response: { 200: SessionDecisionAnswer, 400: Problem },
      },
    },
    async (request) => {
      const input = request.body as QuoteInput;
      checkQuoteDates(input, request.locale);
      const { history = [], networkType, ...rest } = input;
      const proposed = {
        ...rest,
        networkType: rulesNetworkType(networkType, ageOn(input.birthDate, input.date), care.rules),
      };
      return decisionBody(care.quote(proposed, history), request.locale);
    },
  );

  app.post(
    '/api/v1/sessions',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary: 'Record a session: it is decided (caps, copay) and kept, reimbursable or not',
        description:
          'Requires `Authorization: Bearer <API_ADMIN_TOKEN>`, or a signed-in clinician recording their own session (JSON body). The NISS is checked and never stored: the patient ' +
          'is a key (HMAC-SHA256). Caps count every clinician and network over the 12 months before the date. ' +
          'Sessions of the same patient dated later are decided again; `changes` lists every change. ' +
          'The clinician’s convention with the network must have been in force on the date. A clinician’s ' +
          'previews and recordings are limited per hour (SESSION_PREVIEWS_PER_HOUR; 429 with Retry-After) and audited.',
        tags: ['care'],
        querystring: LangQuery,
        body: RecordBody,
        response: { 201: Recorded, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const locale = request.locale;
      const { clinicianId, ...session } = request.body as RecordBodyInput;
      const decided = await care.recorderFor(actorOf(request), clinicianId);
      // The API answers 403 to every refusal, as it says which clinician it records for.
      if (!decided.ok) throw new ProblemError(403, 'forbidden', careApiMessages[locale].forbidden);
      const outcome = await care.recordSession(decided.recorder, session);
      if (!outcome.ok) {
        if (outcome.status === 429) {
          reply.header('retry-after', String(outcome.retryAfterSeconds));
          throw new ProblemError(429, 'rate-limited', tooManyMessage(locale, outcome));
        }
        throw inputProblem(locale, outcome.errors, care);
      }
      reply.code(201).header('location', `/api/v1/sessions/${outcome.id}`);
      return {
        id: outcome.id,
        ...decisionBody(outcome.decision, locale),
        changes: outcome.changes.map((change) => changeBody(change, locale)),
      };
    },
  );

  app.get(
    '/api/v1/sessions/:id',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary: 'A recorded session, its decision now, and its log (recorded, re-decided, cancelled)',
        tags: ['care'],
        params: SessionParams,
        querystring: LangQuery,
        response: { 200: SessionAnswer, 401: Problem, 404: Problem },
      },
    },
    async (request) => {
      const { id } = request.params as Type.Static<typeof SessionParams>;
      const found = await care.getSession(actorOf(request), id);
      if (!found) throw new ProblemError(404, 'not-found', careApiMessages[request.locale].sessionNotFound);
      return sessionBody(found, request.locale);
    },
  );

  app.post(
    '/api/v1/sessions/:id/cancel',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary: 'Cancel a session with a reason; later sessions of the patient are decided again',
        description:
          'The session is kept, flagged as cancelled, and the reason goes into its log. A cancellation never ' +
          'takes a reimbursement away from another session; `changes` lists every session whose decision changed.',
        tags: ['care'],
        params: SessionParams,
        querystring: LangQuery,
        body: CancelBody,
        response: { 200: Cancelled, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const { id } = request.params as Type.Static<typeof SessionParams>;
      const { reason } = request.body as Type.Static<typeof CancelBody>;
      const m = careApiMessages[request.locale];
      // The patient is known by the session: a NISS in the reason would only spread it.
      if (containsNiss(reason)) {
        throw invalidParameters(request.locale, [
          { field: 'reason', code: 'patient-identifier', message: m.reasonHoldsNiss },
        ]);
      }
      const actor = actorOf(request);
      const outcome = await care.cancelSession(actor, id, reason);
      if (!outcome.ok) {
        if (outcome.status === 404) throw new ProblemError(404, 'not-found', m.sessionNotFound);
        if (outcome.status === 403) throw new ProblemError(403, 'forbidden', m.forbidden);
        throw new ProblemError(409, 'conflict', m.alreadyCancelled);
      }
      return {
        session: sessionBody(outcome, request.locale),
        changes: outcome.changes.map((change) => changeBody(change, request.locale)),
      };
    },
  );

  app.get(
    '/api/v1/statements',
    {
      onRequest: guard,
      preHandler: signedIn,
      schema: {
        summary: 'Monthly statement per network and clinician: sessions by function and mode, copays, fees',
        description:
          '`format=csv` answers a spreadsheet file (UTF-8 with BOM; `separator=;` for Belgian Excel, with decimal ' +
          'commas). Fees are null where no source gives them yet.',
        tags: ['care'],
        querystring: StatementQuery,
        response: { 200: StatementAnswer, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const query = request.query as Type.Static<typeof StatementQuery>;
      const locale = request.locale;
      const networkId = query.network ?? null;
      if (networkId !== null && !care.networkIds().has(networkId)) {
        throw inputProblem(locale, [{ field: 'network', code: 'unknown-network' }], care);
      }
      const statement = await care.staff.statement(actorOf(request), {
        ...monthPeriod(query.month),
        networkId,
      });
      if (!statement) throw new ProblemError(403, 'forbidden', careApiMessages[locale].forbidden);
      if (query.format === 'csv') {
        const name = `statement-${query.month}${networkId ? `-${networkId}` : ''}.csv`;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}"`)
          .serializer((payload: string) => payload)
          .send(
            statementCsv(statement, {
              month: query.month,
              locale,
              separator: (query.separator ?? ',') as CsvSeparator,
            }),
          );
      }
      const { from: _from, until: _until, ...rest } = statement;
      return { month: query.month, ...rest };
    },
  );
}

function sessionBody(found: SessionRead, locale: Locale) {
  const { decision, ...session } = found.session;
  return { ...session, decision: decisionBody(decision, locale), events: found.events };
}
