import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle, type NodePgDatabase, type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { type EmbeddedServer, startEmbedded, startInMemory } from './embedded/embedded.ts';
import { DatabaseClient, DatabasePool, SharedSessionClient } from './pool.ts';
import { checkReady } from './readiness.ts';

export type Engine = 'embedded' | 'postgres';

export type Db = NodePgDatabase<Record<string, never>>;
export type Tx = PgTransaction<
  NodePgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
/** What store functions take: the database, or a transaction when the caller holds one. */
export type Executor = PgDatabase<NodePgQueryResultHKT, Record<string, never>>;

/**
 * How long a query may wait for the database before it fails (and a request answers 503). A
 * server that hangs, a lock held too long or a frozen embedded worker then costs seconds, not
 * every connection of the pool for as long as it lasts.
 */
export interface DatabaseLimits {
  /** How long one statement may run, in ms; null: as long as it needs. */
  queryMs: number | null;
  /** How long to wait for a free connection of the pool, or to open a new one, in ms. */
  connectMs: number;
}

/** Tools that name no limits (tests, benchmarks): statements run as long as they need. */
export const NO_QUERY_LIMIT: DatabaseLimits = { queryMs: null, connectMs: 30_000 };

export interface Database {
  engine: Engine;
  db: Db;
  pool: pg.Pool;
  /** The embedded server, when this process runs one (tests use it for snapshots). */
  embedded: EmbeddedServer | undefined;
  /** The limits queries through `db` and `pool` run under. */
  limits: DatabaseLimits;
  /**
   * The same database through a small pool of its own with no statement time limit, for work
   * that legitimately takes longer than a request may: migrations and the start-up lock
   * (another instance may hold it for a while), seeding, the statement fold. Closing the
   * database closes it; its own `close` does nothing.
   */
  longWork: Database;
  /** Proves the database answers and takes writes (embedded: its folder takes a new file); /readyz. */
  checkReady(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** Request limits (the server: DATABASE_QUERY_TIMEOUT_MS, DATABASE_CONNECT_TIMEOUT_MS); none by default. */
  limits?: DatabaseLimits;
  /** Tests: run the embedded engine in memory, optionally from a dump. */
  inMemory?: { loadDumpFrom: string | null };
  onLog?: (message: string, error: string) => void;
}

// Dates stay `YYYY-MM-DD` strings (no time-zone shifts); counts and sums come back as numbers.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.DATE) return (value: string) => value;
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

/** Connections of the long-work pool: the start-up lock, a migration and a seed at once. */
const LONG_WORK_CONNECTIONS = 3;
const LONG_WORK_CONNECT_MS = 60_000;

/**
 * The driver's own limit is a little longer than the server's statement_timeout: a live server
 * cancels the statement itself (the connection stays usable); only a server that cannot even
 * answer leaves it to the driver, which then closes the connection.
 */
function driverLimitMs(queryMs: number): number {
  return queryMs + Math.min(queryMs, 1000);
}

function poolOptions(engine: Engine, limits: DatabaseLimits): pg.PoolConfig {
  const statementLimit =
    limits.queryMs === null
      ? {}
      : engine === 'postgres'
        ? { statement_timeout: limits.queryMs, query_timeout: driverLimitMs(limits.queryMs) }
        : // PGlite has no timers to enforce statement_timeout with (measured: ignored); the
          // driver's limit also covers a worker frozen in a long statement.
          { query_timeout: limits.queryMs };
  return { types, connectionTimeoutMillis: limits.connectMs, ...statementLimit };
}

interface Pools {
  engine: Engine;
  embedded: EmbeddedServer | undefined;
  limits: DatabaseLimits;
  connection: pg.PoolConfig;
  max: number;
}

function newPool(config: pg.PoolConfig): pg.Pool {
  const pool = new DatabasePool(config);
  // An error on an idle client (server restart, network) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return pool;
}

function open({ engine, embedded, limits, connection, max }: Pools): Database {
  const pool = newPool({ ...connection, max, ...poolOptions(engine, limits) });
  // Long work also waits longer for a connection: behind a request's transaction on the embedded
  // engine, or for a pool slot during start-up, rather than fail a migration or a fold.
  const longLimits = { queryMs: null, connectMs: Math.max(limits.connectMs, LONG_WORK_CONNECT_MS) };
  const longPool = newPool({
    ...connection,
    max: LONG_WORK_CONNECTIONS,
    ...poolOptions(engine, longLimits),
  });
  let closed = false;
  const database: Database = {
    engine,
    pool,
    embedded,
    limits,
    db: drizzle(pool),
    longWork: undefined as unknown as Database,
    checkReady: (timeoutMs = 2000) => checkReady(pool, embedded, timeoutMs),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([pool.end(), longPool.end()]);
      await embedded?.stop();
    },
  };
  const longWork: Database = {
    ...database,
    pool: longPool,
    db: drizzle(longPool),
    limits: longLimits,
    close: async () => {},
  };
  longWork.longWork = longWork;
  database.longWork = longWork;
  return database;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const limits = options.limits ?? NO_QUERY_LIMIT;
  if (options.databaseUrl) {
    return open({
      engine: 'postgres',
      embedded: undefined,
      limits,
      connection: { Client: DatabaseClient, connectionString: options.databaseUrl },
      max: options.poolSize ?? 10,
    });
  }
  const embedded = options.inMemory
    ? await startInMemory(options.inMemory.loadDumpFrom)
    : await startEmbedded(options.dataDir, options.onLog);
  // PGlite runs one query at a time; a few connections let the next query's bytes wait in the
  // worker while this thread handles the last answer. A transaction holds the database alone.
  return open({
    engine: 'embedded',
    embedded,
    limits,
    connection: {
      Client: SharedSessionClient,
      host: embedded.socketDir,
      user: 'postgres',
      database: 'postgres',
    },
    max: Math.min(options.poolSize ?? 4, 4),
  });
}
