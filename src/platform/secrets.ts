import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SecretSource {
  /** The secret's value: from its environment variable, else from DATA_DIR/secrets, generated there once. */
  value: string;
  /** Where it came from, so start-up can say so (never the value itself). */
  origin: 'environment' | 'file' | 'generated';
  path?: string;
}

/**
 * Secrets such as the cookie key are read from the environment; on a single machine without
 * them, a random one is generated once into DATA_DIR/secrets (mode 0600) and reused on every
 * start, so sessions and keys survive restarts. Several instances must share the variable.
 */
export function loadSecret(dataDir: string, name: string, fromEnv: string | undefined): SecretSource {
  if (fromEnv) return { value: fromEnv, origin: 'environment' };
  const dir = join(dataDir, 'secrets');
  const path = join(dir, `${name}.key`);
  if (existsSync(path)) return { value: readFileSync(path, 'utf8').trim(), origin: 'file', path };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const value = randomBytes(32).toString('base64url');
  // 'wx' fails if another process created it meanwhile: then read theirs, so everyone agrees.
  try {
    writeFileSync(path, `${value}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(path, 0o600);
    return { value, origin: 'generated', path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { value: readFileSync(path, 'utf8').trim(), origin: 'file', path };
  }
}
