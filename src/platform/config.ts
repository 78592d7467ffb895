import { resolve } from 'node:path';

/**
 * Everything Passerelle reads from its environment, validated once at start-up.
 * A wrong value stops the process with a message naming the variable, instead of
 * surfacing later as a confusing failure.
 */
export interface Config {
  port: number;
  host: string;
  /** Everything the embedded mode writes (database, secrets, mail, uploads) lives here. */
  dataDir: string;
  /** A PostgreSQL server; when absent Passerelle runs its embedded PGlite database. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The address users reach Passerelle at; https here turns on secure cookies and HSTS-friendly CSP. */
  publicUrl: string;
  /** Requests per minute per client address on the public API and forms; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Trust X-Forwarded-* from a load balancer (true, a hop count, or a list of addresses). */
  trustProxy: boolean | number | string;
  /** Demo clinicians on an empty database: `auto` seeds them in embedded mode only. */
  demoData: 'auto' | 'on' | 'off';
  /** How often each instance looks for directory changes made by other instances (ms). */
  directoryRefreshMs: number;
  cookieSecret: string | undefined;
  /** An SMTP server (smtp:// or smtps://, credentials in the URL); unset writes .eml files under DATA_DIR/mail. */
  smtpUrl: string | undefined;
  /** The From of every message Passerelle sends. */
  mailFrom: string;
  /** How often each instance looks for outbox messages that are due (ms). */
  outboxPollMs: number;
  /** The first retry waits this long; each later one twice as long, capped at an hour (ms). */
  outboxRetryBaseMs: number;
  /** After this many failed attempts a message is marked failed and shown to platform admins. */
  outboxMaxAttempts: number;
  /** A session unused for this long ends (minutes). */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active (hours). */
  sessionMaxHours: number;
  /** Failed sign-ins in a row that lock an account. */
  loginMaxFailures: number;
  /** How long a locked account (or a blocked address) stays locked (minutes). */
  loginLockoutMinutes: number;
  /** Failed sign-ins from one client address, whatever the account, before the address is blocked. */
  loginMaxFailuresPerAddress: number;
  /** Default target for the first contact with a GP or an organisation, in working days (networks may set their own). */
  firstContactWorkingDays: number;
  /** Look-ups of a request's status per client address per hour (references cannot be tried in bulk). */
  statusLookupsPerHour: number;
  /** Session previews and recordings per clinician per hour (each reads a patient's care across clinicians). */
  sessionPreviewsPerHour: number;
  /** Bearer token for the sessions and statements APIs until professional accounts exist; unset turns them off. */
  apiAdminToken: string | undefined;
  /** Keys patients as HMAC-SHA256 of their NISS; generated once into DATA_DIR/secrets when unset. */
  patientKeySecret: string | undefined;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `expected a number from ${min} to ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function trustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function smtpUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (!/^smtps?:\/\/[^/]/.test(value)) {
    throw new ConfigError('SMTP_URL', 'expected smtp://user:pass@host:587 or smtps://user:pass@host:465');
  }
  return value;
}

/** A secret from the environment: long enough not to be guessed (32 characters, e.g. `openssl rand -hex 16`). */
function secretValue(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (value.length < 32) throw new ConfigError(name, `expected at least 32 characters, got ${value.length}`);
  return value;
}

export function loadConfig(env: Env = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST?.trim() || 'localhost';
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'expected a postgres:// or postgresql:// URL');
  }
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError('PUBLIC_URL', `expected an absolute URL, got "${publicUrl}"`);
  }
  return {
    port,
    host,
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
    databaseUrl,
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    publicUrl,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 300, 0, 1_000_000),
    trustProxy: trustProxy(env.TRUST_PROXY),
    demoData: oneOf(env, 'DEMO_DATA', ['auto', 'on', 'off'], 'auto'),
    directoryRefreshMs: integer(env, 'DIRECTORY_REFRESH_MS', 1000, 50, 3_600_000),
    cookieSecret: env.COOKIE_SECRET?.trim() || undefined,
    smtpUrl: smtpUrl(env.SMTP_URL),
    mailFrom: env.MAIL_FROM?.trim() || `Passerelle <no-reply@${new URL(publicUrl).hostname}>`,
    outboxPollMs: integer(env, 'OUTBOX_POLL_MS', 1000, 20, 3_600_000),
    outboxRetryBaseMs: integer(env, 'OUTBOX_RETRY_BASE_MS', 30_000, 10, 3_600_000),
    outboxMaxAttempts: integer(env, 'OUTBOX_MAX_ATTEMPTS', 40, 1, 1000),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 10_080),
    sessionMaxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1, 720),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockoutMinutes: integer(env, 'LOGIN_LOCKOUT_MINUTES', 15, 1, 1440),
    loginMaxFailuresPerAddress: integer(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 1, 100_000),
    firstContactWorkingDays: integer(env, 'FIRST_CONTACT_WORKING_DAYS', 5, 1, 60),
    statusLookupsPerHour: integer(env, 'STATUS_LOOKUPS_PER_HOUR', 20, 1, 100_000),
    sessionPreviewsPerHour: integer(env, 'SESSION_PREVIEWS_PER_HOUR', 120, 1, 100_000),
    apiAdminToken: secretValue(env, 'API_ADMIN_TOKEN'),
    patientKeySecret: secretValue(env, 'PATIENT_KEY_SECRET'),
  };
}
