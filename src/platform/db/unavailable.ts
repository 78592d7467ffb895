// Telling "the database cannot serve right now" (down, restarting, unreachable, too slow, full,
// read-only) from every other failure, so that requests answer 503 with Retry-After instead of a
// 500, and the log says in one line that the database is unreachable instead of a stack trace.

/** Errors that came out of the database driver (our pool and clients mark them, see pool.ts). */
const fromDatabase = new WeakSet<object>();

export function markDatabaseError(error: unknown): void {
  if (error !== null && typeof error === 'object') fromDatabase.add(error);
}

/** Socket errors: the server is not where the URL says, or the network between us failed. */
const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the connection was reset',
  ECONNABORTED: 'the connection was aborted',
  EPIPE: 'the connection was closed while writing',
  ETIMEDOUT: 'the network timed out',
  ENOTFOUND: 'the server name does not resolve',
  EAI_AGAIN: 'the server name could not be resolved now',
  EHOSTUNREACH: 'the server cannot be reached',
  EHOSTDOWN: 'the server is down',
  ENETUNREACH: 'the network cannot be reached',
  ENETDOWN: 'the network is down',
};

/** pg and pg-pool's own messages for a connection that is gone, or for a time limit reached. */
const DRIVER_MESSAGES: Array<[RegExp, string]> = [
  [/^timeout exceeded when trying to connect$/, 'no connection became free within the time limit'],
  [/^Connection terminated due to connection timeout$/, 'connecting took longer than the time limit'],
  [/^timeout expired$/, 'connecting took longer than the time limit'],
  [/^Query read timeout$/, 'the database did not answer within the time limit'],
  [/^Connection terminated/, 'the connection was lost'],
  [/is not queryable$/, 'the connection was lost'],
  [/^Cannot use a pool after calling end on the pool$/, 'the database is closing'],
];

/** SQLSTATE codes and classes (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
function sqlStateReason(code: string): string | null {
  if (code === '57014') return 'a statement reached the time limit (57014)';
  if (code === '57P01' || code === '57P02') return `the server is shutting down (${code})`;
  if (code === '57P03') return 'the server is not accepting connections yet (57P03)';
  if (code === '57P04' || code === '57P05') return `the server ended the session (${code})`;
  if (code === '25006') return 'the database is read-only (25006)';
  if (code === '58000' || code === '58030') return `the database storage failed (${code})`;
  if (code.startsWith('08')) return `the connection failed (${code})`;
  if (code.startsWith('53')) return `the server is out of resources (${code})`;
  return null;
}

function reasonOf(error: object): string | null {
  const { code, syscall, message } = error as { code?: unknown; syscall?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const reason = sqlStateReason(code);
      if (reason) return reason;
    }
    if (code in NETWORK_CODES) return `${NETWORK_CODES[code]} (${code})`;
    // The embedded engine listens on a unix socket: no socket file means it is not running.
    if (code === 'ENOENT' && syscall === 'connect') return 'the embedded database is not running (ENOENT)';
  }
  if (typeof message === 'string') {
    for (const [pattern, reason] of DRIVER_MESSAGES) if (pattern.test(message)) return reason;
  }
  return null;
}

function causes(error: unknown): object[] {
  const chain: object[] = [];
  let current = error;
  while (current !== null && typeof current === 'object' && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * Why the database cannot serve, when that is what `error` says (in a few words, for the log);
 * null for any other failure, including every error that did not come from the database driver.
 */
export function databaseUnavailable(error: unknown): string | null {
  const chain = causes(error);
  const start = chain.findIndex((link) => fromDatabase.has(link));
  if (start === -1) return null;
  for (const link of chain.slice(start)) {
    const reason = reasonOf(link);
    if (reason) return reason;
  }
  return null;
}

/** Seconds a client should wait before trying again when the database cannot serve. */
export const RETRY_AFTER_SECONDS = 5;

interface FailureLog {
  error(object: object, message: string): void;
}

/**
 * Logs a failed request or background job: one line naming the reason when the database cannot
 * serve (an outage would otherwise print the same stack trace for every request and every tick),
 * the whole error otherwise.
 */
export function logFailure(log: FailureLog, error: unknown, message: string): void {
  const reason = databaseUnavailable(error);
  if (reason) log.error({ database: 'unreachable', reason }, `${message}: database unreachable, ${reason}`);
  else log.error({ err: error }, message);
}
