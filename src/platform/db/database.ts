import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle, type NodePgDatabase, type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { type EmbeddedServer, startEmbedded, startInMemory } from './embedded/embedded.ts';

export type Engine = 'embedded' | 'postgres';

export type Db = NodePgDatabase<Record<string, never>>;
export type Tx = PgTransaction<
  NodePgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
/** What store functions take: the database, or a transaction when the caller holds one. */
export type Executor = PgDatabase<NodePgQueryResultHKT, Record<string, never>>;

export interface Database {
  engine: Engine;
  db: Db;
  pool: pg.Pool;
  /** The embedded server, when this process runs one (tests use it for snapshots). */
  embedded: EmbeddedServer | undefined;
  /** Proves the database answers; used by /readyz. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
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

function wrap(engine: Engine, pool: pg.Pool, embedded: EmbeddedServer | undefined): Database {
  // An error on an idle client (server restart, network) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  let closed = false;
  return {
    engine,
    pool,
    embedded,
    db: drizzle(pool),
    async ping(timeoutMs = 2000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`database did not answer within ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      try {
        await Promise.race([pool.query('select 1'), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
      await embedded?.stop();
    },
  };
}

/**
 * The embedded engine's connections all share one database session, where a statement prepared
 * under a name (pg's `name`) by one connection collides with the same name prepared by another.
 * Its clients send such queries unnamed, so code may name its hot queries whatever the engine.
 */
class SharedSessionClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; this only forwards them.
  override query(config: any, values?: any, callback?: any): any {
    if (config && typeof config === 'object' && typeof config.name === 'string' && !config.submit) {
      const { name: _name, ...unnamed } = config;
      return super.query(unnamed, values, callback);
    }
    return super.query(config, values, callback);
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      types,
      connectionTimeoutMillis: 10_000,
    });
    return wrap('postgres', pool, undefined);
  }
  const embedded = options.inMemory
    ? await startInMemory(options.inMemory.loadDumpFrom)
    : await startEmbedded(options.dataDir, options.onLog);
  // PGlite runs one query at a time; a few connections let the next query's bytes wait in the
  // worker while this thread handles the last answer. A transaction holds the database alone.
  const pool = new pg.Pool({
    Client: SharedSessionClient,
    host: embedded.socketDir,
    user: 'postgres',
    database: 'postgres',
    max: Math.min(options.poolSize ?? 4, 4),
    types,
    // If code ever queries outside its transaction handle it would wait forever; fail loudly instead.
    connectionTimeoutMillis: 30_000,
  });
  return wrap('embedded', pool, embedded);
}
