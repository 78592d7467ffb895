import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openReference } from '../networks.ts';
import { type Command, UsageError } from '../platform/cli.ts';
import { describeRowErrors } from '../platform/csv.ts';
import type { Locale } from '../platform/i18n/index.ts';
import { referenceMessages } from './messages.ts';
import { importPopulation } from './population.ts';
import { populationImportMessages } from './population-messages.ts';
import type { ImportOutcome } from './service.ts';
import { describeTerritory } from './territory-messages.ts';

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function report(
  outcome: ImportOutcome,
  locale: Locale,
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  if (outcome.ok) {
    out(`Imported: ${JSON.stringify(outcome.counts)}`);
    // The same check as `check territory`: an incomplete territory is said, not refused (a
    // region may arrive network by network).
    const lines = describeTerritory(locale, outcome.territory);
    for (const line of lines) (outcome.territory.gaps.length > 0 ? err : out)(line);
    return 0;
  }
  err(`Nothing was imported: ${outcome.errors.length} problem(s).`);
  for (const line of describeRowErrors(locale, outcome.errors, referenceMessages[locale].importErrors))
    err(`  ${line}`);
  return 1;
}

export const referenceCommands: Command[] = [
  {
    words: ['check', 'territory'],
    usage: 'check territory',
    summary:
      'Check that every commune of each loaded province (or the Brussels region) resolves to exactly one youth and one adult network, or one mixed network; list those that do not (exit code 1).',
    async run(context) {
      if (context.args.length > 0) throw new UsageError('check territory takes no arguments.');
      const reference = await openReference(await context.database());
      const report = reference.checkTerritory();
      const lines = describeTerritory(context.locale, report);
      for (const line of lines) (report.gaps.length > 0 ? context.err : context.out)(line);
      return report.gaps.length > 0 ? 1 : 0;
    },
  },
  {
    words: ['import', 'postcodes'],
    usage: 'import postcodes <file.csv> [--pack <reference.json>]',
    summary:
      'Import postcodes, communes and zone assignments (columns of data/brussels.csv), with an optional reference pack (networks, zones, rules). All or nothing.',
    async run(context) {
      const { values, positionals } = parseArgs({
        args: context.args,
        options: { pack: { type: 'string' } },
        allowPositionals: true,
      });
      const [file] = positionals;
      if (!file || positionals.length > 1) throw new UsageError('Give exactly one CSV file.');
      const postcodesCsv = readInput(file);
      const packJson = values.pack ? readInput(values.pack) : undefined;
      const reference = await openReference(await context.database());
      const outcome = await reference.importReference({
        postcodesCsv,
        ...(packJson !== undefined ? { packJson } : {}),
      });
      return report(outcome, context.locale, context.out, context.err);
    },
  },
  {
    words: ['import', 'reference'],
    usage: 'import reference <reference.json>',
    summary:
      'Import a reference pack: coordination areas, networks and their territories, zones and routing rules.',
    async run(context) {
      const [file, ...rest] = context.args;
      if (!file || rest.length > 0) throw new UsageError('Give exactly one JSON file.');
      const reference = await openReference(await context.database());
      const outcome = await reference.importReference({ packJson: readInput(file) });
      return report(outcome, context.locale, context.out, context.err);
    },
  },
  {
    words: ['import', 'population'],
    usage: 'import population <file.csv>',
    summary:
      'Import inhabitants per commune and year (columns of data/brussels-population.csv, optionally young_inhabitants and increased_reimbursement_share), for budgets by population. All or nothing; a commune and year already loaded is replaced.',
    async run(context) {
      const [file, ...rest] = context.args;
      if (!file || rest.length > 0) throw new UsageError('Give exactly one CSV file.');
      const outcome = await importPopulation((await context.database()).db, readInput(file));
      if (outcome.ok) {
        context.out(`Imported: ${JSON.stringify(outcome.counts)}`);
        return 0;
      }
      context.err(`Nothing was imported: ${outcome.errors.length} problem(s).`);
      for (const line of describeRowErrors(
        context.locale,
        outcome.errors,
        populationImportMessages[context.locale],
      ))
        context.err(`  ${line}`);
      return 1;
    },
  },
];
