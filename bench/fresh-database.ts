// A fresh database of each engine for one benchmark run: the embedded one in a temporary folder,
// or a PostgreSQL database created for the run and dropped after it (DATABASE_URL's server).

import pg from 'pg';
import { loadConfig } from '../src/platform/config.ts';
import { type Database, type Engine, openDatabase } from '../src/platform/db/database.ts';
import { migrateDatabase } from '../src/platform/db/migrate.ts';

/** `bench` names the PostgreSQL database (passerelle_bench_<bench>_<pid>). */
export async function openFresh(
  bench: string,
  engine: Engine,
  dataDir: string,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (engine === 'embedded') {
    const database = await openDatabase({ dataDir });
    await migrateDatabase(database);
    return { database, drop: async () => {} };
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('--engine postgres needs DATABASE_URL');
  const name = `passerelle_bench_${bench}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // The pool size every instance gets by default (DATABASE_POOL_SIZE).
  const database = await openDatabase({
    databaseUrl: url.toString(),
    dataDir,
    poolSize: loadConfig({}).databasePoolSize,
  });
  await migrateDatabase(database);
  return {
    database,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
