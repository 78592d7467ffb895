import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { signInUrl } from '../auth/urls.ts';
import { databaseUnavailable, logFailure, RETRY_AFTER_SECONDS } from '../db/unavailable.ts';
import { platformMessages } from '../messages.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { renderPage } from '../views/render.ts';
import {
  fieldErrorsFromValidation,
  invalidParameters,
  ProblemError,
  StandardProblem,
  sendProblem,
} from './problem.ts';

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/** Maps any error to the problem a client should see; never leaks internals. */
function toProblem(error: FastifyError | ProblemError, request: FastifyRequest): ProblemError {
  if (error instanceof StandardProblem) return error.inLocale(request.locale);
  if (error instanceof ProblemError) return error;
  const m = platformMessages[request.locale].problems;
  // A database that is down, unreachable, too slow or read-only: try again soon, not a bug.
  if (databaseUnavailable(error)) return new ProblemError(503, 'unavailable', m.unavailable);
  if (error.validation) {
    return invalidParameters(request.locale, fieldErrorsFromValidation(request.locale, error.validation));
  }
  const status = error.statusCode ?? 500;
  if (status === 429)
    return new ProblemError(429, 'rate-limited', platformMessages[request.locale].tooManyRequests);
  if (error.code?.startsWith('FST_CSRF')) return new ProblemError(403, 'csrf-invalid', m['csrf-invalid']);
  if (status === 413) return new ProblemError(413, 'payload-too-large', m['payload-too-large']);
  if (status === 415) return new ProblemError(415, 'unsupported-media-type', m['unsupported-media-type']);
  if (status === 404) return new ProblemError(404, 'not-found', m['not-found']);
  if (status >= 400 && status < 500)
    return new ProblemError(status, 'malformed-request', m['malformed-request']);
  return new ProblemError(500, 'server-error', m['server-error']);
}

function sendHtmlError(reply: FastifyReply, request: FastifyRequest, problem: ProblemError): FastifyReply {
  // A page that needs a signed-in person sends a signed-out one to sign in, and back afterwards.
  if (problem.status === 401) return reply.redirect(signInUrl(request), 303);
  const kind =
    problem.status === 404
      ? 'not-found'
      : problem.status === 503
        ? 'unavailable'
        : problem.status >= 500
          ? 'server-error'
          : 'client-error';
  const html = renderPage(
    h(ErrorPage, { locale: request.locale, url: request.url, kind, detail: problem.detail }),
  );
  return reply.code(problem.status).type('text/html; charset=utf-8').send(html);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ProblemError, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) logFailure(request.log, error, 'request failed');
    else request.log.info({ code: problem.code, status: problem.status }, 'request refused');
    if (problem.status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return isApiRequest(request)
      ? sendProblem(reply, request, problem)
      : sendHtmlError(reply, request, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const problem = new ProblemError(
      404,
      'not-found',
      platformMessages[request.locale].problems['not-found'],
    );
    return isApiRequest(request)
      ? sendProblem(reply, request, problem)
      : sendHtmlError(reply, request, problem);
  });
}
