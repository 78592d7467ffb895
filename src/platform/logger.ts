import { pino } from 'pino';
import { redactTokens } from './auth/tokens.ts';
import type { Config } from './config.ts';

/** Secrets and personal data never reach the logs, whatever logs them. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.niss',
];

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number } | null;
  headers?: Record<string, unknown>;
}

/**
 * Fastify's request serializer, with the URL's secrets taken out: e-mailed links carry their
 * token in the query, and a link opened (or mistyped, or refused) is a logged URL.
 */
function requestForLog(request: LoggedRequest) {
  return {
    method: request.method,
    url: redactTokens(String(request.url)),
    version: request.headers?.['accept-version'],
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** Errors keep their type, message and stack, minus anything shaped like a token (a URL in a message). */
function errorForLog(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object') return serialized;
  for (const [key, value] of Object.entries(serialized)) {
    if (typeof value === 'string') serialized[key] = redactTokens(value);
  }
  return serialized;
}

/** One structured (JSON) logger for the process: start-up, requests and background jobs. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream) {
  return pino(
    {
      level: config.logLevel,
      redact: REDACTED_PATHS,
      serializers: { req: requestForLog, err: errorForLog, error: errorForLog },
      hooks: {
        // Messages are text too: "Route GET:/fr/reset-password?token=… not found".
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? redactTokens(arg) : arg)) as typeof args,
          );
        },
      },
    },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;
