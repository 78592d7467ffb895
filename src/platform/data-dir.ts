// DATA_DIR holds what no other user of the host may read or change: the embedded database (its
// write-ahead log carries sign-in links), the secrets, the mail and the uploads. Everything
// Passerelle makes there is owner-only (folders 0700, files 0600); at start-up, looser modes
// (an earlier version, a copy, a restore) are repaired, and what cannot be made private stops
// the start with its path rather than run with data others can read.

import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.ts';

/** The process umask Passerelle runs with: new files and folders get no group or other bits. */
export const OWNER_ONLY_UMASK = 0o077;
const OWNER_ONLY_FOLDER = 0o700;
const OWNER_ONLY_FILE = 0o600;

/** The parts of DATA_DIR a server-mode instance (DATABASE_URL) writes; embedded mode checks it all. */
const SERVER_MODE_PARTS = ['secrets', 'mail', 'files'];

export class UnsafeDataDirError extends ConfigError {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super('DATA_DIR', message);
  }
}

/** What the check may be given instead of node:fs (tests give a chmod that fails). */
export interface ModeFs {
  chmodSync(path: string, mode: number): void;
  lstatSync?(path: string): nodeFs.Stats;
  readdirSync?(path: string): string[];
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/**
 * Makes `path` and everything under it owner-only, without following links. Returns the paths
 * it repaired; throws UnsafeDataDirError for one that belongs to another user, is a link, or
 * whose mode cannot be changed.
 */
export function secureTree(path: string, fs: ModeFs = nodeFs, recursive = true): string[] {
  if (process.platform === 'win32') return []; // no POSIX modes to repair
  const lstat = (p: string) => (fs.lstatSync ?? nodeFs.lstatSync)(p);
  const readdir = (p: string) => (fs.readdirSync ?? nodeFs.readdirSync)(p);
  const uid = process.getuid?.();
  const repaired: string[] = [];
  const pending = [path];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let stat: nodeFs.Stats;
    try {
      stat = lstat(current);
    } catch (error) {
      if (code(error) === 'ENOENT') continue; // removed meanwhile (a socket, a temporary file)
      throw new UnsafeDataDirError(current, `${current} cannot be checked: ${(error as Error).message}`);
    }
    if (stat.isSymbolicLink()) {
      throw new UnsafeDataDirError(
        current,
        `${current} is a symbolic link. Passerelle makes none and will not follow one out of its data folder: replace it with the folder or file itself, or point DATA_DIR at the real folder.`,
      );
    }
    if (uid !== undefined && stat.uid !== uid) {
      throw new UnsafeDataDirError(
        current,
        `${current} belongs to another user (uid ${stat.uid}), not to the user Passerelle runs as (uid ${uid}), who cannot keep it private. Give it to that user (chown) or remove it.`,
      );
    }
    const folder = stat.isDirectory();
    if ((stat.mode & 0o077) !== 0) {
      try {
        fs.chmodSync(current, folder ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE);
      } catch (error) {
        throw new UnsafeDataDirError(
          current,
          `${current} can be read or changed by other users of this host (mode ${(stat.mode & 0o777).toString(8)}) and could not be made owner-only: ${(error as Error).message}`,
        );
      }
      repaired.push(current);
    }
    if (folder && recursive) {
      let names: string[];
      try {
        names = readdir(current);
      } catch (error) {
        throw new UnsafeDataDirError(
          current,
          `${current} cannot be read to check what it holds: ${(error as Error).message}`,
        );
      }
      for (const name of names.sort().reverse()) pending.push(join(current, name));
    }
  }
  return repaired;
}

/**
 * Creates an owner-only folder if missing (whatever the umask), then checks it as secureTree
 * does. The folder itself may be reached through a link (DATA_DIR=/var/lib/passerelle → a disk).
 */
export function ownerOnlyFolder(path: string, fs: ModeFs = nodeFs, recursive = true): string[] {
  nodeFs.mkdirSync(path, { recursive: true, mode: OWNER_ONLY_FOLDER });
  return secureTree(nodeFs.realpathSync(path), fs, recursive);
}

/**
 * The start-up check of DATA_DIR: in embedded mode all of it (the database lives there); with
 * DATABASE_URL, the folder itself and the parts this instance writes. Returns the repaired paths.
 */
export function secureDataDir(
  dataDir: string,
  engine: 'embedded' | 'postgres',
  fs: ModeFs = nodeFs,
): { repaired: string[] } {
  if (engine === 'embedded') return { repaired: ownerOnlyFolder(dataDir, fs) };
  const repaired = ownerOnlyFolder(dataDir, fs, false);
  for (const part of SERVER_MODE_PARTS) repaired.push(...secureTree(join(dataDir, part), fs));
  return { repaired };
}
