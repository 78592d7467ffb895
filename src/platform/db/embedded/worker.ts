// Runs inside a worker thread: PGlite is WebAssembly and would block the HTTP event loop.
// The main thread talks to it over a unix socket with the ordinary `pg` driver.
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { DURABLE_START_PARAMS, DurableNodeFS, syncFolderTree } from './durable-fs.ts';
import { WireServer } from './wire-server.ts';

export interface WorkerInput {
  /** A data folder, or null for a database that lives in memory only (tests). */
  dataDir: string | null;
  /** A dump made by PGlite's dumpDataDir() to start from (tests: a migrated template). */
  loadDumpFrom: string | null;
  socketPath: string;
}

export type WorkerMessage =
  | { type: 'ready'; version: string }
  | { type: 'failed'; message: string }
  | { type: 'stopped' }
  | { type: 'dump'; bytes: Uint8Array }
  | { type: 'log'; message: string; error: string };

const input = workerData as WorkerInput;
const port = parentPort!;

/** A dump's bytes as PGlite reads them: it unzips only what is typed as gzip. */
function dumpBlob(bytes: Uint8Array<ArrayBuffer>): Blob {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new Blob([bytes], gzipped ? { type: 'application/x-gzip' } : {});
}

try {
  if (input.dataDir) mkdirSync(input.dataDir, { recursive: true, mode: 0o700 });
  const loadDataDir = input.loadDumpFrom ? dumpBlob(readFileSync(input.loadDumpFrom)) : undefined;
  // On a folder, commits are flushed to the disk before they are acknowledged (durable-fs.ts).
  const created = input.dataDir !== null && !existsSync(join(input.dataDir, 'PG_VERSION'));
  const db = input.dataDir
    ? await PGlite.create({
        fs: new DurableNodeFS(input.dataDir),
        startParams: DURABLE_START_PARAMS,
        loadDataDir,
      })
    : await PGlite.create({ loadDataDir });
  if (created && input.dataDir) syncFolderTree(input.dataDir);
  const server = new WireServer(db, (message, error) =>
    port.postMessage({ type: 'log', message, error: String(error) } satisfies WorkerMessage),
  );
  await server.listen(input.socketPath);
  chmodSync(input.socketPath, 0o600); // made under the process umask; only this user connects
  const version =
    (await db.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? 'unknown';
  port.postMessage({ type: 'ready', version } satisfies WorkerMessage);
  port.on('message', async (message: unknown) => {
    if (message === 'dump') {
      // Compressed: a migrated database is 43 MB as a tar (a 16 MB write-ahead log segment of
      // mostly zeros) and 5 MB gzipped, which PGlite also reads back faster.
      const blob = await db.dumpDataDir('gzip');
      port.postMessage({
        type: 'dump',
        bytes: new Uint8Array(await blob.arrayBuffer()),
      } satisfies WorkerMessage);
    }
    if (message !== 'stop') return;
    await server.close();
    await db.close(); // flushes the data folder
    port.postMessage({ type: 'stopped' } satisfies WorkerMessage);
  });
} catch (error) {
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies WorkerMessage);
}
