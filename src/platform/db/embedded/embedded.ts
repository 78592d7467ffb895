import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ownerOnlyFolder } from '../../data-dir.ts';
import type { WorkerInput, WorkerMessage } from './worker.ts';

export interface EmbeddedServer {
  /** The folder holding `.s.PGSQL.5432`: what `pg` takes as `host`. */
  socketDir: string;
  /** True when this process started the database; false when it joined one another process runs. */
  owned: boolean;
  /** The folder holding the database's files; null for a database in memory. */
  dataDir: string | null;
  version: string;
  stop(): Promise<void>;
  /** A snapshot of the whole database (tests build one migrated template and start each database from it). */
  dump(): Promise<Uint8Array>;
}

const SOCKET_FILE = '.s.PGSQL.5432';
// Unix socket paths are limited to about 107 bytes; deep data folders get a short one in /tmp.
const MAX_SOCKET_PATH = 100;

export function socketDirFor(dataDir: string): string {
  const preferred = join(dataDir, 'run');
  if (join(preferred, SOCKET_FILE).length <= MAX_SOCKET_PATH) return preferred;
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  return join(tmpdir(), `passerelle-${hash}`);
}

/** PGlite's own folder inside DATA_DIR. */
function databaseFolder(dataDir: string): string {
  return join(dataDir, 'pglite');
}

function answers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(socketPath);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One process owns a data folder at a time; a lock file with its pid says who. */
function acquireLock(lockPath: string): void {
  try {
    writeFileSync(lockPath, String(process.pid), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lockPath, 'utf8'));
    if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
      throw new Error(
        `The embedded database in ${lockPath.replace(/\/[^/]+$/, '')} is held by process ${holder}, ` +
          'which does not answer on its socket. Stop that process, or set DATA_DIR to another folder.',
      );
    }
    rmSync(lockPath, { force: true }); // left by a process that died
    writeFileSync(lockPath, String(process.pid), { flag: 'wx', mode: 0o600 });
  }
}

function startWorker(input: WorkerInput): Promise<{ worker: Worker; version: string }> {
  // Node 20 does not apply --import loaders to worker threads, so the worker registers tsx itself.
  const url = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: input });
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'ready') resolve({ worker, version: message.version });
      if (message.type === 'failed')
        reject(new Error(`Embedded database failed to start: ${message.message}`));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`Embedded database worker exited (${code}) before it was ready`)),
    );
  });
}

function stopper(worker: Worker, cleanup: () => void): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 10_000);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type !== 'stopped') return;
        clearTimeout(timer);
        void worker.terminate().then(() => resolve());
      });
      worker.postMessage('stop');
    }).finally(cleanup);
    return stopping;
  };
}

function dumper(worker: Worker): () => Promise<Uint8Array> {
  return () =>
    new Promise((resolve) => {
      const onMessage = (message: WorkerMessage) => {
        if (message.type !== 'dump') return;
        worker.off('message', onMessage);
        resolve(message.bytes);
      };
      worker.on('message', onMessage);
      worker.postMessage('dump');
    });
}

/**
 * Opens the embedded database of a data folder: joins it when another Passerelle process
 * (say `npm start`) already serves it, otherwise starts PGlite in a worker thread.
 */
export async function startEmbedded(
  dataDir: string,
  onLog: (message: string, error: string) => void = () => {},
): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const socketDir = socketDirFor(dataDir);
  // Before trusting a socket found there: a folder under /tmp may have been made by someone else.
  ownerOnlyFolder(socketDir);
  const socketPath = join(socketDir, SOCKET_FILE);
  if (existsSync(socketPath) && (await answers(socketPath))) {
    const notOwned = async () => {
      throw new Error('Only the process that started the embedded database can stop or dump it');
    };
    return {
      socketDir,
      owned: false,
      dataDir: databaseFolder(dataDir),
      version: 'shared',
      stop: async () => {},
      dump: notOwned,
    };
  }
  const lockPath = join(dataDir, 'pglite.lock');
  acquireLock(lockPath);
  rmSync(socketPath, { force: true }); // a stale socket left by a crash
  try {
    const { worker, version } = await startWorker({
      dataDir: databaseFolder(dataDir),
      loadDumpFrom: null,
      socketPath,
    });
    worker.on(
      'message',
      (message: WorkerMessage) => message.type === 'log' && onLog(message.message, message.error),
    );
    const cleanup = () => {
      rmSync(socketPath, { force: true });
      rmSync(lockPath, { force: true });
    };
    return {
      socketDir,
      owned: true,
      dataDir: databaseFolder(dataDir),
      version,
      stop: stopper(worker, cleanup),
      dump: dumper(worker),
    };
  } catch (error) {
    rmSync(lockPath, { force: true });
    throw error;
  }
}

/** A throw-away database in memory (tests), optionally started from a dump. */
export async function startInMemory(loadDumpFrom: string | null = null): Promise<EmbeddedServer> {
  const socketDir = join(
    tmpdir(),
    `passerelle-mem-${process.pid}-${Math.random().toString(36).slice(2, 10)}`,
  );
  mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  const socketPath = join(socketDir, SOCKET_FILE);
  const { worker, version } = await startWorker({ dataDir: null, loadDumpFrom, socketPath });
  const cleanup = () => rmSync(socketDir, { recursive: true, force: true });
  return {
    socketDir,
    owned: true,
    dataDir: null,
    version,
    stop: stopper(worker, cleanup),
    dump: dumper(worker),
  };
}
