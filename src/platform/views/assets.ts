import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder served at /assets: our CSS and the small progressive-enhancement script. */
export const PUBLIC_DIR = fileURLToPath(new URL('../../../public', import.meta.url));

function hashFolder(dir: string, hash = createHash('sha256')): ReturnType<typeof createHash> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashFolder(path, hash);
    else hash.update(entry.name).update(readFileSync(path));
  }
  return hash;
}

/** Changes whenever an asset changes, so `?v=` URLs can be cached for a long time. */
export const ASSET_VERSION = hashFolder(PUBLIC_DIR).digest('hex').slice(0, 10);

/** The site's icon, also answered at /favicon.ico (browsers ask there whatever the page links). */
export const FAVICON_SVG = readFileSync(join(PUBLIC_DIR, 'favicon.svg'));
