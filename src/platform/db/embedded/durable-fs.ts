// PGlite on a folder, made to flush its commits to the disk.
//
// As shipped (0.5.14), PGlite is not durable on power loss, though it survives a crash of the
// process: it starts PostgreSQL with fsync off (`-F` in PGlite.defaultStartParams), and
// Emscripten's NODEFS, through which PostgreSQL reaches the folder, has no fsync of its own
// (fsync() succeeds doing nothing; fdatasync() is a no-op as well). Measured with strace: each
// commit is a pwrite to the WAL segment, so it reaches the operating system (a killed process
// loses nothing), and no fsync or fdatasync follows, so a power cut can lose acknowledged
// commits, or leave a checkpoint half on disk. Here PostgreSQL runs with fsync on, syncs its
// WAL with fsync(), and NODEFS's fsync calls the real one.

import { closeSync, openSync, readdirSync, fsyncSync as syncFile } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { NodeFS } from '@electric-sql/pglite/nodefs';
import { OwnerOnlyNodeFS } from './owner-only-fs.ts';

type NodeFsInit = Parameters<NodeFS['init']>;

interface EmscriptenNodeFs {
  stream_ops: { fsync?: (stream: { nfd: number }) => number };
  tryFSOperation<T>(operation: () => T): T;
}

/** Owner-only (owner-only-fs.ts) and durable: the file layer the embedded engine runs on. */
export class DurableNodeFS extends OwnerOnlyNodeFS {
  override async init(...[pg, options]: NodeFsInit) {
    const result = await super.init(pg, options);
    result.emscriptenOpts.preRun = [
      ...(result.emscriptenOpts.preRun ?? []),
      (mod) => {
        const nodefs = (mod.FS as unknown as { filesystems: { NODEFS: EmscriptenNodeFs } }).filesystems
          .NODEFS;
        // Errors become errno values, so PostgreSQL sees a failed fsync (and stops, as it must).
        nodefs.stream_ops.fsync = (stream) =>
          nodefs.tryFSOperation(() => {
            syncFile(stream.nfd);
            return 0;
          });
      },
    ];
    return result;
  }
}

/** PGlite's own start parameters, with fsync on and the WAL synced through fsync(). */
export const DURABLE_START_PARAMS = [
  ...PGlite.defaultStartParams.filter((parameter) => parameter !== '-F'),
  '-c',
  'wal_sync_method=fsync',
];

/**
 * PGlite writes a new folder from a template without syncing it, and PostgreSQL only syncs what
 * it wrote itself: a new folder is synced once, whole, before it is used.
 */
export function syncFolderTree(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) syncFolderTree(path);
    else if (entry.isFile()) syncPath(path);
  }
  syncPath(folder);
}

function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    syncFile(fd);
  } finally {
    closeSync(fd);
  }
}
