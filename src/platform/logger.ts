import { pino } from 'pino';
import type { Config } from './config.ts';

/** Secrets and personal data never reach the logs, whatever logs them. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.niss',
];

/** One structured (JSON) logger for the process: start-up, requests and background jobs. */
export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({ level: config.logLevel, redact: REDACTED_PATHS });
}

export type Logger = ReturnType<typeof createLogger>;
