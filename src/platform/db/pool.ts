// The driver's pool and clients, adjusted so that a database that fails or hangs yields errors a
// request can answer (503) instead of crashes, hangs or connections stuck behind a lost query.

import pg from 'pg';
import { markDatabaseError } from './unavailable.ts';

// biome-ignore lint/suspicious/noExplicitAny: pg's query and connect have many overloads; these only forward them.
type Any = any;

const QUERY_READ_TIMEOUT = 'Query read timeout';

function forwardingCallback(callback: Any, onError: (error: unknown) => void): Any {
  return (error: unknown, ...rest: unknown[]) => {
    if (error) onError(error);
    callback(error, ...rest);
  };
}

/** Forwards a promise, or wraps the callback when the caller passed one (the last function argument). */
function guarded(args: Any[], call: (args: Any[]) => Any, onError: (error: unknown) => void): Any {
  const last = args.findLastIndex((arg) => typeof arg === 'function');
  if (last !== -1) {
    const forwarded = [...args];
    forwarded[last] = forwardingCallback(args[last], onError);
    return call(forwarded);
  }
  const result = call(args);
  if (result && typeof result.then === 'function') {
    return result.catch((error: unknown) => {
      onError(error);
      throw error;
    });
  }
  return result; // a submittable (cursor, stream) reports its own errors
}

export class DatabaseClient extends pg.Client {
  constructor(config?: Any) {
    super(config);
    // A connection lost while its holder is between two queries (a transaction) is reported to
    // that holder's next query; without a listener the 'error' event would end the process.
    this.on('error', () => {});
  }

  override query(...args: Any[]): Any {
    return guarded(
      args,
      (forwarded) => Reflect.apply(super.query, this, forwarded),
      (error) => this.failed(error),
    );
  }

  private failed(error: unknown): void {
    markDatabaseError(error);
    // A query that got no answer in time leaves the connection mid-conversation (the server may
    // still run it): close it, so that the pool drops it and nothing queued behind it runs later.
    if ((error as Error | undefined)?.message === QUERY_READ_TIMEOUT) {
      (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    }
  }
}

/**
 * The embedded engine's connections all share one database session, where a statement prepared
 * under a name (pg's `name`) by one connection collides with the same name prepared by another.
 * Its clients send such queries unnamed, so code may name its hot queries whatever the engine.
 */
export class SharedSessionClient extends DatabaseClient {
  override query(config: Any, ...rest: Any[]): Any {
    if (config && typeof config === 'object' && typeof config.name === 'string' && !config.submit) {
      const { name: _name, ...unnamed } = config;
      return super.query(unnamed, ...rest);
    }
    return super.query(config, ...rest);
  }
}

/** A pool whose failures (no connection, time-outs) are marked as the database's. */
export class DatabasePool extends pg.Pool {
  override connect(...args: Any[]): Any {
    return guarded(args, (forwarded) => Reflect.apply(super.connect, this, forwarded), markDatabaseError);
  }

  override query(...args: Any[]): Any {
    return guarded(args, (forwarded) => Reflect.apply(super.query, this, forwarded), markDatabaseError);
  }
}
