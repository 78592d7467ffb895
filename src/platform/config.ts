import { isIP } from 'node:net';
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
  /** How long a request's database statement may run before the request answers 503 (ms). */
  databaseQueryTimeoutMs: number;
  /** How long a request waits for a database connection (a free one, or a new one) before 503 (ms). */
  databaseConnectTimeoutMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The address users reach Passerelle at; https here turns on secure cookies and HSTS-friendly CSP. */
  publicUrl: string;
  /** Requests per minute per client address on the public API and forms; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /**
   * Which proxies may say, in X-Forwarded-For, who the client is: false (none), the number of
   * proxies in front of Passerelle, or their addresses and CIDR ranges (comma-separated).
   */
  trustProxy: false | number | string;
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
  /** Documents one application may hold: how many, and how many megabytes in all. */
  uploadCaseMaxFiles: number;
  uploadCaseMaxMb: number;
  /** Documents one account may hold across its questionnaires and applications. */
  uploadAccountMaxFiles: number;
  uploadAccountMaxMb: number;
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

const TRUST_PROXY_HELP =
  'expected the number of proxies in front of Passerelle (e.g. 1) or their addresses or CIDR ranges (e.g. 10.0.0.0/8,127.0.0.1)';
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address or a CIDR range (`10.0.0.0/8`, `fd00::/8`), or one of proxy-addr's names for ranges. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * `true` is refused: it trusts the left-most X-Forwarded-For entry, which the client writes
 * itself, so anyone could choose the address that per-address limits count.
 */
function trustProxy(raw: string | undefined): false | number | string {
  const value = raw?.trim();
  if (!value || value === 'false' || value === '0') return false;
  if (value.length > 2000)
    throw new ConfigError('TRUST_PROXY', `${TRUST_PROXY_HELP}; got ${value.length} characters`);
  if (value.toLowerCase() === 'true')
    throw new ConfigError(
      'TRUST_PROXY',
      `"true" would trust any client's own X-Forwarded-For: ${TRUST_PROXY_HELP}`,
    );
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isProxyAddress(entry));
  if (wrong !== undefined)
    throw new ConfigError('TRUST_PROXY', `${TRUST_PROXY_HELP}, got "${wrong.slice(0, 60)}"`);
  return entries.join(',');
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
  const publicUrl = withoutTrailingSlashes(env.PUBLIC_URL?.trim() || `http://localhost:${port}`);
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
    databaseQueryTimeoutMs: integer(env, 'DATABASE_QUERY_TIMEOUT_MS', 5000, 50, 600_000),
    databaseConnectTimeoutMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5000, 50, 600_000),
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
    uploadCaseMaxFiles: integer(env, 'UPLOAD_CASE_MAX_FILES', 20, 1, 10_000),
    uploadCaseMaxMb: integer(env, 'UPLOAD_CASE_MAX_MB', 50, 1, 100_000),
    uploadAccountMaxFiles: integer(env, 'UPLOAD_ACCOUNT_MAX_FILES', 60, 1, 100_000),
    uploadAccountMaxMb: integer(env, 'UPLOAD_ACCOUNT_MAX_MB', 150, 1, 1_000_000),
  };
}

/** `https://x.be//` → `https://x.be`, reading each character once (`/\/+$/` re-reads the slashes from each one). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
