import { hkdfSync, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import helmet from 'helmet';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { platformMessages } from '../messages.ts';
import { FAVICON_SVG, PUBLIC_DIR } from '../views/assets.ts';
import { registerApiGuard } from './api-guard.ts';
import { boundedRegExp } from './bounded-pattern.ts';
import { cookiePolicy, csrfBinding } from './cookies.ts';
import { registerErrorHandling } from './errors.ts';
import { registerLocale } from './locale.ts';
import { registerNullCharacterGuard } from './null-character-guard.ts';
import { FORMAT_KEYWORD, ProblemError } from './problem.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  /** The route's input schemas as registered (body, querystring, params), for tests that walk them. */
  schema?: { body?: unknown; querystring?: unknown; params?: unknown } | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: readonly RegisteredRoute[];
  }
}

/** The server every capability registers on: schemas type the requests (TypeBox). */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface ServerOptions {
  config: Config;
  cookieSecret: string;
  /** The process logger; without one the server logs nothing (tests). */
  logger?: Logger | undefined;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Lets schemas carry an `x-format` annotation (used for clearer messages) without Ajv refusing it. */
function addFormatKeyword<T extends { addKeyword(keyword: string): unknown }>(ajv: T): T {
  ajv.addKeyword(FORMAT_KEYWORD);
  return ajv;
}

/**
 * Who may tell, in X-Forwarded-For, the client's address (per-address limits count it). A hop
 * count trusts that many hops from Passerelle's side, the socket's peer first: Fastify 5 itself
 * trusts nothing when given a number, which made every client share the proxy's address.
 */
function trustedProxies(
  trust: Config['trustProxy'],
): false | string | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** A Fastify instance with every platform concern in place; capabilities add their routes. */
export async function createServer({ config, cookieSecret, logger }: ServerOptions) {
  const secure = config.publicUrl.startsWith('https://');
  const app = Fastify({
    ...(logger ? { loggerInstance: logger as FastifyBaseLogger } : { logger: false }),
    trustProxy: trustedProxies(config.trustProxy),
    // Honour a load balancer's request id when it looks like one, so logs join up across hops.
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1_048_576,
    ajv: {
      // Report every invalid field at once; refuse unknown parameters instead of silently ignoring a typo.
      customOptions: {
        allErrors: true,
        verbose: true,
        removeAdditional: false,
        coerceTypes: 'array',
        // Lengths before patterns: no pattern ever reads more than an identifier's worth.
        code: { regExp: boundedRegExp },
      },
      plugins: [addFormatKeyword],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Every route as registered, so tests can walk all of them (e.g. "no input gives a 500").
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, schema: route.schema });
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Security headers on every answer. The middleware is built once: @fastify/helmet rebuilt it
  // (parsing the CSP) on every request, which cost a third of the throughput of light routes.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  // Under https every cookie is `__Host-` prefixed (cookies.ts); CSRF tokens are bound to the
  // session, so a token from one session is refused in another (csrf.ts).
  const cookies = cookiePolicy(secure);
  app.decorate('cookiePolicy', cookies);
  await app.register(fastifyCookie, { secret: cookieSecret });
  await app.register(fastifyCsrf, {
    cookieKey: cookies.name('_csrf'),
    cookieOpts: cookies.options,
    getUserInfo: csrfBinding,
    csrfOpts: {
      userInfo: true,
      hmacKey: Buffer.from(hkdfSync('sha256', cookieSecret, 'passerelle', 'csrf tokens v1', 32)),
    },
  });
  await app.register(fastifyFormbody);

  registerLocale(app);
  registerApiGuard(app, config.publicUrl);
  registerNullCharacterGuard(app);

  if (config.rateLimitPerMinute > 0) {
    await app.register(fastifyRateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      // Load balancers probe these constantly; assets are cheap and cached.
      allowList: (request) => /^\/(healthz|readyz|assets\/)/.test(request.url),
      errorResponseBuilder: (request) =>
        new ProblemError(429, 'rate-limited', platformMessages[request.locale].tooManyRequests),
    });
  }

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Passerelle API',
        version: '1',
        description:
          'Public and professional API of Passerelle. Errors are application/problem+json (RFC 9457) with a ' +
          'localized `detail` (?lang=fr|nl|en or Accept-Language) and, for invalid input, an `errors` array.',
      },
    },
    transform: ({ schema, url }) => ({
      schema: url.startsWith('/api/') ? schema : { ...schema, hide: true },
      url,
    }),
  });

  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/assets/',
    // URLs carry ?v=<content hash>, so a changed file always gets a new URL.
    maxAge: '7d',
    immutable: true,
    index: false,
  });

  // Browsers ask for /favicon.ico whatever the page says: the same SVG answers, not a 404.
  app.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(FAVICON_SVG),
  );

  registerErrorHandling(app);
  return app;
}

export type PasserelleServer = Awaited<ReturnType<typeof createServer>>;
