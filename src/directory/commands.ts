import { readFileSync } from 'node:fs';
import { type Command, UsageError } from '../platform/cli.ts';
import { describeRowErrors } from '../platform/csv.ts';
import { ReferenceService } from '../reference/service.ts';
import { directoryImportMessages } from './import-messages.ts';
import { DirectoryService } from './service.ts';

const SUMMARY: Record<'fr' | 'nl' | 'en', { done: string; refused: string }> = {
  fr: {
    done: 'Importé : {created} ajouté(s), {updated} mis à jour.',
    refused: 'Rien n’a été importé : {count} problème(s).',
  },
  nl: {
    done: 'Geïmporteerd: {created} toegevoegd, {updated} bijgewerkt.',
    refused: 'Er is niets geïmporteerd: {count} probleem/problemen.',
  },
  en: {
    done: 'Imported: {created} added, {updated} updated.',
    refused: 'Nothing was imported: {count} problem(s).',
  },
};

function fill(pattern: string, values: Record<string, number>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export const directoryCommands: Command[] = [
  {
    words: ['import', 'clinicians'],
    usage: 'import clinicians <file.csv>',
    summary:
      'Import a network’s clinicians (columns in README.md). A known INAMI number updates that clinician. All or nothing.',
    async run(context) {
      const [file, ...rest] = context.args;
      if (!file || rest.length > 0) throw new UsageError('Give exactly one CSV file.');
      let csv: string;
      try {
        csv = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(
          `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
      const database = await context.database();
      const directory = await DirectoryService.open(database, await ReferenceService.open(database));
      const outcome = await directory.importClinicians(csv);
      const text = SUMMARY[context.locale];
      if (outcome.ok) {
        context.out(fill(text.done, outcome.counts));
        return 0;
      }
      context.err(fill(text.refused, { count: outcome.errors.length }));
      for (const line of describeRowErrors(
        context.locale,
        outcome.errors,
        directoryImportMessages[context.locale],
      ))
        context.err(`  ${line}`);
      return 1;
    },
  },
];
