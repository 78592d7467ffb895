// Every message catalogue on disk, for tests that read all the strings (typography, the Dutch
// glossary): `messages.ts`, `*-messages.ts`, `*labels.ts`, everything in a `messages/` folder, and
// any other file typed as `Translations<…>` (the audit's sentences, a page's own strings), found
// by walking src/, so a new catalogue is checked without being listed anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function catalogueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return catalogueFiles(path);
    if (!/\.tsx?$/.test(entry.name)) return [];
    const inFolder = /[\\/]messages$/.test(dir);
    const named = inFolder || /(^|-)(messages|labels)\.ts$/.test(entry.name);
    return named || /\bTranslations<(?!T>)/.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

export type Leaf = { where: string; text: string };

function leaves(value: unknown, where: string): Leaf[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${where}.${key}`));
  }
  return [];
}

/** Every string of every exported catalogue ({ fr, nl, en }), by language. */
export async function catalogueStrings(): Promise<Record<'fr' | 'nl' | 'en', Leaf[]>> {
  const found: Record<'fr' | 'nl' | 'en', Leaf[]> = { fr: [], nl: [], en: [] };
  for (const file of catalogueFiles(SRC)) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (!value || typeof value !== 'object' || !('fr' in value && 'nl' in value && 'en' in value)) continue;
      for (const locale of ['fr', 'nl', 'en'] as const) {
        const where = `${relative(SRC, file)} ${name}.${locale}`;
        found[locale].push(...leaves((value as Record<string, unknown>)[locale], where));
      }
    }
  }
  return found;
}
