// Counts the round trips to the database that one piece of work makes, through the platform's
// pool (either engine): each query sent on the pool, and each query sent on a client taken from
// it (a transaction). Only the work's own: an AsyncLocalStorage, read when the pool is called (in
// the caller's context), tells them from those of pollers running meanwhile. A multi-statement
// text (BEGIN + lock + reads) is one round trip, as the server sees it.

import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { DatabaseClient, DatabasePool } from '../../src/platform/db/pool.ts';

const counting = new AsyncLocalStorage<string[]>();
/** Clients taken by counted work, until released: their queries count for that work. */
const holders = new WeakMap<pg.PoolClient, string[]>();
let installed = false;

function textOf(config: unknown): string {
  const text = typeof config === 'string' ? config : ((config as { text?: string } | undefined)?.text ?? '?');
  return text.replace(/\s+/g, ' ').trim();
}

function install(): void {
  if (installed) return;
  installed = true;
  const poolQuery = DatabasePool.prototype.query;
  const poolConnect = DatabasePool.prototype.connect;
  const clientQuery = DatabaseClient.prototype.query;
  DatabasePool.prototype.query = function counted(this: DatabasePool, ...args: unknown[]) {
    counting.getStore()?.push(textOf(args[0]));
    return Reflect.apply(poolQuery, this, args);
  };
  DatabasePool.prototype.connect = function counted(this: DatabasePool, ...args: unknown[]) {
    const store = counting.getStore();
    const result = Reflect.apply(poolConnect, this, args);
    // With a callback it is the pool's own query (counted above); without, the caller holds it.
    if (!store || typeof args.at(-1) === 'function') return result;
    return (result as Promise<pg.PoolClient>).then((client) => {
      holders.set(client, store);
      const release = client.release;
      client.release = (error?: Error | boolean) => {
        holders.delete(client);
        client.release = release;
        return release(error);
      };
      return client;
    });
  };
  DatabaseClient.prototype.query = function counted(this: DatabaseClient, ...args: unknown[]) {
    holders.get(this as unknown as pg.PoolClient)?.push(textOf(args[0]));
    return Reflect.apply(clientQuery, this, args);
  };
}

/** The texts of the queries `work` sent, in order, with its result. */
export async function queriesOf<T>(work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  install();
  const queries: string[] = [];
  // Awaited inside: a lazy thenable (app.inject's) starts its work when awaited, which must be here.
  const result = await counting.run(queries, async () => await work());
  return { result, queries };
}
