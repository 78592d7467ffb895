// Every message catalogue on disk, for tests that read all the strings (typography, the Dutch
// glossary): `messages.ts`, `*-messages.ts`, `*labels.ts`, everything in a `messages/` folder, and
// any other file typed as `Translations<…>` (the audit's sentences, a page's own strings), found
// by walking src/, so a new catalogue is checked without being listed anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LOCALES, type Locale } from '../../src/platform/i18n/index.ts';

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

/** One exported catalogue ({ fr, nl, en, de }) and where it is. */
export interface Catalogue {
  where: string;
  byLocale: Partial<Record<Locale, unknown>>;
}

/** Every exported catalogue: an object with at least French, Dutch and English. */
export async function catalogues(): Promise<Catalogue[]> {
  const found: Catalogue[] = [];
  for (const file of catalogueFiles(SRC)) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (!value || typeof value !== 'object' || !('fr' in value && 'nl' in value && 'en' in value)) continue;
      found.push({
        where: `${relative(SRC, file)} ${name}`,
        byLocale: value as Partial<Record<Locale, unknown>>,
      });
    }
  }
  return found;
}

/** The leaves of one language of a catalogue, each with its path ("… name.de.title"). */
export function catalogueLeaves(catalogue: Catalogue, locale: Locale): Leaf[] {
  return leaves(catalogue.byLocale[locale], `${catalogue.where}.${locale}`);
}

/** Every string of every exported catalogue, by language. */
export async function catalogueStrings(): Promise<Record<Locale, Leaf[]>> {
  const found = Object.fromEntries(LOCALES.map((locale) => [locale, [] as Leaf[]])) as Record<Locale, Leaf[]>;
  for (const catalogue of await catalogues()) {
    for (const locale of LOCALES) found[locale].push(...catalogueLeaves(catalogue, locale));
  }
  return found;
}
