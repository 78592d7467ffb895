#!/usr/bin/env node
// The npm registry reachable here publishes Biome only for Linux, so `npm install` leaves the
// other platforms' optional Biome binaries out of package-lock.json, and `npm ci` then refuses
// the lock file as "out of sync" (npm/cli#9846). This adds the missing entries back, marked
// optional with their os/cpu, exactly as a lock made on the full registry has them: `npm ci`
// accepts the file and, on Linux, never fetches them. Run it after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const biome = packages['node_modules/@biomejs/biome'];
if (!biome) process.exit(0);

const PLATFORMS = {
  'cli-win32-x64': { os: ['win32'], cpu: ['x64'] },
  'cli-win32-arm64': { os: ['win32'], cpu: ['arm64'] },
  'cli-darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'cli-darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'cli-linux-x64': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  'cli-linux-arm64': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'cli-linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'cli-linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'cli-android-x64': { os: ['android'], cpu: ['x64'] },
  'cli-android-arm64': { os: ['android'], cpu: ['arm64'] },
};

let added = 0;
for (const name of Object.keys(biome.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (packages[key]) continue;
  const platform = PLATFORMS[name.replace('@biomejs/', '')];
  if (!platform) throw new Error(`Unknown Biome platform package ${name}: add it to PLATFORMS`);
  packages[key] = {
    version: biome.version,
    cpu: platform.cpu,
    dev: true,
    ...(platform.libc ? { libc: platform.libc } : {}),
    license: 'MIT OR Apache-2.0',
    optional: true,
    os: platform.os,
    engines: { node: '>=14.21.3' },
  };
  added++;
}
// npm keeps `packages` sorted by path; so do we, to keep diffs small.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} Biome platform entr${added === 1 ? 'y' : 'ies'} added.`);
